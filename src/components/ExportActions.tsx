/** Export buttons inside the share menu: PNG at three sizes, the A4 poster, CSV of the lists. */
import { useState } from 'react';
import { useStore, type StoreState } from '../state/store';
import type { Dataset } from '../data/load';
import { currentLink } from '../state/urlSync';
import { getLiveMap } from '../map/liveMap';
import { useT } from '../i18n/useT';
import { downloadText } from '../export/download';
import { translate, type MessageKey } from '../i18n';
import { exportText, regionLabels } from '../export/describeView';
import { makeMapPng, makePng, type PngKind } from '../export/pngExport';
import type { TextRole } from '../export/layout';
import { occupationsCsv, offersCsv } from '../export/listsCsv';
import { selectFacets, selectOccupationList } from '../model/selectors';
import { sortOccupations } from '../model/occupationList';
import { POSTER_OCCUPATIONS, POSTER_OFFERS, type PosterData } from './PrintPoster';

export interface ExportPreviewData {
  url: string;
  file: string;
  width: number;
  height: number;
  /** the text drawn in the image, by role, in drawing order */
  text: { role: TextRole; text: string }[];
  scaled: boolean;
}

const PNGS: { kind: PngKind; label: MessageKey }[] = [
  { kind: 'screen', label: 'share.png.screen' },
  { kind: 'slide', label: 'share.png.slide' },
  { kind: 'a4', label: 'share.png.a4' },
];


/** The occupations and offers of the current lists, as the side panel shows them. */
function currentLists(s: StoreState, ds: Dataset) {
  const occupations = sortOccupations(selectOccupationList(ds, s.filters).rows, 'tension');
  const all = ds.files.offers?.rows ?? [];
  const offers = Array.from(selectFacets(ds, s.filters).offerIds, (id) => all[id]!).filter(Boolean);
  return { occupations, offers };
}

function posterData(s: StoreState, ds: Dataset, mapUrl: string): PosterData {
  const lang = s.view.lang;
  const t = (k: MessageKey) => translate(lang, k);
  const { occupations, offers } = currentLists(s, ds);
  return {
    text: exportText(s, ds, currentLink()),
    mapUrl,
    occupations: occupations.slice(0, POSTER_OCCUPATIONS).map((o) => ({
      name: o.name,
      tension: o.tension?.tensionClass ? `${t(`tension.${o.tension.tensionClass}` as MessageKey)}${o.tension.landelijk ? ` (${t('landelijk')})` : ''}` : '',
      offers: o.offers,
      kansberoep: o.kansberoep,
    })),
    offers: offers.slice(0, POSTER_OFFERS).map((o) => ({
      title: o.title,
      detail: [o.level ? t(`level.${o.level}` as MessageKey) : t(`kind.${o.kind}` as MessageKey), o.provider, o.location.place].filter(Boolean).join(' · '),
    })),
    totals: { occupations: occupations.length, offers: offers.length },
  };
}

export function ExportActions(props: { onStatus(text: string | null): void; onPreview(p: ExportPreviewData): void; onPoster(p: PosterData): void }) {
  const { onStatus } = props;
  const t = useT();
  const [busy, setBusy] = useState(false);
  const ready = useStore((s) => s.data.state === 'ready');
  const mode = useStore((s) => s.view.mode);

  /** Run one export with the dataset and (for images) the live map; errors become a status line. */
  const run = async (label: string, needsMap: boolean, fn: (s: StoreState, ds: Dataset) => Promise<void> | void) => {
    const s = useStore.getState();
    if (s.data.state !== 'ready' || (needsMap && !getLiveMap())) {
      onStatus(t('share.pngNeedsMap'));
      return;
    }
    setBusy(true);
    onStatus(t('share.busy', { what: label }));
    try {
      await fn(s, s.data.dataset);
      onStatus(null);
    } catch (e) {
      onStatus(t('share.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const png = (kind: PngKind, label: string) =>
    run(label, true, async (s, ds) => {
      const r = await makePng(kind, getLiveMap()!, exportText(s, ds, currentLink()), regionLabels(ds));
      props.onPreview({
        url: URL.createObjectURL(r.blob),
        file: `inspiratiekaart-${kind}.png`,
        width: r.layout.width,
        height: r.layout.height,
        text: r.layout.ops.flatMap((o) => (o.kind === 'text' ? [{ role: o.role, text: o.text }] : [])),
        scaled: r.scaled,
      });
    });

  const poster = () =>
    run(t('share.poster'), true, async (s, ds) => {
      const blob = await makeMapPng(getLiveMap()!, { width: 1900, height: 1200 }, regionLabels(ds));
      props.onPoster(posterData(s, ds, URL.createObjectURL(blob)));
    });

  const csv = (which: 'occupations' | 'offers', label: string) =>
    run(label, false, (s, ds) => {
      const lists = currentLists(s, ds);
      const text = exportText(s, ds, currentLink());
      const content =
        which === 'occupations'
          ? occupationsCsv(lists.occupations, s.view.lang, text)
          : offersCsv(lists.offers, s.view.lang, text, (c) => ds.index.regions.get(c)?.name);
      downloadText(content, `inspiratiekaart-${which === 'occupations' ? 'kansberoepen' : 'opleidingen'}.csv`, 'text/csv;charset=utf-8');
    });

  const noMap = busy || !ready || mode !== 'map';
  return (
    <section className="share-exports" aria-label={t('share.exports')}>
      <h3>{t('share.exports')}</h3>
      <div className="export-buttons">
        {PNGS.map((p) => (
          <button key={p.kind} type="button" disabled={noMap} onClick={() => void png(p.kind, t(p.label))}>
            {t(p.label)}
          </button>
        ))}
        <button type="button" disabled={noMap} onClick={() => void poster()}>
          {t('share.poster')}
        </button>
        <button type="button" disabled={busy || !ready} onClick={() => void csv('occupations', t('share.csv.occupations'))}>
          {t('share.csv.occupations')}
        </button>
        <button type="button" disabled={busy || !ready} onClick={() => void csv('offers', t('share.csv.offers'))}>
          {t('share.csv.offers')}
        </button>
      </div>
      {mode !== 'map' ? <p className="muted">{t('share.pngNeedsMap')}</p> : null}
    </section>
  );
}
