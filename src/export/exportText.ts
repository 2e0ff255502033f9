/**
 * The text every export carries — title, active filters, legend, sources with periods, date and link — as one
 * plain model. Image exports draw it, the poster and CSV print it, and the export preview shows it as text, so
 * what a test reads from the page is exactly what was drawn. Pure.
 */
import type { SourceEntry } from '../data/schemas';
import type { Filters, Lang } from '../state/types';
import { translate } from '../i18n';

export interface LegendItem {
  colour: string;
  label: string;
}

export interface ExportText {
  title: string;
  /** what the colours show, e.g. "Aantal kansberoepen" */
  subtitle: string;
  /** one line per active filter */
  filters: string[];
  legendTitle: string;
  legend: LegendItem[];
  /** one line per cited source: title, publisher, period, licence, retrieval date */
  sources: string[];
  /** "Gemaakt op 23-11-2026 met Inspiratiekaart" */
  made: string;
  link: string;
}

export interface ExportTextInput {
  lang: Lang;
  title: string;
  subtitle: string;
  filters: Filters;
  /** region / sector (BRC klasse) names; unknown codes are shown as the code */
  regionName(code: string): string | undefined;
  klasseName(code: string): string | undefined;
  occupationName?(code: string): string | undefined;
  selectedOccupation?: string | null;
  legendTitle: string;
  legend: LegendItem[];
  sources: readonly SourceEntry[];
  date: Date;
  link: string;
}

const LEVEL_LABEL: Record<string, string> = {
  praktijkverklaring: 'praktijkverklaring',
  mbo1: 'entree/mbo-1',
  mbo2: 'mbo-2',
  mbo3: 'mbo-3',
  mbo4: 'mbo-4',
  hbo: 'hbo',
  wo: 'wo',
};

export function formatDate(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function sourceLine(lang: Lang, s: SourceEntry): string {
  const parts = [`${s.title} (${s.publisher}`];
  if (s.period) parts.push(`${translate(lang, 'export.period')} ${s.period}`);
  parts.push(s.licenceVerified ? s.licence : `${s.licence}, ${translate(lang, 'export.licenceUnverified')}`);
  parts.push(`${translate(lang, 'export.retrieved')} ${s.retrieved})`);
  return parts.join(', ');
}

export function filterLines(input: Pick<ExportTextInput, 'lang' | 'filters' | 'regionName' | 'klasseName' | 'occupationName' | 'selectedOccupation'>): string[] {
  const { lang, filters: f } = input;
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);
  const lines: string[] = [];
  if (f.region) lines.push(`${t('export.region')}: ${input.regionName(f.region) ?? f.region}`);
  if (f.near) lines.push(t('export.near', { km: f.near.radiusKm, place: f.near.label || `${f.near.lat.toFixed(3)}, ${f.near.lon.toFixed(3)}` }));
  if (f.sectors.length) lines.push(`${t('export.sector')}: ${f.sectors.map((c) => input.klasseName(c) ?? c).join(', ')}`);
  if (f.levels.length) lines.push(`${t('export.level')}: ${f.levels.map((l) => LEVEL_LABEL[l] ?? l).join(', ')}`);
  if (f.leerwegen.length) lines.push(`${t('export.leerweg')}: ${f.leerwegen.join(', ')}`);
  if (f.offerKinds.length) lines.push(`${t('export.kind')}: ${f.offerKinds.join(', ')}`);
  if (f.onlyKansberoepen) lines.push(t('export.onlyKansberoepen'));
  if (input.selectedOccupation) lines.push(`${t('export.occupation')}: ${input.occupationName?.(input.selectedOccupation) ?? input.selectedOccupation}`);
  return lines.length ? lines : [t('export.noFilters')];
}

export function buildExportText(input: ExportTextInput): ExportText {
  return {
    title: input.title,
    subtitle: input.subtitle,
    filters: filterLines(input),
    legendTitle: input.legendTitle,
    legend: input.legend,
    sources: input.sources.map((s) => sourceLine(input.lang, s)),
    made: translate(input.lang, 'export.made', { date: formatDate(input.lang, input.date) }),
    link: input.link,
  };
}

/** The same text as plain lines (CSV notes, the preview, tests). */
export function exportTextLines(x: ExportText, lang: Lang): string[] {
  return [
    x.title,
    x.subtitle,
    `${translate(lang, 'export.filters')}: ${x.filters.join('; ')}`,
    ...x.sources.map((s) => `${translate(lang, 'export.sources')}: ${s}`),
    x.made,
    `${translate(lang, 'export.link')}: ${x.link}`,
  ];
}
