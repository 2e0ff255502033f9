/**
 * The polygon side of the distance search, for the route view only: the radius circle, the arbeidsmarktregio's
 * it touches, and the region a home point lies in. Apart from distance.ts so that turf's intersection and
 * point-in-polygon code (~8 KB gzip) loads with the route view, not with the first screen.
 */
import { bbox, booleanIntersects, booleanPointInPolygon, circle, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { RegionCollection } from '../data/schemas';
import type { LonLat } from './distance';

/** Number of vertices of the radius circle. 64 keeps the polygon within 0.12 % of the true radius. */
export const CIRCLE_STEPS = 64;

/** The radius circle as a GeoJSON polygon (for the map and for the region intersection). */
export function radiusCircle(home: LonLat, radiusKm: number): Feature<Polygon> {
  return circle([home.lon, home.lat], radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' });
}

/**
 * Codes of the regions the circle touches (circle ∩ region polygon not empty), in the collection's order.
 * A bounding-box test first skips regions that are clearly out of reach.
 */
export function regionsTouched(home: LonLat, radiusKm: number, regions: RegionCollection): string[] {
  const c = radiusCircle(home, radiusKm);
  const [cx0, cy0, cx1, cy1] = bbox(c);
  const touched: string[] = [];
  for (const f of regions.features) {
    const [x0, y0, x1, y1] = bbox(f as never);
    if (x1 < cx0 || x0 > cx1 || y1 < cy0 || y0 > cy1) continue;
    if (booleanIntersects(c, f as never)) touched.push(f.properties.code);
  }
  return touched;
}

/** Code of the region a point lies in (null when it falls outside every polygon, e.g. on the coast). */
export function regionAt(p: LonLat, regions: RegionCollection): string | null {
  const pt = point([p.lon, p.lat]);
  for (const f of regions.features) if (booleanPointInPolygon(pt, f as never)) return f.properties.code;
  return null;
}
