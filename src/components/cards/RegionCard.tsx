import { useEffect } from 'react';
import { useActions, useDataset, useStore } from '../../state/store';
import { useT } from '../../i18n/useT';
import { formatNumber, type MessageKey } from '../../i18n';
import type { DatasetId } from '../../data/schemas';
import { wantLazyFiles } from '../../data/lazy';
import { occupationMix, offersByLevel, regionFigures } from '../../model/regionCard';
import { buildOccupationList, sortOccupations } from '../../model/occupationList';
import { yearly } from '../../model/regional';
import { useModel } from '../useModel';
import { useFileStatus } from '../useStillLoading';
import { CardFrame } from './CardFrame';
import { TrendChart } from './TrendChart';
import { SourceLine } from '../SourceLine';
import { TensionBadge } from '../TensionBadge';
import { formatChange, formatValue } from '../format';

const SERIES: readonly DatasetId[] = ['regional-series'];

/**
 * The region's numbers: labour market with trend and Nederland beside it, occupation mix, top kansberoepen, offers
 * per level. The figures come with the first screen; the charts' whole series (regional-series.json) are fetched
 * when the card opens, with a loading line in their place until then.
 */
export function RegionCard(props: { area: string; onClose(): void }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const ds = useDataset();
  const model = useModel();
  const { selectOccupation } = useActions();
  const seriesStatus = useFileStatus('regional-series');
  const offersStatus = useFileStatus('offers');
  useEffect(() => wantLazyFiles(SERIES), []);
  if (!ds || !model) return null;
  const stats = ds.files['regional-stats'];
  const name = ds.index.regions.get(props.area)?.name ?? props.area;
  const figures = regionFigures(stats, ds.files['regional-series'], props.area);
  const mix = occupationMix(stats, props.area);
  const byLevel = offersByLevel(ds.index.offers, props.area);
  const kb = model.facetIndex.kansberoepGroepen(props.area);
  const top = sortOccupations(
    buildOccupationList({ groepen: model.facetIndex.groepen, matching: [...kb], area: props.area, kansberoepen: kb, indicator: model.indicator, offers: ds.index.offers, offerSet: null, sizeOf: (g) => model.verdict(g, props.area).size }).rows,
    'size',
  ).slice(0, 5);
  const trendKeys = figures.filter((f) => f.key === 'unemployment' || f.key === 'ww');
  return (
    <CardFrame kicker={t('region.card')} title={name} onClose={props.onClose} testId="region-card">
      <h3>{t('region.figures')}</h3>
      {figures.length === 0 ? <p className="muted">{t('region.noStats')}</p> : (
        <table className="data-table compact" aria-label={t('region.figures')}>
          <thead>
            <tr>
              <th scope="col">{t('region.col.figure')}</th>
              <th scope="col">{name}</th>
              <th scope="col">{t('card.col.national')}</th>
              <th scope="col">{t('region.col.trend')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => {
              const { latest, previous } = f.trend;
              const d = previous ? latest[1] - previous[1] : undefined;
              return (
                <tr key={f.key}>
                  <th scope="row">
                    {t(`rf.${f.key}` as MessageKey)} <span className="muted small">({latest[0]})</span>
                  </th>
                  <td>{formatValue(lang, f.unit, latest[1])}</td>
                  <td>{f.national ? formatValue(lang, f.unit, f.national[1]) : '–'}</td>
                  <td>
                    {d === undefined ? '–' : `${d > 0 ? '▲ ' : d < 0 ? '▼ ' : '= '}${formatChange(lang, f.unit, d)} ${t('trend.vs', { period: previous![0] })}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {trendKeys.length && seriesStatus === 'loading' ? <p className="muted">{t('region.trendLoading')}</p> : null}
      {trendKeys.length && seriesStatus === 'unavailable' ? <p className="muted">{t('region.trendUnavailable')}</p> : null}
      {trendKeys.map((f) =>
        f.series ? (
          <figure key={f.key} className="trend">
            <figcaption>
              {t(`rf.${f.key}` as MessageKey)} — {t('region.trendChart', { from: yearly(f.series)[0]?.[0] ?? '' })} <span className="muted small">(— {name}, - - Nederland)</span>
            </figcaption>
            <TrendChart
              series={yearly(f.series)}
              national={(f.unit === 'pct' || f.unit === 'per100') && f.nationalSeries ? yearly(f.nationalSeries) : undefined}
              label={t(`rf.${f.key}` as MessageKey)}
              format={(v) => formatValue(lang, f.unit, v)}
            />
          </figure>
        ) : null,
      )}
      {figures.length ? <SourceLine sources={[...new Set(figures.map((f) => f.source))]} derived={figures.find((f) => f.derived)?.derived} /> : null}
      {mix.length ? (
        <>
          <h3>{t('region.mix')}</h3>
          <ul className="plain mix">
            {mix.map((m) => (
              <li key={m.key}>
                <span className="mix-label">{m.label}</span>
                <span className="mix-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, m.share * 250)}%` }} />
                </span>
                <span className="mix-value">
                  {formatNumber(lang, m.share * 100)}%
                  {m.nationalShare !== undefined ? <span className="muted small"> ({t('region.mix.vs', { pct: `${formatNumber(lang, m.nationalShare * 100)}%` })})</span> : null}
                </span>
              </li>
            ))}
          </ul>
          <SourceLine sources={stats ? [stats.employmentByKlasse.source] : []} period={stats?.employmentByKlasse.period} />
        </>
      ) : null}
      {top.length ? (
        <>
          <h3>{t('region.topKansberoepen')}</h3>
          <ol className="plain top-kb">
            {top.map((r) => (
              <li key={r.groep}>
                <button type="button" className="link-button" onClick={() => selectOccupation(r.groep)}>
                  {r.name}
                </button>{' '}
                <TensionBadge cls={r.tension?.tensionClass ?? null} landelijk={r.tension?.landelijk} />
                {r.size?.value != null ? <span className="muted small"> {formatNumber(lang, r.size.value, 0)}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>{t('region.offersByLevel')}</h3>
      {byLevel.length ? (
        <ul className="plain by-level">
          {byLevel.map((x) => (
            <li key={x.level}>
              {t(`level.${x.level}` as MessageKey)}: <strong>{formatNumber(lang, x.n, 0)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(offersStatus === 'loading' ? 'region.offersLoading' : offersStatus === 'unavailable' ? 'region.offersUnavailable' : 'region.noOffers')}</p>
      )}
      <SourceLine sources={model.sourcesOf('offers')} />
    </CardFrame>
  );
}
