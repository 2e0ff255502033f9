/**
 * Parent codes for regions. gemeente → arbeidsmarktregio comes from CBS's membership table (86247NED
 * "Gebieden in Nederland"), gemeente → provincie spatially (the gemeente's label point, which lies inside
 * the gemeente, in a provincie polygon), and arbeidsmarktregio → the provincies of its gemeenten (more than
 * one: the region does not nest in a provincie). Also checks the geometry lies in the Netherlands' box.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { RegionCollection, RegionFeature } from '../../src/data/schemas';
import { SourceShapeError } from '../lib/errors';
import { makeLocator } from '../lib/locate';

export type Regions = { arbeidsmarktregio: RegionCollection; provincie: RegionCollection; gemeente: RegionCollection };

/** gemeente code (GMxxxx) → arbeidsmarktregio as the source writes it: an AM code, or the region's name. */
export type Membership = Map<string, string>;

/** The Netherlands incl. its territorial waters and Wadden islands, with a margin; anything outside is a broken coordinate. */
export const NL_BBOX = { minLon: 3.0, maxLon: 7.5, minLat: 50.5, maxLat: 53.9 } as const;

export function checkBbox(fc: RegionCollection, file: string) {
  fc.features.forEach((f, i) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat()) {
      for (const [lon, lat] of ring) {
        if (!(lon! >= NL_BBOX.minLon && lon! <= NL_BBOX.maxLon && lat! >= NL_BBOX.minLat && lat! <= NL_BBOX.maxLat)) {
          throw new SourceShapeError(file, `features[${i}].geometry (${f.properties.code})`, `coordinate [${lon}, ${lat}] lies outside the Netherlands (${JSON.stringify(NL_BBOX)})`);
        }
      }
    }
  });
}

/** The local membership file: { "_bron": {...}, "gemeenten": { "0014": "Groningen", … } } (AMR names). */
export function readMembershipJson(text: string, file: string): Membership {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SourceShapeError(file, '(file)', `not valid JSON: ${(e as Error).message}`);
  }
  const g = (json as { gemeenten?: unknown })?.gemeenten;
  if (!g || typeof g !== 'object') throw new SourceShapeError(file, 'gemeenten', 'missing (expected an object gemeentecode → arbeidsmarktregio)');
  const out: Membership = new Map();
  for (const [code, amr] of Object.entries(g)) {
    if (!/^\d{4}$/.test(code)) throw new SourceShapeError(file, `gemeenten.${code}`, 'expected a 4-digit gemeentecode as key');
    if (typeof amr !== 'string' || !amr.trim()) throw new SourceShapeError(file, `gemeenten.${code}`, 'expected an arbeidsmarktregio name');
    out.set(`GM${code}`, amr.trim());
  }
  return out;
}

const inside = (pt: [number, number], f: RegionFeature) => booleanPointInPolygon(point(pt), f as never);

export interface LinkReport {
  /** arbeidsmarktregio's that overlap more than one provincie */
  notNested: { code: string; name: string; provincies: string[] }[];
  /** gemeenten whose label point lies outside the AMR polygon the table names (generalised outlines) */
  spatialDisagreements: string[];
  /** gemeenten whose label point lies outside every provincie outline: the nearest provincie was taken */
  provincieSnapped: string[];
}

/** Adds `arbeidsmarktregio` and `provincies` to gemeenten and `provincies` to arbeidsmarktregio's (in place). */
export function linkRegions(regions: Regions, membership: Membership, file: string): LinkReport {
  const amrs = regions.arbeidsmarktregio.features;
  const byName = new Map(amrs.map((f) => [f.properties.name, f.properties.code]));
  const amrCodes = new Set(amrs.map((f) => f.properties.code));
  const gemeenten = regions.gemeente.features;
  const known = new Set(gemeenten.map((f) => f.properties.code));
  for (const code of membership.keys()) {
    if (!known.has(code)) throw new SourceShapeError(file, `gemeente ${code}`, 'not a 2025 gemeente (is the table for another year?)');
  }
  const spatialDisagreements: string[] = [];
  const provincieSnapped: string[] = [];
  const locateProvincie = makeLocator(regions.provincie);
  const provOfAmr = new Map<string, Set<string>>();
  for (const g of gemeenten) {
    const p = g.properties;
    const raw = membership.get(p.code);
    if (raw === undefined) throw new SourceShapeError(file, `gemeente ${p.code}`, `${p.name} has no arbeidsmarktregio`);
    const amr = amrCodes.has(raw) ? raw : byName.get(raw);
    if (!amr) throw new SourceShapeError(file, `gemeente ${p.code}`, `arbeidsmarktregio ${JSON.stringify(raw)} is not one of the 35 (by code or name)`);
    const prov = locateProvincie(p.label);
    if (prov.snapped) provincieSnapped.push(p.code);
    const provs = [prov.code];
    p.arbeidsmarktregio = amr;
    p.provincies = provs;
    const amrFeature = amrs.find((f) => f.properties.code === amr)!;
    if (!inside(p.label, amrFeature)) spatialDisagreements.push(p.code);
    const set = provOfAmr.get(amr) ?? new Set();
    set.add(provs[0]!);
    provOfAmr.set(amr, set);
  }
  const notNested: LinkReport['notNested'] = [];
  for (const f of amrs) {
    const provs = [...(provOfAmr.get(f.properties.code) ?? [])].sort();
    if (provs.length === 0) throw new SourceShapeError(file, f.properties.code, `arbeidsmarktregio ${f.properties.name} has no gemeenten`);
    f.properties.provincies = provs;
    if (provs.length > 1) notNested.push({ code: f.properties.code, name: f.properties.name, provincies: provs });
  }
  return { notNested, spatialDisagreements, provincieSnapped };
}
