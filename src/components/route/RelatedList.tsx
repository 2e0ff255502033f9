import { useActions, useDataset, useStore } from '../../state/store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n';
import type { RelatedSuggestion } from '../../model/related';
import { reasonsText, type Names } from './reasons';

export function useNames(): Names {
  const ds = useDataset();
  const occ = ds?.files.occupations;
  return {
    region: (c) => ds?.index.regions.get(c)?.name ?? c,
    segment: (c) => occ?.segmenten.find((s) => s.code === c)?.name ?? c,
    klasse: (c) => occ?.klassen.find((k) => k.code === c)?.short ?? c,
  };
}

/** Related kansberoepen, each with its reasons and how well the evidence holds; one can be chosen as goal. */
export function RelatedList({ suggestions, state }: { suggestions: RelatedSuggestion[]; state: 'ok' | 'noFrom' | 'noDemand' }) {
  const t = useT();
  const ds = useDataset();
  const names = useNames();
  const to = useStore((s) => s.route.to);
  const { setRoute } = useActions();
  return (
    <section className="route-section related" aria-labelledby="route-related-title">
      <h3 id="route-related-title">{t('route.related.title')}</h3>
      {state === 'noFrom' ? <p className="muted">{t('route.related.pickFrom')}</p> : null}
      {state === 'noDemand' ? <p className="route-message">{t('route.related.noDemand')}</p> : null}
      {state === 'ok' ? (
        <>
          <p className="muted no-print">{t('route.related.intro')}</p>
          {suggestions.length === 0 ? <p className="route-message">{t('route.related.none')}</p> : null}
          <ol className="related-list">
            {suggestions.map((s) => {
              const chosen = s.groep === to;
              return (
                <li key={s.groep} className={chosen ? 'chosen' : to ? 'no-print' : undefined} data-groep={s.groep}>
                  <div className="related-head">
                    <strong>{ds?.index.groepen.get(s.groep)?.name ?? s.groep}</strong>
                    <span className={`evidence evidence-${s.evidence}`}>{t(`route.evidence.${s.evidence}` as MessageKey)}</span>
                  </div>
                  <p className="related-why">{t('route.related.why', { reasons: reasonsText(t, names, s.reasons) })}</p>
                  {s.thinBecause.length > 0 ? (
                    <p className="muted">{s.thinBecause.map((w) => t(`route.thin.${w}` as MessageKey)).join('; ')}</p>
                  ) : null}
                  <button type="button" className="no-print" aria-pressed={chosen} onClick={() => setRoute({ to: chosen ? null : s.groep })}>
                    {chosen ? t('route.related.chosen') : t('route.related.choose')}
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="muted small">{t('route.skillsMissing')}</p>
        </>
      ) : null}
    </section>
  );
}
