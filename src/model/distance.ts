/**
 * Distance search around a home point: which places lie within the radius, how far they are, which region
 * they are in, and which arbeidsmarktregio's the circle touches. Borders are soft: a result counts when it is
 * within reach, whatever region it lies in. Pure (turf only): no React, no MapLibre.
 * The near-home facet filter (selectors) uses this file on the first screen, so the polygon work of the route view
 * (circle, region intersection, point in region) lives in regionsInReach.ts, loaded with that view.
 */
import { distance, point } from '@turf/turf';

export interface LonLat {
  lon: number;
  lat: number;
}

/** Radius bounds of the route view (km). */
export const MIN_RADIUS_KM = 5;
export const MAX_RADIUS_KM = 75;

/** One thing within (or near) reach: the thing, its distance from home and the region it lies in. */
export interface InReach<T> {
  item: T;
  /** great-circle distance from the home point (turf `distance`, km) */
  km: number;
  /** arbeidsmarktregio (AMxx) the thing lies in */
  region: string;
}

export interface Locate<T> {
  (item: T): LonLat & { region: string };
}

/** Great-circle distance in km (turf: haversine on a sphere of radius 6,371.0088 km). */
export function distanceKm(a: LonLat, b: LonLat): number {
  return distance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'kilometers' });
}

export function clampRadius(km: number): number {
  if (!Number.isFinite(km)) return MIN_RADIUS_KM;
  return Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, Math.round(km)));
}

/**
 * Every item with its distance and region, nearest first. Computed once per home point; `splitByRadius`
 * then cuts it without measuring again, so moving the radius slider is cheap.
 */
export function measureFrom<T>(home: LonLat, items: readonly T[], locate: Locate<T>): InReach<T>[] {
  const out: InReach<T>[] = items.map((item) => {
    const at = locate(item);
    return { item, km: distanceKm(home, at), region: at.region };
  });
  return out.sort((a, b) => a.km - b.km);
}

export interface RadiusSplit<T> {
  /** items at most radiusKm away, nearest first */
  inside: InReach<T>[];
  /** the nearest item beyond the radius (what to offer when nothing is within reach), or null */
  nearestOutside: InReach<T> | null;
}

/** Cut a nearest-first list at the radius. An item exactly on the circle counts as inside. */
export function splitByRadius<T>(measured: readonly InReach<T>[], radiusKm: number): RadiusSplit<T> {
  // measured is sorted: binary search for the first item beyond the radius
  let lo = 0;
  let hi = measured.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (measured[mid]!.km <= radiusKm) lo = mid + 1;
    else hi = mid;
  }
  return { inside: measured.slice(0, lo), nearestOutside: measured[lo] ?? null };
}

/** Convenience: measure and cut in one go. */
export function withinRadius<T>(home: LonLat, radiusKm: number, items: readonly T[], locate: Locate<T>): RadiusSplit<T> {
  return splitByRadius(measureFrom(home, items, locate), radiusKm);
}

/** Region codes present in a list of results, in first-seen (= nearest-first) order. */
export function regionsOf<T>(results: readonly InReach<T>[]): string[] {
  return [...new Set(results.map((r) => r.region))];
}

/**
 * Row ids (as a bitset over 0..n-1) of the points within radiusKm of home — the same great-circle distance and
 * the same "at most radiusKm" as the route view, so the facet filter and the route list agree. A cheap latitude
 * band check first; rows without coordinates are never within reach.
 */
export function idsWithinRadius(home: LonLat, radiusKm: number, rows: readonly { location?: Partial<LonLat> | null }[]): Uint32Array {
  const bits = new Uint32Array((rows.length + 31) >>> 5);
  const band = radiusKm / 110.5 + 0.01; // degrees of latitude, with a margin
  for (let i = 0; i < rows.length; i++) {
    const at = rows[i]!.location;
    if (!at || typeof at.lon !== 'number' || typeof at.lat !== 'number') continue;
    if (Math.abs(at.lat - home.lat) > band) continue;
    if (distanceKm(home, { lon: at.lon, lat: at.lat }) <= radiusKm) bits[i >>> 5]! |= 1 << (i & 31);
  }
  return bits;
}
