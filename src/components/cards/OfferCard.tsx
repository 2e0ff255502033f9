import { useActions, useDataset } from '../../state/store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n';
import { CardFrame } from './CardFrame';
import { SourceLine } from '../SourceLine';
import { ExampleMark, ExampleSource } from '../ExampleMark';

/** Provider, location, level, leerweg, duration, the occupations it leads to, and the provider's page. */
export function OfferCard(props: { id: string; onClose(): void }) {
  const t = useT();
  const ds = useDataset();
  const { selectOccupation, selectOffer } = useActions();
  const o = ds?.files.offers?.rows.find((r) => r.id === props.id);
  if (!ds || !o) return null;
  const loc = o.location;
  const klassen = ds.files.occupations?.klassen ?? [];
  const place = [loc.name, loc.address, [loc.postcode, loc.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <CardFrame kicker={`${t('offer.card')} · ${t(`kind.${o.kind}` as MessageKey)}`} title={o.title} subtitle={o.provider} onClose={props.onClose} testId="offer-card">
      {o.example ? (
        <p className="example-note" data-testid="offer-example">
          <ExampleMark period={o.period} /> {t('example.offerNote', { period: o.period ?? t('example.periodUnknown') })}{' '}
          <ExampleSource url={o.sourceUrl} />
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('offer.provider')}</dt>
        <dd>{o.provider}</dd>
        <dt>{t('offer.location')}</dt>
        <dd>
          {place || t('offer.unknown')} · {ds.index.regions.get(o.arbeidsmarktregio)?.name}
        </dd>
        <dt>{t('offer.level')}</dt>
        <dd>{o.level ? t(`level.${o.level}` as MessageKey) : t('offer.unknown')}</dd>
        <dt>{t('offer.leerweg')}</dt>
        <dd>{o.leerweg.length ? o.leerweg.map((l) => t(`leerweg.${l}` as MessageKey)).join(', ') : t('offer.unknown')}</dd>
        <dt>{t('offer.duration')}</dt>
        <dd>{o.durationMonths ? t('offer.months', { n: o.durationMonths }) : ''}{o.durationText ? `${o.durationMonths ? ' · ' : ''}${o.durationText}` : ''}{!o.durationMonths && !o.durationText ? t('offer.unknown') : ''}</dd>
        <dt>{t('offer.occupations')}</dt>
        <dd>
          {o.groepen.length ? (
            <ul className="plain">
              {o.groepen.map((g) => (
                <li key={g.groep}>
                  <button type="button" className="link-button" onClick={() => (selectOffer(null), selectOccupation(g.groep))}>
                    {ds.index.groepen.get(g.groep)?.name ?? g.groep}
                  </button>
                  {g.confidence === 'low' ? <span className="muted small"> — {t('offer.lowConfidence', { method: g.method })}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            t('offer.noOccupations', { sectors: klassen.filter((k) => o.klassen.includes(k.code)).map((k) => k.short).join(', ') || '–' })
          )}
        </dd>
      </dl>
      {'note' in o && typeof o.note === 'string' ? (
        <p className="note">
          <strong>{t('offer.note')}:</strong> {o.note}
        </p>
      ) : null}
      {o.url ? (
        <p>
          <a href={o.url} target="_blank" rel="noopener noreferrer">
            {t('offer.link')}
          </a>
        </p>
      ) : null}
      <SourceLine sources={[o.source]} period={o.period} />
    </CardFrame>
  );
}
