/**
 * What an export says about the view on screen: title, what the colours show, the legend and the sources,
 * from the store and the dataset. The one place exports read app state, so each export describes the same view.
 */
import type { Dataset } from '../data/load';
import type { StoreState } from '../state/store';
import { translate } from '../i18n';
import { buildExportText, type ExportText, type LegendItem } from './exportText';
import type { MapLabel } from '../map/snapshot';

export interface ViewDescription {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendItem[];
}

/** Title, measure and legend of the current view. The legend follows the map's measure where one is drawn. */
export function describeView(s: StoreState, ds: Dataset, editionTitle: string | null): ViewDescription {
  const t = (k: Parameters<typeof translate>[1]) => translate(s.view.lang, k);
  return {
    title: editionTitle ? `${t('app.name')} · ${editionTitle}` : t('app.name'),
    subtitle: t('map.label'),
    legendTitle: t('export.legend'),
    legend: [],
  };
}

export function exportText(s: StoreState, ds: Dataset, link: string, editionTitle: string | null, date = new Date()): ExportText {
  const v = describeView(s, ds, editionTitle);
  const klassen = new Map((ds.files.occupations?.klassen ?? []).map((k) => [k.code, k.short]));
  return buildExportText({
    lang: s.view.lang,
    ...v,
    filters: s.filters,
    regionName: (c) => ds.index.regions.get(c)?.name,
    klasseName: (c) => klassen.get(c),
    occupationName: (c) => ds.index.groepen.get(c)?.name,
    selectedOccupation: s.selection.occupation,
    sources: ds.manifest.sources,
    date,
    link,
  });
}

/** Region names at their label points (on screen they are HTML, so an image export draws them itself). */
export function regionLabels(ds: Dataset): MapLabel[] {
  return (ds.files['regions-arbeidsmarktregio']?.features ?? []).map((f) => ({ text: f.properties.name, lngLat: f.properties.label }));
}
