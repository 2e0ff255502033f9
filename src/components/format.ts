/** Number formatting for measure values and legend classes (Dutch by default). */
import { formatNumber, numberFormat, translate } from '../i18n';
import type { Lang } from '../state/types';
import type { MeasureUnit } from '../model/measures';
import type { LegendEntry } from '../model/choropleth';

/** A measure's value, or a regional figure's ('persons': whole numbers like counts). */
export function formatValue(lang: Lang, unit: MeasureUnit | 'persons', v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  switch (unit) {
    case 'pct':
      return `${numberFormat(lang, { min: 1, max: 1 }).format(v)}%`;
    case 'per100':
    case 'ratio':
      return formatNumber(lang, v, 2);
    default:
      return formatNumber(lang, v, 0);
  }
}

/** "0–4" for integer classes (upper bound exclusive except the last), "2,5–3,0" for decimals. */
export function formatClass(lang: Lang, unit: MeasureUnit, e: LegendEntry, last: boolean): string {
  if (e.min === undefined) return '';
  const integer = unit === 'count';
  if (e.max === undefined) return `> ${formatValue(lang, unit, e.min)}`;
  if (e.min === e.max) return formatValue(lang, unit, e.min);
  const hi = integer && !last ? e.max - 1 : e.max;
  if (integer && hi <= e.min) return formatValue(lang, unit, e.min);
  return `${formatValue(lang, unit, e.min)} – ${formatValue(lang, unit, hi)}`;
}

/**
 * A change or difference, with its sign: "+1.234", "−0,12", and for percentages "+0,2 procentpunt" — the
 * difference of two percentages is in percentage points, never "%" (4,0% − 3,8% is not 0,2%).
 */
export function formatChange(lang: Lang, unit: MeasureUnit | 'persons', d: number | null | undefined): string {
  if (d === null || d === undefined || !Number.isFinite(d)) return '–';
  const decimals = unit === 'pct' ? 1 : unit === 'per100' || unit === 'ratio' ? 2 : 0;
  const rounded = Math.round(Math.abs(d) * 10 ** decimals) / 10 ** decimals;
  const sign = rounded === 0 ? '' : d > 0 ? '+' : '−';
  if (unit !== 'pct') return `${sign}${formatNumber(lang, rounded, decimals)}`;
  const n = numberFormat(lang, { min: 1, max: 1 }).format(rounded);
  return translate(lang, rounded === 1 ? 'scope.pp.one' : 'scope.pp.other', { n: `${sign}${n}` });
}
