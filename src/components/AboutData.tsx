/**
 * "Over de data": a header button that opens a modal dialog listing every layer of this build from
 * data/manifest.json — source, publisher, period, licence (and whether it was verified), status, what a layer does
 * not cover, what is absent from the build, and how to refresh. Escape or "Sluiten" closes it and focus returns
 * to the button; Tab stays inside while it is open.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import { aboutData, type AboutLayer } from '../model/aboutData';
import { WEB_URL, type SourceEntry } from '../data/schemas';

type T = ReturnType<typeof useT>;

/** A message whose key is built from data (layer id, status); falls back to the raw value for an unknown one. */
function dynamic(t: T, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

/** Text as the manifest writes it, with `commands` in backticks shown as code. */
function Rich({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}

function Source({ s, t }: { s: SourceEntry; t: T }) {
  return (
    <li className="about-source">
      <p className="about-source-title">{s.title}</p>
      <dl className="about-facts">
        <dt>{t('about.publisher')}</dt>
        <dd>{s.publisher}</dd>
        {s.period ? (
          <>
            <dt>{t('about.period')}</dt>
            <dd>{s.period}</dd>
          </>
        ) : null}
        <dt>{t('about.retrieved')}</dt>
        <dd>{s.retrieved}</dd>
        <dt>{t('about.licence')}</dt>
        <dd>
          {s.licence}{' '}
          <span className={s.licenceVerified ? 'about-badge' : 'about-badge about-badge-warn'}>
            {s.licenceVerified ? t('about.verified') : t('about.notVerified')}
          </span>
        </dd>
        <dt>{t('about.status')}</dt>
        <dd>{dynamic(t, `about.status.${s.status}`, s.status)}</dd>
      </dl>
      {s.note ? <p className="about-note">{s.note}</p> : null}
      <p className="about-url">
        {/* a local file (file:…) or anything else that is not a web address is shown as text, never as a link */}
        {WEB_URL.test(s.url) ? (
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {s.url}
          </a>
        ) : (
          s.url
        )}
      </p>
    </li>
  );
}

function Layer({ layer, t }: { layer: AboutLayer; t: T }) {
  return (
    <li className="about-layer" data-layer={layer.id}>
      <h4>{dynamic(t, `about.layer.${layer.id}`, layer.id)}</h4>
      <p className="muted">
        {t('about.rows', { rows: layer.rows })}
        {layer.lazy ? ` · ${t('about.lazy')}` : ''}
      </p>
      {layer.coverage ? (
        <p className="about-coverage">
          <strong>{t('about.coverage')}: </strong>
          <Rich text={layer.coverage} />
        </p>
      ) : null}
      <ul className="about-sources">
        {layer.sources.map((s) => (
          <Source key={s.id} s={s} t={t} />
        ))}
      </ul>
    </li>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ds = useDataset();
  const lang = useStore((s) => s.view.lang);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const about = useMemo(() => (ds ? aboutData(ds.manifest, lang) : undefined), [ds, lang]);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('.about-close')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('a[href], button') ?? [])];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last?.focus());
      else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first?.focus());
    }
  };
  return (
    <div className="about-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="about-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="about-head">
          <h2 id={titleId}>{t('about.title')}</h2>
          <button type="button" className="about-close" onClick={onClose}>
            {t('about.close')}
          </button>
        </div>
        <div className="about-body">
          <p>{t('about.intro')}</p>
          {!about ? (
            <p>{t('app.loading')}</p>
          ) : (
            <>
              <p className="muted">{t('about.build', { buildId: about.buildId, generated: about.generated })}</p>
              {about.demoEdition ? <p className="about-warn">{t('about.demo', { title: about.demoEdition })}</p> : null}
              {about.unverified > 0 ? <p className="about-warn">{t('about.unverified', { count: about.unverified, total: about.sourceCount })}</p> : null}
              <section aria-labelledby={`${titleId}-missing`}>
                <h3 id={`${titleId}-missing`}>{t('about.missing')}</h3>
                {about.missing.length === 0 ? (
                  <p>{t('about.missingNone')}</p>
                ) : (
                  <ul className="about-missing">
                    {about.missing.map((m) => (
                      <li key={m.layer}>
                        <strong>{m.layer}</strong>: <Rich text={m.reason} />
                        <br />
                        <span className="muted">{t('about.howTo')}: </span>
                        <Rich text={m.howTo} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby={`${titleId}-layers`}>
                <h3 id={`${titleId}-layers`}>{t('about.layers')}</h3>
                <ul className="about-layers">
                  {about.layers.map((l) => (
                    <Layer key={l.id} layer={l} t={t} />
                  ))}
                </ul>
              </section>
              <section aria-labelledby={`${titleId}-refresh`}>
                <h3 id={`${titleId}-refresh`}>{t('about.refresh')}</h3>
                <p>{t('about.refresh.local')}</p>
                <pre>npm run build:data -- --sources ../shared/sources</pre>
                <p>{t('about.refresh.online')}</p>
                <pre>npm run build:data -- --online</pre>
                <p>{t('about.refresh.import')}</p>
                <pre>npm run build:data -- --sources ../shared/sources --import mijn-lijst.csv</pre>
              </section>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** The header button and, when open, the dialog. */
export function AboutData() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="header-button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t('about.button')}
      </button>
      {open ? <AboutDialog onClose={close} /> : null}
    </>
  );
}
