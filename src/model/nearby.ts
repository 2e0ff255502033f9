/**
 * What lies within reach of the home point, grouped by place: one entry per provider location, with the
 * programmes offered there (hbo/wo, imported courses, DUO mbo offers) or, for an mbo school location without
 * programme data, just the location. Nearest first; each entry carries its arbeidsmarktregio and distance.
 */
import type { OfferRow, SchoolLocationRow } from '../data/schemas';
import type { InReach } from './distance';

export interface NearbyPlace {
  key: string;
  provider: string;
  /** location name as the source gives it */
  name?: string;
  address?: string;
  postcode?: string;
  place?: string;
  lon: number;
  lat: number;
  km: number;
  region: string;
  /** programmes at this location within reach */
  offers: OfferRow[];
  /** an mbo school location known without its programmes (offline build) */
  mboLocation: SchoolLocationRow | null;
}

const placeKey = (provider: string, lon: number, lat: number) => `${provider}|${lon.toFixed(4)}|${lat.toFixed(4)}`;

/**
 * Group measured offers and school locations (both nearest first, as measureFrom returns them) that lie within
 * the radius. A school location whose provider already has offers at the same spot is merged into that entry.
 */
export function nearbyPlaces(
  offers: readonly InReach<OfferRow>[],
  locations: readonly InReach<SchoolLocationRow>[],
  radiusKm: number,
): NearbyPlace[] {
  const byKey = new Map<string, NearbyPlace>();
  for (const m of offers) {
    if (m.km > radiusKm) break;
    const o = m.item;
    const key = placeKey(o.provider, o.location.lon, o.location.lat);
    let p = byKey.get(key);
    if (!p) {
      p = {
        key,
        provider: o.provider,
        name: o.location.name,
        address: o.location.address,
        postcode: o.location.postcode,
        place: o.location.place,
        lon: o.location.lon,
        lat: o.location.lat,
        km: m.km,
        region: m.region,
        offers: [],
        mboLocation: null,
      };
      byKey.set(key, p);
    }
    p.offers.push(o);
  }
  for (const m of locations) {
    if (m.km > radiusKm) break;
    const l = m.item;
    const key = placeKey(l.provider, l.lon, l.lat);
    const p = byKey.get(key);
    if (p) p.mboLocation = l;
    else
      byKey.set(key, {
        key,
        provider: l.provider,
        name: l.name,
        address: l.address,
        postcode: l.postcode,
        place: l.place,
        lon: l.lon,
        lat: l.lat,
        km: m.km,
        region: m.region,
        offers: [],
        mboLocation: l,
      });
  }
  return [...byKey.values()].sort((a, b) => a.km - b.km || a.provider.localeCompare(b.provider, 'nl'));
}

/** Count of places per region, in nearest-first order of the regions' first place. */
export function countByRegion(places: readonly NearbyPlace[]): { region: string; places: number }[] {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.region, (counts.get(p.region) ?? 0) + 1);
  return [...counts].map(([region, n]) => ({ region, places: n }));
}
