/**
 * The A4 poster: map, legend, top kansberoepen, offers, QR code to the link, sources and date — one page, by a
 * print stylesheet (styles.css, `.poster`). Rendered into <body> only while printing; the app is hidden then.
 */
import { createPortal } from 'react-dom';
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import type { ExportText } from '../export/exportText';
import { QrCode } from './QrCode';

export interface PosterData {
  text: ExportText;
  mapUrl: string;
  occupations: { name: string; tension: string; offers: number; kansberoep: boolean }[];
  offers: { title: string; detail: string }[];
  /** counts behind the "top n of m" captions */
  totals: { occupations: number; offers: number };
}

export const POSTER_OCCUPATIONS = 8;
export const POSTER_OFFERS = 8;

export function PrintPoster({ data, onDone }: { data: PosterData; onDone(): void }) {
  const t = useT();
  useEffect(() => {
    document.body.classList.add('print-poster');
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('afterprint', after);
      document.body.classList.remove('print-poster');
    };
  }, [onDone]);
  const x = data.text;
  return createPortal(
    <article className="poster" aria-label={t('share.poster')} data-testid="poster">
      <header className="poster-head">
        <h1>{x.title}</h1>
        <p className="poster-sub">{x.subtitle}</p>
        <p className="poster-filters">{x.filters.join(' · ')}</p>
      </header>
      <div className="poster-map">
        {/* print once the map image is in: a poster without its map is worse than a moment's wait */}
        <img src={data.mapUrl} alt={x.subtitle} onLoad={() => window.print()} onError={() => window.print()} />
        {x.legend.length ? (
          <div className="poster-legend">
            <strong>{x.legendTitle}</strong>
            <ul>
              {x.legend.map((l, i) => (
                <li key={i}>
                  <span className="swatch" style={{ background: l.colour }} aria-hidden="true" /> {l.label}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="poster-lists">
        <section>
          <h2>{t('poster.occupations', { n: data.occupations.length, total: data.totals.occupations })}</h2>
          {data.occupations.length ? (
            <ol>
              {data.occupations.map((o, i) => (
                <li key={i}>
                  <strong>{o.name}</strong> <span className="muted">{[o.tension, t('poster.offersN', { n: o.offers })].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('poster.none')}</p>
          )}
        </section>
        <section>
          <h2>{t('poster.offers', { n: data.offers.length, total: data.totals.offers })}</h2>
          {data.offers.length ? (
            <ul>
              {data.offers.map((o, i) => (
                <li key={i}>
                  <strong>{o.title}</strong> <span className="muted">{o.detail}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('poster.none')}</p>
          )}
        </section>
        <figure className="poster-qr">
          <QrCode text={x.link} label={t('share.qr')} size={120} />
          <figcaption>{x.link}</figcaption>
        </figure>
      </div>
      <footer className="poster-foot" data-testid="poster-sources">
        {x.sources.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
        <p>
          <strong>{x.made}</strong>
        </p>
      </footer>
    </article>,
    document.body,
  );
}
