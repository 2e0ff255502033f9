/**
 * Reads an edition's extra CSV with the shared import format (docs/import-format.md): the same parser, row
 * types and row-by-row validation as `npm run build:data -- --import`, with this build's regions, BRC groups
 * and places (for placing `offer` rows) read from the data folder as context.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseImportCsv, type ImportContext } from '../../src/data/importCsv';
import { OFFER_COLUMNS, offerRowType, placesGeocoder } from '../../src/data/importOfferRow';
import type { OfferRow, Occupations, PlaceRow, RegionCollection } from '../../src/data/schemas';
import { importedSourceEntry } from './import-csv';
import type { ImportEditionCsv } from './edition';

const read = <T,>(dataDir: string, path: string): T | undefined => {
  try {
    return JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  } catch {
    return undefined;
  }
};

const contexts = new Map<string, ImportContext>();

/** Regions (codes and names), current BRC groups and places of the data the edition is built on. */
export function importContextFromData(dataDir: string): ImportContext {
  const cached = contexts.get(dataDir);
  if (cached) return cached;
  const amr = read<RegionCollection>(dataDir, 'regions/arbeidsmarktregio.geojson');
  const prov = read<RegionCollection>(dataDir, 'regions/provincie.geojson');
  const occ = read<Occupations & { groepen: { code: string; name: string; replacedBy?: string }[] }>(dataDir, 'occupations.json');
  const places = read<{ rows: PlaceRow[] }>(dataDir, 'places.json');
  const ctx: ImportContext = {
    ...(amr && prov ? { regions: new Map([...amr.features, ...prov.features].map((f) => [f.properties.code, f.properties.name])) } : {}),
    ...(occ ? { groepen: new Map(occ.groepen.filter((g) => g.replacedBy === undefined).map((g) => [g.code, g.name])) } : {}),
    ...(places ? { rowTypes: { offer: offerRowType(placesGeocoder(places.rows)) }, extraColumns: OFFER_COLUMNS } : {}),
  };
  contexts.set(dataDir, ctx);
  return ctx;
}

export const importEditionCsv: ImportEditionCsv = (text, file, dataDir, root = '.') => {
  const r = parseImportCsv(text, importContextFromData(dataDir));
  let retrieved = '1970-01-01';
  try {
    retrieved = statSync(join(root, file)).mtime.toISOString().slice(0, 10);
  } catch {
    // a file given as text only (tests): no date to take
  }
  return {
    rows: {
      indicators: r.indicators,
      curated: r.curated,
      offers: (r.other.offer ?? []) as OfferRow[],
      sources: r.sources.map((s) => importedSourceEntry(s, file, retrieved)),
    },
    problems: r.problems.map((p) => ({ file, row: p.row, ...(p.column ? { column: p.column } : {}), message: p.message })),
    warnings: r.warnings,
  };
};
