/**
 * "Delen" in the header: the link to the current view (copy button and QR code for the room), the embed code,
 * and the exports. A non-modal popover: Escape or a click outside closes it and focus returns to the button.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import { useT } from '../i18n/useT';
import type { ExportPreviewData } from './ExportActions';
import type { PosterData } from './PrintPoster';
import { Deferred, lazyNamed } from './Deferred';

// QR code and exports load when the menu first opens (not part of the first screen)
const QrCode = lazyNamed(() => import('./QrCode'), 'QrCode');
const ExportActions = lazyNamed(() => import('./ExportActions'), 'ExportActions');
const ExportPreview = lazyNamed(() => import('./ExportPreview'), 'ExportPreview');
const PrintPoster = lazyNamed(() => import('./PrintPoster'), 'PrintPoster');

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: select the text and use the legacy command.
    if (!fallbackInput) return false;
    fallbackInput.select();
    return document.execCommand('copy');
  }
}

export function embedCode(link: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  return `<iframe src="${url.toString().replace(/"/g, '&quot;')}" title="Inspiratiekaart" width="800" height="600" style="border:0"></iframe>`;
}

export function ShareMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState<ExportPreviewData | null>(null);
  const [poster, setPoster] = useState<PosterData | null>(null);
  const closePoster = useCallback(() => {
    setPoster((p) => {
      if (p) URL.revokeObjectURL(p.mapUrl);
      return null;
    });
  }, []);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  // Re-render (and so recompute the link) whenever shareable state changes while the menu is open.
  useStore((s) => s.filters);
  useStore((s) => s.selection);
  useStore((s) => s.view);
  useStore((s) => s.route);
  const link = open ? currentLink() : '';

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  return (
    <div className="share">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setStatus(null);
        }}
      >
        {t('share.button')}
      </button>
      {open ? (
        <div ref={panel} id={id} className="share-panel" role="dialog" aria-label={t('share.menu')}>
          <label className="share-field">
            <span>{t('share.link')}</span>
            <input ref={input} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="share-row">
            <button
              type="button"
              onClick={() => void copyText(link, input.current).then((ok) => setStatus(ok ? t('share.copied') : t('share.copyFailed')))}
            >
              {t('share.copy')}
            </button>
            <p className="share-status" role="status">
              {status}
            </p>
          </div>
          <figure className="share-qr">
            <Deferred>
              <QrCode text={link} label={t('share.qr')} />
            </Deferred>
            <figcaption className="muted">{t('share.qrHint')}</figcaption>
          </figure>
          <label className="share-field">
            <span>{t('share.embed')}</span>
            <textarea readOnly rows={3} value={embedCode(link)} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <Deferred>
            <ExportActions
              onStatus={setStatus}
              onPreview={(p) => {
                setOpen(false);
                setPreview(p);
              }}
              onPoster={(p) => {
                setOpen(false);
                setPoster(p);
              }}
            />
          </Deferred>
        </div>
      ) : null}
      {preview ? (
        <Deferred>
        <ExportPreview
          preview={preview}
          onClose={() => {
            URL.revokeObjectURL(preview.url);
            setPreview(null);
            button.current?.focus();
          }}
        />
        </Deferred>
      ) : null}
      {poster ? (
        <Deferred>
          <PrintPoster data={poster} onDone={closePoster} />
        </Deferred>
      ) : null}
    </div>
  );
}
