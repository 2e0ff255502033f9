/** Export buttons inside the share menu: PNG at three sizes, the A4 poster, CSV of the lists. */
import { useState } from 'react';
import { useStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import { getLiveMap } from '../map/liveMap';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import { exportText, regionLabels } from '../export/describeView';
import { makePng, type PngKind } from '../export/pngExport';
import type { TextRole } from '../export/layout';

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

export function ExportActions({ onStatus, onPreview }: { onStatus(text: string | null): void; onPreview(p: ExportPreviewData): void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const ready = useStore((s) => s.data.state === 'ready');
  const mode = useStore((s) => s.view.mode);

  const png = async (kind: PngKind, label: string) => {
    const s = useStore.getState();
    const live = getLiveMap();
    if (s.data.state !== 'ready' || !live) {
      onStatus(t('share.pngNeedsMap'));
      return;
    }
    setBusy(true);
    onStatus(t('share.busy', { what: label }));
    try {
      const ds = s.data.dataset;
      const text = exportText(s, ds, currentLink(), null);
      const r = await makePng(kind, live, text, regionLabels(ds));
      onStatus(null);
      onPreview({
        url: URL.createObjectURL(r.blob),
        file: `inspiratiekaart-${kind}.png`,
        width: r.layout.width,
        height: r.layout.height,
        text: r.layout.ops.flatMap((o) => (o.kind === 'text' ? [{ role: o.role, text: o.text }] : [])),
        scaled: r.scaled,
      });
    } catch (e) {
      onStatus(t('share.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="share-exports" aria-label={t('share.exports')}>
      <h3>{t('share.exports')}</h3>
      <div className="export-buttons">
        {PNGS.map((p) => (
          <button key={p.kind} type="button" disabled={busy || !ready || mode !== 'map'} onClick={() => void png(p.kind, t(p.label))}>
            {t(p.label)}
          </button>
        ))}
      </div>
      {mode !== 'map' ? <p className="muted">{t('share.pngNeedsMap')}</p> : null}
    </section>
  );
}


