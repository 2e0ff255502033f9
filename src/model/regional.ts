/**
 * Reading regional-stats.json (CBS per arbeidsmarktregio) by meaning rather than by the file's measure ids,
 * so the screen does not break if the pipeline names a measure slightly differently. The first screen reads the
 * trend points of regional-stats.json; the whole series (regional-series.json, lazy) only feed the charts.
 */
import type { RegionalSeries, RegionalStats } from '../data/schemas';

export type RegionalKey = 'unemployment' | 'wwPer100' | 'jobs' | 'labourForce' | 'ww' | 'employed';

/** Measure ids the file may use for each meaning, first match wins. */
const CANDIDATES: Record<RegionalKey, readonly string[]> = {
  unemployment: ['unemploymentPct', 'unemployment', 'unemploymentRate', 'werkloosheidspercentage'],
  wwPer100: ['wwPer100', 'wwPer100LabourForce', 'ww_per_100'],
  jobs: ['jobs', 'employeeJobs', 'banen'],
  labourForce: ['labourForce', 'beroepsbevolking'],
  ww: ['ww', 'wwPersons', 'wwRecipients', 'wwBenefits'],
  employed: ['employed', 'werkzameBeroepsbevolking'],
};

export type RegionalMeasure = RegionalStats['measures'][number];
export type Point = readonly [period: string, value: number];

export function resolveMeasure(stats: RegionalStats | undefined, key: RegionalKey): RegionalMeasure | undefined {
  if (!stats) return undefined;
  for (const id of CANDIDATES[key]) {
    const m = stats.measures.find((x) => x.id === id);
    if (m) return m;
  }
  return undefined;
}

/** The points a trend needs (trendOf gives the same as on the whole series): regional-stats.json's trendPoints. */
export function trendPointsOf(stats: RegionalStats | undefined, area: string, key: RegionalKey): Point[] {
  const m = resolveMeasure(stats, key);
  if (!stats || !m) return [];
  return stats.trendPoints[area]?.[m.id] ?? [];
}

/** The whole series (regional-series.json); undefined while that lazy file is not in. */
export function seriesOf(stats: RegionalStats | undefined, all: RegionalSeries | undefined, area: string, key: RegionalKey): Point[] | undefined {
  if (!all) return undefined;
  const m = resolveMeasure(stats, key);
  if (!stats || !m) return [];
  return all.series[area]?.[m.id] ?? [];
}

export interface Trend {
  latest: Point;
  /** the same period a year earlier (or the previous point for yearly series) */
  previous?: Point;
  /** the first point of the series (2013 for the CBS yearly series) */
  first: Point;
}

/** Latest value with the previous comparable one. Monthly series ("2025-01") compare with the same month a year earlier. */
export function trendOf(series: readonly Point[]): Trend | undefined {
  const latest = series[series.length - 1];
  const first = series[0];
  if (!latest || !first) return undefined;
  const monthly = /^\d{4}-\d{2}$/.test(latest[0]);
  const quarterly = /^\d{4}Q\d$/.test(latest[0]);
  let previous: Point | undefined;
  if (monthly || quarterly) {
    const year = Number(latest[0].slice(0, 4)) - 1;
    const wanted = `${year}${latest[0].slice(4)}`;
    previous = series.find((p) => p[0] === wanted);
  } else previous = series[series.length - 2];
  return { latest, previous, first };
}

/**
 * What the pipeline keeps of a series for the first screen: the points trendOf reads (first, previous, latest),
 * plus the periods in `alsoPeriods` (for Nederland: every region's latest period, so a card can put Nederland
 * beside it). In period order, each point once.
 */
export function trendPoints<P extends Point>(series: readonly P[], alsoPeriods: ReadonlySet<string> = new Set()): P[] {
  const t = trendOf(series);
  if (!t) return [];
  const keep = new Set<Point | undefined>([t.first, t.previous, t.latest]);
  return series.filter((p) => keep.has(p) || alsoPeriods.has(p[0]));
}

/** Yearly values from a monthly series (the January value of each year), for a compact trend chart. */
export function yearly(series: readonly Point[]): Point[] {
  if (!series.some((p) => /^\d{4}-\d{2}$/.test(p[0]))) return [...series];
  return series.filter((p) => p[0].endsWith('-01')).map((p) => [p[0].slice(0, 4), p[1]] as const);
}
