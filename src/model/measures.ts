/**
 * Values per arbeidsmarktregio for the measure the user colours the map by, with classes and legend.
 * Every measure says its sources and period; derived ones carry their formula.
 */
import type { MeasureId } from '../state/types';
import type { RegionalStats } from '../data/schemas';
import type { FacetIndex, FacetResult } from './facets';
import type { Filters } from '../state/types';
import type { IndicatorLookup } from './indicatorLookup';
import { classifySequential, classifyTension, type Classification, type RegionValue } from './choropleth';
import { resolveMeasure, trendOf, trendPointsOf, type RegionalKey, type Trend } from './regional';

export type MeasureUnit = 'count' | 'pct' | 'per100' | 'jobs' | 'ratio';

export interface MeasureValue extends RegionValue {
  period?: string;
  trend?: Trend;
}

export interface MeasureResult {
  measure: MeasureId;
  /** needsOccupation: tension is per occupation group and none is selected; unavailable: the data is not in this build */
  status: 'ok' | 'needsOccupation' | 'unavailable';
  unit: MeasureUnit;
  values: Map<string, MeasureValue>;
  classification: Classification;
  sources: string[];
  period: string;
  /** formula of a derived figure, shown with it */
  derived?: string;
  /** all values are national figures standing in for regional ones */
  landelijk: boolean;
  /** what the colours compare: figures per region, or one national figure repeated (see measureScope) */
  scope: MeasureScope;
}

/**
 * Whether a measure compares regions with figures of their own ('regional': CBS per arbeidsmarktregio, offers
 * counted where they are) or rests on national figures standing in for regional ones ('landelijk': the ROA
 * outlook, when the build has no regional indicators). Known before computing, so the picker can say it.
 */
export type MeasureScope = 'regional' | 'landelijk';

export function measureScope(measure: MeasureId, indicatorsLandelijk: boolean): MeasureScope {
  return (measure === 'kansberoepen' || measure === 'tension') && indicatorsLandelijk ? 'landelijk' : 'regional';
}

export interface MeasureContext {
  amrCodes: readonly string[];
  facetIndex: FacetIndex;
  facets: FacetResult;
  filters: Filters;
  occupation: string | null;
  indicator: IndicatorLookup;
  stats: RegionalStats | undefined;
  /** sources and period behind the kansberoep verdicts */
  kansberoepSource: { sources: string[]; period: string; landelijk: boolean };
  /** sources of offers.json */
  offerSources: string[];
}

const REGIONAL: Partial<Record<MeasureId, { key: RegionalKey; unit: MeasureUnit; integer: boolean }>> = {
  unemployment: { key: 'unemployment', unit: 'pct', integer: false },
  wwPer100: { key: 'wwPer100', unit: 'per100', integer: false },
  jobs: { key: 'jobs', unit: 'jobs', integer: false },
};

const empty = (kind: Classification['kind']): Classification => ({ kind, colours: new Map(), classOf: new Map(), entries: [], noData: [], flat: false });

export function computeMeasure(measure: MeasureId, ctx: MeasureContext): MeasureResult {
  const scope = measureScope(measure, ctx.kansberoepSource.landelijk);
  const base = { measure, scope, values: new Map<string, MeasureValue>(), sources: [] as string[], period: '', landelijk: false };
  if (measure === 'kansberoepen') {
    const { sectors, levels } = ctx.filters;
    const groepen = ctx.facetIndex.groepen.filter(
      (g) => (sectors.length === 0 || sectors.includes(g.klasse)) && (levels.length === 0 || g.levels.some((l) => levels.includes(l))),
    );
    for (const code of ctx.amrCodes) {
      const kb = ctx.facetIndex.kansberoepGroepen(code);
      base.values.set(code, { value: groepen.reduce((c, g) => (kb.has(g.code) ? c + 1 : c), 0), landelijk: ctx.kansberoepSource.landelijk });
    }
    return { ...base, status: 'ok', unit: 'count', classification: classifySequential(base.values, { integer: true }), ...ctx.kansberoepSource };
  }
  if (measure === 'offers') {
    const byCode = new Map(ctx.facets.counts.region.map((r) => [r.value, r.offers]));
    for (const code of ctx.amrCodes) base.values.set(code, { value: ctx.facetIndex.offers ? (byCode.get(code) ?? 0) : null });
    const status = ctx.facetIndex.offers ? 'ok' : 'unavailable';
    return { ...base, status, unit: 'count', sources: ctx.offerSources, classification: classifySequential(base.values, { integer: true }) };
  }
  if (measure === 'tension') {
    if (!ctx.occupation) return { ...base, status: 'needsOccupation', unit: 'ratio', classification: empty('tension') };
    const sources = new Set<string>();
    const periods = new Set<string>();
    let allLandelijk = true;
    for (const code of ctx.amrCodes) {
      const found = ctx.indicator(ctx.occupation, code, 'tension');
      if (!found) {
        base.values.set(code, { value: null });
        continue;
      }
      sources.add(found.row.source);
      periods.add(found.row.period);
      allLandelijk &&= found.landelijk;
      base.values.set(code, { value: found.row.value, class: found.row.class, landelijk: found.landelijk, period: found.row.period });
    }
    const status = sources.size ? 'ok' : 'unavailable';
    return { ...base, status, unit: 'ratio', sources: [...sources], period: [...periods].join(', '), landelijk: allLandelijk && sources.size > 0, classification: classifyTension(base.values) };
  }
  const spec = REGIONAL[measure];
  const m = spec ? resolveMeasure(ctx.stats, spec.key) : undefined;
  if (!spec || !m) return { ...base, status: 'unavailable', unit: spec?.unit ?? 'count', classification: empty('sequential') };
  const periods = new Set<string>();
  for (const code of ctx.amrCodes) {
    const trend = trendOf(trendPointsOf(ctx.stats, code, spec.key));
    if (trend) periods.add(trend.latest[0]);
    base.values.set(code, trend ? { value: trend.latest[1], period: trend.latest[0], trend } : { value: null });
  }
  return {
    ...base,
    status: 'ok',
    unit: spec.unit,
    sources: [m.source],
    period: [...periods].sort().join(', '),
    derived: m.derived,
    classification: classifySequential(base.values, { integer: spec.integer }),
  };
}
