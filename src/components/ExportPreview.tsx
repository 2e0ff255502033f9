/**
 * Shows an export before it is saved: the image and, as text, everything drawn in it (title, filters,
 * legend, sources, date, link) — exactly what the file will contain.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import type { ExportPreviewData } from './ExportActions';

export function ExportPreview({ preview, onClose }: { preview: ExportPreviewData; onClose(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('a[download]')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="export-preview" role="dialog" aria-modal="true" aria-label={t('share.preview')}>
        <h2>{t('share.preview')}</h2>
        <img src={preview.url} alt={t('share.preview')} data-width={preview.width} data-height={preview.height} />
        <p className="muted">
          {preview.file} · {preview.width} × {preview.height} px{preview.scaled ? ` · ${t('export.scaled')}` : ''}
        </p>
        <div className="export-text" data-testid="export-text">
          {preview.text.map((x, i) => (
            <p key={i} data-role={x.role}>
              {x.text}
            </p>
          ))}
        </div>
        <div className="share-row">
          <a className="button" href={preview.url} download={preview.file}>
            {t('share.download', { file: preview.file })}
          </a>
          <button type="button" onClick={onClose}>
            {t('share.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
