/**
 * Step: places. Every PC4 and every populated place (GeoNames) with its centroid and region codes, so a
 * user can type "9401" or "Assen". The gemeente comes from point-in-polygon; arbeidsmarktregio and
 * provincie from that gemeente (so the three always agree). Points outside every generalised gemeente
 * outline take the nearest gemeente and are marked `snapped` (and counted in the manifest).
 * Choices (docs/data-model.md "places.json"): feature codes in PLACE_CODES only; one row per place name
 * per gemeente (most populous kept); gemeente names added as places where no place of that name exists.
 */
import type { PlaceRow, RegionProperties } from '../../src/data/schemas';
import { normalisePlaceName } from '../../src/model/places';
import { need, type Step } from '../lib/context';
import { roundCoord } from '../lib/json';
import { makeLocator } from '../lib/locate';
import { NL_BBOX, type Regions } from './region-parents';
import { readGeonamesLocal, type Pc4Point, type PlacePoint } from './read-geonames';

/** Populated places that are places people live in: no city sections (PPLX), historical or abandoned places. */
export const PLACE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLC', 'PPLG', 'PPLL', 'PPLS']);
/** GeoNames gives a few names in English; the Dutch name is what people type. */
export const DUTCH_NAMES: Record<string, string> = { 'The Hague': 'Den Haag' };

export interface PlacesResult {
  rows: PlaceRow[];
  snapped: number;
  /** places outside European Netherlands (Caribbean Netherlands in the NL dump): left out */
  outsideNl: number;
  pc4: number;
  places: number;
  gemeenteNames: number;
}

export function buildPlaces(pc4Points: Pc4Point[], placePoints: PlacePoint[], regions: Regions): PlacesResult {
  const locate = makeLocator(regions.gemeente);
  const gemeenten = new Map<string, RegionProperties>(regions.gemeente.features.map((f) => [f.properties.code, f.properties]));
  /**
   * Outside every outline (coast, island, border cut off by generalisation): the nearest gemeente, unless
   * the source names another gemeente — then that one, at its label point (GeoNames has a few misplaced
   * points, e.g. PC4 3062 Rotterdam in the North Sea off Goeree). Without a usable code, the nearest.
   */
  const row = (key: string, kind: PlaceRow['kind'], name: string, lonLat: [number, number], sourceGemeente: string, population?: number): PlaceRow => {
    let lon = roundCoord(lonLat[0], 4);
    let lat = roundCoord(lonLat[1], 4);
    const at = locate([lon, lat]);
    let g = gemeenten.get(at.code)!;
    const named = gemeenten.get(sourceGemeente);
    if (at.snapped && named && named.code !== at.code) {
      g = named;
      [lon, lat] = named.label;
    }
    return {
      key,
      kind,
      name,
      lon,
      lat,
      gemeente: g.code,
      arbeidsmarktregio: g.arbeidsmarktregio!,
      provincie: g.provincies![0]!,
      ...(population ? { population } : {}),
      ...(at.snapped ? { snapped: true } : {}),
    };
  };

  // PC4: one row per postcode. A postcode GeoNames lists for several places takes the place nearest to its
  // numeric neighbours (postcodes run regionally: 7570 and 7572 locate 7571), and names the places near it.
  const byPc4 = new Map<string, Pc4Point[]>();
  for (const p of pc4Points) byPc4.set(p.pc4, [...(byPc4.get(p.pc4) ?? []), p]);
  const km = (a: Pc4Point, b: { lon: number; lat: number }) => Math.hypot((a.lon - b.lon) * 67, (a.lat - b.lat) * 111);
  const pc4Rows = [...byPc4.keys()].sort().map((pc4) => {
    const pts = byPc4.get(pc4)!;
    let main = pts[0]!;
    if (pts.length > 1) {
      const near = [];
      for (let d = -5; d <= 5; d++) {
        const n = byPc4.get(String(Number(pc4) + d).padStart(4, '0'));
        if (d !== 0 && n?.length === 1) near.push(n[0]!);
      }
      if (near.length) {
        const ref = { lon: near.reduce((s, p) => s + p.lon, 0) / near.length, lat: near.reduce((s, p) => s + p.lat, 0) / near.length };
        main = [...pts].sort((a, b) => km(a, ref) - km(b, ref))[0]!;
      }
    }
    const names = [...new Set([main, ...pts].filter((p) => km(p, main) <= 10).map((p) => p.place))];
    return row(pc4, 'pc4', names.join(', '), [main.lon, main.lat], main.gemeente);
  });

  // places: most populous first, so the dedupe per (name, gemeente) keeps the biggest
  const inNl = (p: PlacePoint) => p.lon >= NL_BBOX.minLon && p.lon <= NL_BBOX.maxLon && p.lat >= NL_BBOX.minLat && p.lat <= NL_BBOX.maxLat;
  const outsideNl = placePoints.filter((p) => PLACE_CODES.has(p.featureCode) && !inNl(p)).length;
  const candidates = placePoints
    .filter((p) => PLACE_CODES.has(p.featureCode) && inNl(p))
    .sort((a, b) => b.population - a.population || a.geonameid - b.geonameid);
  const seen = new Set<string>();
  const placeRows: PlaceRow[] = [];
  for (const p of candidates) {
    const name = DUTCH_NAMES[p.name] ?? p.name;
    const r = row(name, 'place', name, [p.lon, p.lat], p.gemeente, p.population);
    const k = `${normalisePlaceName(name)}\u0000${r.gemeente}`;
    if (seen.has(k)) continue;
    seen.add(k);
    placeRows.push(r);
  }
  // gemeente names people type ("Súdwest-Fryslân", "Almere") that are not a place name in that gemeente
  let gemeenteNames = 0;
  for (const g of gemeenten.values()) {
    const k = `${normalisePlaceName(g.name)}\u0000${g.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    placeRows.push(row(g.name, 'place', g.name, g.label, g.code));
    gemeenteNames++;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  placeRows.sort((a, b) => cmp(a.key, b.key) || cmp(a.gemeente, b.gemeente));
  const rows = [...pc4Rows, ...placeRows];
  return { rows, snapped: rows.filter((r) => r.snapped).length, outsideNl, pc4: pc4Rows.length, places: placeRows.length, gemeenteNames };
}

export const placesStep: Step = {
  name: 'places',
  run(ctx) {
    const regions = need(ctx, 'regions');
    const { pc4, places } = readGeonamesLocal(ctx.opts.sources);
    const res = buildPlaces(pc4, places, regions);
    ctx.products.places = { rows: res.rows }; // offers geocode by postcode / place name (supply)
    ctx.out.add({
      id: 'places',
      path: 'places.json',
      data: { rows: res.rows },
      // GeoNames is read from the local copy in both modes; the regions it was placed in follow the regions step
      sources: ['geonames-nl', ...(ctx.opts.online ? ['pdok-gebiedsindelingen', 'cbs-86247ned'] : ['cbs-gebiedsindelingen-2025', 'cbs-gebieden-in-nederland-2026'])],
      rows: res.rows.length,
      lazy: true,
      coverage: {
        nl: 'GeoNames-centroïden (benaderd, km-nauwkeurig); plaatsnamen zijn geen officiële BAG-woonplaatsen.',
        en: 'GeoNames centroids (approximate, to the kilometre); place names are not official BAG woonplaatsen.',
      },
      stats: { pc4: res.pc4, places: res.places, gemeenteNamesAdded: res.gemeenteNames, snapped: res.snapped, outsideEuropeanNl: res.outsideNl },
    });
    return `${res.pc4} PC4, ${res.places} places (${res.gemeenteNames} gemeente names added); ${res.snapped} snapped to the nearest gemeente`;
  },
};
