/**
 * The overview of numbers a wethouder asks for: labour force, jobs, unemployment and WW with their trend since
 * 2013, the occupation mix against the national one, and training offers per level — all per arbeidsmarktregio,
 * with Nederland beside it.
 */
import { LEVELS, NATIONAL, type Level, type RegionalSeries, type RegionalStats } from '../data/schemas';
import type { OfferIndex } from '../data/indexes';
import { countIn, fromPostings } from './bitset';
import { resolveMeasure, seriesOf, trendOf, trendPointsOf, type Point, type RegionalKey, type Trend } from './regional';

export const REGION_FIGURES: RegionalKey[] = ['labourForce', 'employed', 'jobs', 'unemployment', 'ww', 'wwPer100'];

export interface RegionFigure {
  key: RegionalKey;
  unit: RegionalStats['measures'][number]['unit'];
  source: string;
  derived?: string;
  trend: Trend;
  /** Nederland, same period where available */
  national?: Point;
  /** the whole series for the chart; undefined while regional-series.json is not in */
  series?: Point[];
  /** Nederland's whole series, likewise */
  nationalSeries?: Point[];
}

/** The figures from regional-stats.json's trend points; the series for the charts once `all` is there. */
export function regionFigures(stats: RegionalStats | undefined, all: RegionalSeries | undefined, area: string): RegionFigure[] {
  const out: RegionFigure[] = [];
  for (const key of REGION_FIGURES) {
    const m = resolveMeasure(stats, key);
    const trend = trendOf(trendPointsOf(stats, area, key));
    if (!m || !trend) continue;
    const nat = trendPointsOf(stats, NATIONAL, key);
    out.push({
      key,
      unit: m.unit,
      source: m.source,
      derived: m.derived,
      trend,
      national: nat.find((p) => p[0] === trend.latest[0]),
      series: seriesOf(stats, all, area, key),
      nationalSeries: seriesOf(stats, all, NATIONAL, key),
    });
  }
  return out;
}

export interface MixLine {
  key: string;
  label: string;
  klassen: string[];
  persons: number;
  share: number;
  nationalShare?: number;
}

/** Employed persons per (group of) beroepsklasse(n), as shares of the region's total. */
export function occupationMix(stats: RegionalStats | undefined, area: string): MixLine[] {
  const e = stats?.employmentByKlasse;
  const own = e?.values[area];
  if (!e || !own) return [];
  const nat = e.values[NATIONAL];
  const total = (v: Record<string, number>) => e.groups.reduce((s, g) => s + (v[g.key] ?? 0), 0);
  const t = total(own);
  const tn = nat ? total(nat) : 0;
  return e.groups
    .filter((g) => own[g.key] !== undefined)
    .map((g) => ({
      key: g.key,
      label: g.label,
      klassen: g.klassen,
      persons: own[g.key]!,
      share: t > 0 ? own[g.key]! / t : 0,
      nationalShare: nat && tn > 0 && nat[g.key] !== undefined ? nat[g.key]! / tn : undefined,
    }))
    .sort((a, b) => b.share - a.share);
}

/** Offers located in the region (AMxx or PVxx) per level, in ladder order. */
export function offersByLevel(o: OfferIndex | undefined, area: string): { level: Level; n: number }[] {
  if (!o) return [];
  const inArea = fromPostings(o.n, [(area.startsWith('PV') ? o.byProvincie : o.byAmr).get(area)]);
  return LEVELS.map((level) => ({ level, n: countIn(o.byLevel.get(level), inArea) })).filter((x) => x.n > 0);
}
