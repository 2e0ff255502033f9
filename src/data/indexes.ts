/**
 * Indexes over the loaded files, built once per file at load time so that a filter change touches
 * id lists, not every row object. Pure: no React, no MapLibre.
 */
import type {
  DatasetFiles,
  IndicatorId,
  IndicatorRow,
  OccupationGroep,
  RegionProperties,
} from './schemas';

export interface OfferIndex {
  /** number of offers; ids are row positions 0..n-1 in files.offers.rows */
  n: number;
  /** facet value → sorted row ids */
  byAmr: Map<string, Uint32Array>;
  byProvincie: Map<string, Uint32Array>;
  byLevel: Map<string, Uint32Array>;
  byKind: Map<string, Uint32Array>;
  byLeerweg: Map<string, Uint32Array>;
  byKlasse: Map<string, Uint32Array>;
  byGroep: Map<string, Uint32Array>;
}

export interface Indexes {
  regions: Map<string, RegionProperties>;
  groepen: Map<string, OccupationGroep>;
  /** `${groep}|${area}|${indicator}` → row */
  indicator: Map<string, IndicatorRow>;
  offers?: OfferIndex;
  /** internal: which file objects these indexes were built from (to rebuild only what changed) */
  builtFrom: Partial<Record<keyof DatasetFiles, unknown>>;
}

export const indicatorKey = (groep: string, area: string, indicator: IndicatorId) => `${groep}|${area}|${indicator}`;

function postings<T>(rows: readonly T[], keysOf: (r: T) => readonly string[]): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const k of keysOf(r)) {
      let l = lists.get(k);
      if (!l) lists.set(k, (l = []));
      if (l[l.length - 1] !== i) l.push(i);
    }
  });
  return new Map([...lists].map(([k, l]) => [k, Uint32Array.from(l)]));
}

export function buildOfferIndex(rows: DatasetFiles['offers']['rows']): OfferIndex {
  return {
    n: rows.length,
    byAmr: postings(rows, (r) => [r.arbeidsmarktregio]),
    byProvincie: postings(rows, (r) => [r.provincie]),
    byLevel: postings(rows, (r) => (r.level ? [r.level] : [])),
    byKind: postings(rows, (r) => [r.kind]),
    byLeerweg: postings(rows, (r) => r.leerweg),
    byKlasse: postings(rows, (r) => r.klassen),
    byGroep: postings(rows, (r) => r.groepen.map((g) => g.groep)),
  };
}

export function buildIndexes(files: Partial<DatasetFiles>, previous?: Indexes): Indexes {
  const same = (id: keyof DatasetFiles) => previous !== undefined && previous.builtFrom[id] === files[id];
  const regionIds = ['regions-arbeidsmarktregio', 'regions-provincie', 'regions-gemeente'] as const;
  const regions =
    previous && regionIds.every(same)
      ? previous.regions
      : new Map(regionIds.flatMap((id) => files[id]?.features ?? []).map((f) => [f.properties.code, f.properties]));
  const groepen =
    previous && same('occupations') ? previous.groepen : new Map((files.occupations?.groepen ?? []).map((g) => [g.code, g]));
  const indicator =
    previous && same('indicators')
      ? previous.indicator
      : new Map((files.indicators?.rows ?? []).map((r) => [indicatorKey(r.groep, r.area, r.indicator), r]));
  const offers = previous && same('offers') ? previous.offers : files.offers ? buildOfferIndex(files.offers.rows) : undefined;
  const builtFrom: Indexes['builtFrom'] = {};
  for (const id of [...regionIds, 'occupations', 'indicators', 'offers'] as const) builtFrom[id] = files[id];
  return { regions, groepen, indicator, offers, builtFrom };
}
