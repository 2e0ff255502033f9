import { useT } from '../../i18n/useT';
import type { LadderStep } from '../../model/ladder';
import { levelKey } from './PersonFields';
import { LocationLine, OfferLine } from './OfferLine';

function StepTitle({ step, n }: { step: LadderStep; n: number }) {
  const t = useT();
  const level = t(levelKey(step.level));
  const key = step.kind === 'switch' ? 'route.step.switch' : step.kind === 'retrain' ? 'route.step.retrain' : 'route.step.level';
  return <h4>{t(key, { n, level })}</h4>;
}

/** The ladder: one step per level (or one switch step), each with concrete offers within reach. */
export function LadderView({ steps, targetName, radiusKm }: { steps: LadderStep[] | null; targetName: string | null; radiusKm: number }) {
  const t = useT();
  return (
    <section className="route-section ladder" aria-labelledby="route-ladder-title">
      <h3 id="route-ladder-title">{targetName ? t('route.ladder.title', { target: targetName }) : t('route.ladder.title', { target: '…' })}</h3>
      {!steps ? <p className="muted">{t('route.ladder.pick')}</p> : null}
      <ol className="ladder-steps">
        {(steps ?? []).map((s, i) => (
          <li key={`${s.kind}-${s.level}`} className="ladder-step" data-level={s.level}>
            <StepTitle step={s} n={i + 1} />
            {s.level === 'praktijkverklaring' ? <p className="muted">{t('route.step.praktijkverklaring')}</p> : null}
            {s.qualifications.length > 0 ? (
              <p className="qualifications">
                {t('route.step.qualifications')}{' '}
                {s.qualifications
                  .map((q) => `${q.name} (crebo ${q.crebo}${q.leerweg.length ? `, ${q.leerweg.join('/')}` : ''})`)
                  .join('; ')}
              </p>
            ) : null}
            {s.offers.map((o) => (
              <OfferLine key={o.item.id} offer={o} />
            ))}
            {s.offers.length === 0 && (s.nearestOutside || !s.mboProgrammesMissing) ? (
              <div className="route-message">
                <p>{s.nearestOutside ? t('route.step.none', { km: radiusKm }) : t('route.step.noData')}</p>
                {s.nearestOutside ? (
                  <>
                    <p>{t('route.step.nearestOutside')}</p>
                    <OfferLine offer={s.nearestOutside} />
                  </>
                ) : null}
              </div>
            ) : null}
            {s.mboProgrammesMissing ? (
              <div className="route-message">
                <p>{t('route.step.mboMissing')}</p>
                {s.locations.length === 0 && !s.nearestLocationOutside ? <p>{t('route.step.noLocations')}</p> : null}
                {s.locations.length > 0 ? <p>{t('route.step.mboLocations')}</p> : null}
                {s.locations.slice(0, 3).map((l) => (
                  <LocationLine key={l.item.id} loc={l} />
                ))}
                {s.nearestLocationOutside ? (
                  <>
                    <p>{t('route.step.mboNearestOutside')}</p>
                    <LocationLine loc={s.nearestLocationOutside} />
                  </>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
