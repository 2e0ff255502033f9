/**
 * Memoised selectors from (dataset, filters, …) to what the screen shows. Derived data is computed here, never
 * stored. Per dataset: indexes for facets, the indicator lookup and the cached kansberoep verdicts; per filter
 * change: facets, the choropleth measure, the occupation list.
 */
import type { Dataset } from '../data/load';
import type { DatasetId } from '../data/schemas';
import type { Filters, MeasureId } from '../state/types';
import { buildFacetIndex, computeFacets, type FacetIndex, type FacetResult } from './facets';
import { makeIndicatorLookup, type IndicatorLookup } from './indicatorLookup';
import type { KansberoepVerdict } from './kansberoepPort';
import { makeKansberoepRule } from './kansberoepAdapter';
import { isKansberoep } from './kansberoep';
import { computeMeasure, type MeasureResult } from './measures';
import { neighbours } from './adjacency';
import { idsWithinRadius } from './distance';
import { buildOccupationList, type OccupationList } from './occupationList';
import { matchingSchoolLocations, type SchoolSelection } from './schoolLocations';

export interface DatasetModel {
  facetIndex: FacetIndex;
  indicator: IndicatorLookup;
  verdict(groep: string, area: string): KansberoepVerdict;
  amrCodes: string[];
  provincieCodes: string[];
  klassen: string[];
  kansberoepSource: { sources: string[]; period: string; landelijk: boolean };
  sourcesOf(id: DatasetId): string[];
  /** arbeidsmarktregio → bordering arbeidsmarktregio's */
  neighbours: Map<string, string[]>;
}

const models = new WeakMap<Dataset, DatasetModel>();

/** Offers within reach of a home point (the last point asked for is kept: dragging other filters is free). */
function nearOffersOf(ds: Dataset): FacetIndex['nearOffers'] {
  let last: { key: string; bits: Uint32Array } | null = null;
  return (near) => {
    const rows = ds.files.offers?.rows;
    if (!rows) return null;
    const key = `${near.lon},${near.lat},${near.radiusKm}`;
    if (last?.key !== key) last = { key, bits: idsWithinRadius(near, near.radiusKm, rows) };
    return last.bits;
  };
}

/**
 * Yes/no per (groep, area), shared by every dataset built on the same indicator index and curated rows: a lazy
 * file arriving (offers, titles, …) replaces the Dataset but must not redo 35 × 114 verdicts.
 */
const flagCaches = new WeakMap<object, { curated: unknown; flags: Map<string, boolean> }>();
function kansberoepFlags(ds: Dataset): (groep: string, area: string) => boolean {
  let c = flagCaches.get(ds.index.indicator);
  if (!c || c.curated !== ds.files.curated) flagCaches.set(ds.index.indicator, (c = { curated: ds.files.curated, flags: new Map() }));
  const flags = c.flags;
  return (groep, area) => {
    const key = `${groep}|${area}`;
    let f = flags.get(key);
    if (f === undefined) flags.set(key, (f = isKansberoep(ds, groep, area)));
    return f;
  };
}

export function selectModel(ds: Dataset): DatasetModel {
  let m = models.get(ds);
  if (m) return m;
  const indicator = makeIndicatorLookup(ds.index.indicator);
  const rule = makeKansberoepRule(ds);
  const verdicts = new Map<string, KansberoepVerdict>();
  const verdict = (groep: string, area: string) => {
    const key = `${groep}|${area}`;
    let v = verdicts.get(key);
    if (!v) verdicts.set(key, (v = rule(groep, area)));
    return v;
  };
  const codes = (id: 'regions-arbeidsmarktregio' | 'regions-provincie') =>
    (ds.files[id]?.features ?? []).map((f) => f.properties.code).sort();
  const amrCodes = codes('regions-arbeidsmarktregio');
  const provincieCodes = codes('regions-provincie');
  // retired BRC codes (replaced by the later edition's) are not offered as groups of their own
  const groepen = (ds.files.occupations?.groepen ?? []).filter((g) => g.replacedBy === undefined);
  const klassen = (ds.files.occupations?.klassen ?? []).map((k) => k.code);
  const facetIndex = buildFacetIndex({
    offers: ds.index.offers,
    groepen,
    klassen,
    amrCodes,
    provincieCodes,
    isKansberoep: kansberoepFlags(ds),
    nearOffers: nearOffersOf(ds),
  });
  const sourcesOf = (id: DatasetId) => ds.manifest.files.find((f) => f.id === id)?.sources ?? [];
  const periods = new Set((ds.files.indicators?.rows ?? []).map((r) => r.period));
  const kansberoepSource = {
    sources: sourcesOf('indicators'),
    period: [...periods].sort().join(', '),
    landelijk: !(ds.files.indicators?.rows ?? []).some((r) => r.scope === 'regional'),
  };
  const amrFc = ds.files['regions-arbeidsmarktregio'];
  // neighbours are only read by the occupation card: worked out on first use, not on the first screen's path
  let neighbourMap: Map<string, string[]> | undefined;
  m = {
    facetIndex,
    indicator,
    verdict,
    amrCodes,
    provincieCodes,
    klassen,
    kansberoepSource,
    sourcesOf,
    get neighbours() {
      return (neighbourMap ??= amrFc ? neighbours(amrFc) : new Map<string, string[]>());
    },
  };
  models.set(ds, m);
  return m;
}

/** Remember the last result per argument list (components re-render often with the same inputs). */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

export const selectFacets = memoLast((ds: Dataset, filters: Filters): FacetResult => computeFacets(selectModel(ds).facetIndex, filters));

export const selectMeasure = memoLast((ds: Dataset, filters: Filters, measure: MeasureId, occupation: string | null): MeasureResult => {
  const m = selectModel(ds);
  return computeMeasure(measure, {
    amrCodes: m.amrCodes,
    facetIndex: m.facetIndex,
    facets: selectFacets(ds, filters),
    filters,
    occupation,
    indicator: m.indicator,
    stats: ds.files['regional-stats'],
    kansberoepSource: m.kansberoepSource,
    offerSources: m.sourcesOf('offers'),
  });
});

export const selectOccupationList = memoLast((ds: Dataset, filters: Filters): OccupationList => {
  const m = selectModel(ds);
  const facets = selectFacets(ds, filters);
  return buildOccupationList({
    groepen: m.facetIndex.groepen,
    matching: facets.groepen,
    area: facets.area,
    kansberoepen: m.facetIndex.kansberoepGroepen(facets.area),
    indicator: m.indicator,
    offers: ds.index.offers,
    offerSet: facets.offerSet,
    sizeOf: (g) => m.verdict(g, facets.area).size,
  });
});

/** mbo school locations matching the place filters (none while school-locations.json has not arrived). */
export const selectSchools = memoLast((ds: Dataset, filters: Filters): SchoolSelection | undefined => {
  const rows = ds.files['school-locations']?.rows;
  return rows ? matchingSchoolLocations(rows, filters) : undefined;
});
