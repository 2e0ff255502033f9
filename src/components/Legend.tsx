import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import type { MeasureId } from '../state/types';
import { OFFER_KINDS } from '../data/schemas';
import { OFFER_KIND_COLOURS } from '../model/colour';
import { PALETTE } from '../map/style';
import { useFacets, useMeasure } from './useModel';
import { SourceLine } from './SourceLine';
import { LandelijkMark } from './TensionBadge';
import { formatClass } from './format';

export const MEASURES: MeasureId[] = ['kansberoepen', 'tension', 'offers', 'unemployment', 'wwPer100', 'jobs'];

/** Measure picker, the classes with their meaning, source and period; offer kinds. Sits over the map. */
export function Legend() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const measure = useStore((s) => s.view.measure);
  const { setMeasure } = useActions();
  const m = useMeasure();
  const facets = useFacets();
  if (!m) return null;
  const c = m.classification;
  const kindsShown = OFFER_KINDS.filter((k) => (facets?.counts.kind.find((x) => x.value === k)?.offers ?? 0) > 0);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="sr-only">
        {t('legend.title')}
      </h2>
      <label className="field">
        <span className="field-label">{t('measure.label')}</span>
        <select value={measure} onChange={(e) => setMeasure(e.target.value as MeasureId)}>
          {MEASURES.map((id) => (
            <option key={id} value={id}>
              {t(`measure.${id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {m.status === 'needsOccupation' ? <p className="legend-note">{t('measure.needsOccupation')}</p> : null}
      {m.status === 'unavailable' ? <p className="legend-note">{t('measure.unavailable')}</p> : null}
      {m.status === 'ok' ? (
        <>
          <ul className="legend-classes" data-testid="legend-classes">
            {c.entries.map((e, i) => (
              <li key={i}>
                <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
                <span className="legend-label">
                  {e.tension ? t(`tension.${e.tension}` as MessageKey) : formatClass(lang, m.unit, e, i === c.entries.length - 1)}
                </span>
                <span className="legend-n muted">{t('legend.regions', { n: e.regions })}</span>
              </li>
            ))}
            {c.noData.length ? (
              <li>
                <span className="swatch" style={{ background: PALETTE.noData }} aria-hidden="true" />
                <span className="legend-label">{t('legend.noData')}</span>
                <span className="legend-n muted">{t('legend.regions', { n: c.noData.length })}</span>
              </li>
            ) : null}
          </ul>
          {c.flat ? <p className="legend-note">{t('legend.flat')}</p> : null}
          {m.landelijk ? (
            <p className="legend-note">
              <LandelijkMark /> {t('landelijk.explain')}
            </p>
          ) : null}
          <SourceLine sources={m.sources} period={m.period} derived={m.derived} />
        </>
      ) : null}
      {kindsShown.length ? (
        <div className="legend-kinds" aria-label={t('legend.offers')} role="group">
          <span className="muted small">{t('legend.offers')}</span>
          <ul>
            {kindsShown.map((k) => (
              <li key={k}>
                <span className="dot" style={{ background: OFFER_KIND_COLOURS[k] }} aria-hidden="true" />
                {t(`kind.${k}` as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
