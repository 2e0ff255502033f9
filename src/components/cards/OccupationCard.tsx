import { useEffect } from 'react';
import { useActions, useDataset, useStore } from '../../state/store';
import { wantLazyFiles } from '../../data/lazy';
import { useT } from '../../i18n/useT';
import { formatNumber, type MessageKey } from '../../i18n';
import { NATIONAL, type IndicatorRow } from '../../data/schemas';
import type { Lang } from '../../state/types';
import { indicatorLines, nearestOffers, neighbourLines } from '../../model/occupationCard';
import { tensionClassOf } from '../../model/occupationList';
import { RULE_AVAILABLE } from '../../model/kansberoepAdapter';
import { useModel } from '../useModel';
import { useFileStatus } from '../useStillLoading';
import { CardFrame } from './CardFrame';
import { LandelijkMark, TensionBadge } from '../TensionBadge';
import { SourceTitle } from './SourceTitle';
import { ExampleMark } from '../ExampleMark';
import { CuratedReasons } from './CuratedReasons';

const NL_CENTRE: [number, number] = [5.3, 52.2];

function formatIndicator(lang: Lang, r: IndicatorRow | undefined): string {
  if (!r) return '–';
  const digits = r.indicator === 'tension' ? 2 : r.indicator === 'futureBottleneck' ? 3 : 0;
  const v = r.value === null ? '' : formatNumber(lang, r.value, digits);
  const pct = r.pct !== undefined ? ` (${formatNumber(lang, r.pct)}%)` : '';
  return `${v}${pct}` || (r.class ?? '–');
}

/** "Why is this a kansberoep here": indicators with value, class, threshold, source and period; neighbours; titles; offers. */
export function OccupationCard(props: { groep: string; onClose(): void }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const ds = useDataset();
  const model = useModel();
  const region = useStore((s) => s.filters.region);
  const near = useStore((s) => s.filters.near);
  const { selectOffer } = useActions();
  const titlesStatus = useFileStatus('occupation-titles');
  const offersStatus = useFileStatus('offers');
  // the card lists the occupation's titles: ask for them now if they have not arrived yet
  useEffect(() => wantLazyFiles(['occupation-titles']), []);
  const g = ds?.index.groepen.get(props.groep);
  if (!ds || !model || !g) return null;
  const area = region ?? NATIONAL;
  const areaName = region ? (ds.index.regions.get(region)?.name ?? region) : t('card.col.national');
  const verdict = model.verdict(g.code, area);
  const lines = indicatorLines(g.code, area, model.indicator, verdict);
  const neighbourCodes = region?.startsWith('AM') ? (model.neighbours.get(region) ?? []) : [];
  const neighbours = neighbourLines(g.code, neighbourCodes, model.indicator, model.verdict);
  const allNational = neighbours.every((n) => n.landelijk && (n.tension?.landelijk ?? true));
  const titles = ds.files['occupation-titles']?.rows.filter((r) => r.groep === g.code);
  const origin: [number, number] = near ? [near.lon, near.lat] : region ? (ds.index.regions.get(region)?.label ?? NL_CENTRE) : NL_CENTRE;
  const originName = near?.label ?? (region ? areaName : 'Nederland');
  const offerRows = ds.files.offers?.rows;
  const linked = offerRows ? nearestOffers(offerRows, ds.index.offers?.byGroep.get(g.code) ?? [], origin) : [];
  const klasse = ds.files.occupations?.klassen.find((k) => k.code === g.klasse);
  return (
    <CardFrame kicker={`${t('card.occupation')} · BRC ${g.code}`} title={g.name} subtitle={klasse?.short} onClose={props.onClose} testId="occupation-card">
      <p className={`verdict${verdict.kansberoep ? ' is-kb' : ''}`}>
        {!RULE_AVAILABLE ? t('card.kb.unknown') : t(verdict.kansberoep ? 'card.kb.yes' : 'card.kb.no', { area: areaName })}
        {verdict.landelijk && region ? <> · <LandelijkMark /></> : null}
      </p>
      <h3>{t('card.indicators')}</h3>
      <ul className="plain indicators" aria-label={t('card.indicators')}>
        {lines.map((l) => {
          const shown = l.regional ?? l.national;
          return (
            <li key={l.indicator} className={`indicator${l.reason?.met ? ' is-met' : ''}`} data-indicator={l.indicator}>
              <div className="indicator-head">
                <strong>{t(`ind.${l.indicator}` as MessageKey)}</strong>
                <span className="indicator-class">
                  {l.indicator === 'tension' && shown ? <TensionBadge cls={tensionClassOf(shown.value, shown.class)} /> : shown?.class ? <span className="class-label">{shown.class}</span> : null}
                  {l.reason ? <span className={`met${l.reason.met ? ' yes' : ''}`}>{l.reason.met ? `✓ ${t('card.counted')}` : t('card.notCounted')}</span> : null}
                </span>
              </div>
              <dl className="indicator-values">
                {region ? (
                  <>
                    <dt>{areaName}</dt>
                    <dd>{l.regional ? formatIndicator(lang, l.regional) : <span className="muted">{t('card.noRegional')}</span>}</dd>
                  </>
                ) : null}
                <dt>{t('card.col.national')}</dt>
                <dd>
                  {formatIndicator(lang, l.national)} {region && !l.regional && l.national ? <LandelijkMark /> : null}
                </dd>
                {l.reason?.threshold ? (
                  <>
                    <dt>{t('card.col.threshold')}</dt>
                    <dd>{l.reason.threshold}</dd>
                  </>
                ) : null}
                <dt>{t('card.col.source')}</dt>
                <dd>{shown ? <SourceTitle id={shown.source} period={shown.period} /> : '–'}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
      <CuratedReasons reasons={verdict.reasons} />
      {neighbours.length ? (
        <>
          <h3>{t('card.neighbours')}</h3>
          {allNational ? <p className="muted">{t('card.neighbours.sameNational')}</p> : null}
          <ul className="plain neighbours">
            {neighbours.map((n) => (
              <li key={n.area}>
                <span>{ds.index.regions.get(n.area)?.name ?? n.area}</span>
                <span>{RULE_AVAILABLE ? (n.kansberoep ? t('lists.kansberoep') : '–') : ''}</span>
                {n.tension ? <TensionBadge cls={n.tension.cls} landelijk={n.tension.landelijk} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('card.titles')}</h3>
      {titles ? (
        <TitleList labels={titles.sort((a, b) => Number(b.preferred) - Number(a.preferred)).map((r) => r.label)} />
      ) : (
        <p className="muted">{t(titlesStatus === 'unavailable' ? 'card.titlesUnavailable' : 'card.titlesLoading')}</p>
      )}
      <h3>{t('card.offers')}</h3>
      {linked.length ? (
        <>
          <p className="muted small">{t('card.offersFrom', { place: originName })}</p>
          <ol className="plain near-offers">
            {linked.map(({ offer, km }) => (
              <li key={offer.id}>
                <button type="button" className="link-button" onClick={() => selectOffer(offer.id)}>
                  {offer.title}
                </button>
                {offer.example ? <> <ExampleMark period={offer.period} /></> : null}
                <span className="muted small">
                  {' '}
                  {offer.provider} · {offer.location.place ?? ''} · {t('card.km', { n: Math.round(km) })}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t(offersStatus === 'loading' ? 'card.offersLoading' : offersStatus === 'unavailable' ? 'card.offersUnavailable' : 'card.noOffers')}</p>
      )}
    </CardFrame>
  );
}

function TitleList(props: { labels: string[] }) {
  const t = useT();
  const shown = props.labels.slice(0, 14);
  return (
    <p className="titles">
      {shown.join(' · ')}
      {props.labels.length > shown.length ? <span className="muted"> · {t('card.more', { n: props.labels.length - shown.length })}</span> : null}
    </p>
  );
}
