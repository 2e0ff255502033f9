/**
 * What an export says about the view on screen: title, what the colours show, the legend and the sources,
 * from the store and the dataset. The one place exports read app state, so each export describes the same view.
 */
import type { Dataset } from '../data/load';
import type { DatasetId, SourceEntry } from '../data/schemas';
import type { StoreState } from '../state/store';
import { translate, type MessageKey } from '../i18n';
import { buildExportText, type ExportText, type LegendItem } from './exportText';
import type { MapLabel } from '../map/snapshot';
import { selectMeasure } from '../model/selectors';
import { formatClass } from '../components/format';
import { PALETTE } from '../map/style';
import { EDITIONS } from '../edition/editions';

export interface ViewDescription {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendItem[];
}

/** Files whose figures the map view and its lists show (titles, places and the qualification catalogue are not). */
const VIEW_FILES: readonly DatasetId[] = [
  'regions-arbeidsmarktregio',
  'regions-provincie',
  'occupations',
  'indicators',
  'curated',
  'regional-stats',
  'offers',
  'school-locations',
];

export function viewSources(ds: Dataset): SourceEntry[] {
  const ids = new Set(ds.manifest.files.filter((f) => VIEW_FILES.includes(f.id)).flatMap((f) => f.sources));
  return ds.manifest.sources.filter((s) => ids.has(s.id));
}

/** Title, what the colours show and the legend of the current view, as the map's legend shows them. */
export function describeView(s: StoreState, ds: Dataset): ViewDescription {
  const lang = s.view.lang;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const edition = s.view.edition ? EDITIONS.get(s.view.edition) : undefined;
  const m = selectMeasure(ds, s.filters, s.view.measure, s.selection.occupation);
  const occupation = s.selection.occupation ? ds.index.groepen.get(s.selection.occupation)?.name : undefined;
  let subtitle = t(`measure.${s.view.measure}` as MessageKey);
  if (s.view.measure === 'tension' && occupation) subtitle += `: ${occupation}`;
  if (m.period) subtitle += ` (${m.period})`;
  if (m.landelijk) subtitle += ` · ${t('landelijk')}`;
  const c = m.classification;
  const legend: LegendItem[] =
    m.status === 'ok'
      ? [
          ...c.entries.map((e, i) => ({
            colour: e.colour,
            label: e.tension ? `${t(`tension.${e.tension}` as MessageKey)} (${formatClass(lang, 'ratio', e, i === c.entries.length - 1)})` : formatClass(lang, m.unit, e, i === c.entries.length - 1),
          })),
          ...(c.noData.length ? [{ colour: PALETTE.noData, label: t('legend.noData') }] : []),
        ]
      : [];
  return {
    title: edition ? `${t('app.name')} · ${edition.title[lang]}` : t('app.name'),
    subtitle: m.status === 'ok' ? subtitle : `${subtitle} — ${t(m.status === 'needsOccupation' ? 'measure.needsOccupation' : 'measure.unavailable')}`,
    legendTitle: t('legend.title'),
    legend,
  };
}

export function exportText(s: StoreState, ds: Dataset, link: string, date = new Date()): ExportText {
  const klassen = new Map((ds.files.occupations?.klassen ?? []).map((k) => [k.code, k.short]));
  return buildExportText({
    lang: s.view.lang,
    ...describeView(s, ds),
    filters: s.filters,
    regionName: (c) => ds.index.regions.get(c)?.name,
    klasseName: (c) => klassen.get(c),
    occupationName: (c) => ds.index.groepen.get(c)?.name,
    selectedOccupation: s.selection.occupation,
    sources: viewSources(ds),
    date,
    link,
  });
}

/** Region names at their label points (on screen they are HTML, so an image export draws them itself). */
export function regionLabels(ds: Dataset): MapLabel[] {
  return (ds.files['regions-arbeidsmarktregio']?.features ?? []).map((f) => ({ text: f.properties.name, lngLat: f.properties.label }));
}
