/**
 * Point-in-polygon over region features, with the nearest region for points that fall outside every
 * (generalised) polygon — coastal points, islands, points on a border the outline cut off.
 */
import { bbox, booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { RegionCollection, RegionFeature } from '../../src/data/schemas';

export interface Located {
  code: string;
  /** true when the point lay outside every polygon and the nearest was taken */
  snapped: boolean;
}

export type Locator = (lonLat: [number, number]) => Located;

export function makeLocator(fc: RegionCollection): Locator {
  const items = fc.features.map((f) => ({ f, box: bbox(f as never) }));
  return ([lon, lat]) => {
    const pt = point([lon, lat]);
    for (const { f, box } of items) {
      if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
      if (booleanPointInPolygon(pt, f as never)) return { code: f.properties.code, snapped: false };
    }
    // nearest polygon: exact distances only for polygons whose bounding box could be nearer than the best so far
    const kmLon = 111.32 * Math.cos((lat * Math.PI) / 180);
    const boxKm = (b: number[]) => Math.hypot(Math.max(b[0]! - lon, 0, lon - b[2]!) * kmLon, Math.max(b[1]! - lat, 0, lat - b[3]!) * 110.57);
    const order = items.map((it) => ({ ...it, d: boxKm(it.box) })).sort((a, b) => a.d - b.d);
    let best: RegionFeature | undefined;
    let bestD = Infinity;
    for (const { f, d: lower } of order) {
      if (lower * 0.95 > bestD) break; // 5 % slack for the flat-earth box distance
      const d = pointToPolygonDistance(pt, f as never);
      if (d < bestD) {
        bestD = d;
        best = f;
      }
    }
    return { code: best!.properties.code, snapped: true };
  };
}
