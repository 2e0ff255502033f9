/**
 * Point → the codes of its arbeidsmarktregio, provincie and gemeente, by point-in-polygon against the regions of
 * this build (lib/locate.ts), so every located row agrees with the map. A point just outside every generalised
 * polygon takes the nearest region, but only within `maxSnapKm`: a point farther away (abroad, a bad coordinate)
 * is not in any region and the caller reports it.
 */
import { pointToPolygonDistance } from '@turf/turf';
import type { RegionCollection } from '../../src/data/schemas';
import { makeLocator, type Locator } from './locate';

export interface RegionCodes {
  arbeidsmarktregio: string;
  provincie: string;
  gemeente: string;
  /** true when at least one code came from the nearest polygon, not a containing one */
  snapped: boolean;
}

type Regions = { arbeidsmarktregio: RegionCollection; provincie: RegionCollection; gemeente: RegionCollection };

export class RegionLocator {
  private readonly kinds: [keyof Regions, Locator, RegionCollection][];
  constructor(regions: Regions, private readonly maxSnapKm = 5) {
    this.kinds = (['arbeidsmarktregio', 'provincie', 'gemeente'] as const).map((k) => [k, makeLocator(regions[k]), regions[k]]);
  }

  locate(lon: number, lat: number): RegionCodes | undefined {
    const out: Partial<RegionCodes> = { snapped: false };
    for (const [kind, locate, fc] of this.kinds) {
      const hit = locate([lon, lat]);
      if (hit.snapped) {
        const f = fc.features.find((x) => x.properties.code === hit.code)!;
        if (pointToPolygonDistance([lon, lat], f as never, { units: 'kilometers' }) > this.maxSnapKm) return undefined;
        out.snapped = true;
      }
      out[kind] = hit.code;
    }
    return out as RegionCodes;
  }
}
