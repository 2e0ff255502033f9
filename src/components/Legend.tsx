import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import type { MeasureId } from '../state/types';
import { OFFER_KINDS } from '../data/schemas';
import { OFFER_KIND_COLOURS } from '../model/colour';
import { PALETTE } from '../map/style';
import { SCHOOL_FILL, SCHOOL_RING } from '../map/schoolLayers';
import { useFacets, useMeasure, useModel, useSchools } from './useModel';
import { measureScope } from '../model/measures';
import { SourceLine } from './SourceLine';
import { LandelijkMark } from './TensionBadge';
import { formatClass } from './format';

/** In the picker: regional figures first (the default among them), then those resting on national figures. */
export const MEASURES: MeasureId[] = ['wwPer100', 'unemployment', 'jobs', 'offers', 'kansberoepen', 'tension'];

/**
 * Measure picker, the classes with their meaning, source and period; offer kinds. Sits over the map. While a card
 * is open beside it (compact), only the picker and the classes stay, so on a 1280-pixel screen some map remains
 * visible between the two; the rest returns when the card closes.
 */
export function Legend({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const measure = useStore((s) => s.view.measure);
  const { setMeasure } = useActions();
  const m = useMeasure();
  const facets = useFacets();
  const schools = useSchools();
  const indicatorsLandelijk = useModel()?.kansberoepSource.landelijk ?? false;
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
          {(['regional', 'landelijk'] as const).map((scope) => {
            const ids = MEASURES.filter((id) => measureScope(id, indicatorsLandelijk) === scope);
            return ids.length ? (
              <optgroup key={scope} label={t(`scope.group.${scope}`)}>
                {ids.map((id) => (
                  <option key={id} value={id}>
                    {t(`measure.${id}` as MessageKey)}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
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
          {compact ? null : m.scope === 'landelijk' ? (
            <p className="legend-note" data-testid="legend-scope">
              <LandelijkMark /> {t('scope.landelijk.note')}
            </p>
          ) : (
            <p className="legend-note muted" data-testid="legend-scope">
              {t('scope.regional.note')}
            </p>
          )}
          {!compact && m.landelijk && m.scope !== 'landelijk' ? (
            <p className="legend-note">
              <LandelijkMark /> {t('landelijk.explain')}
            </p>
          ) : null}
          {compact ? null : <SourceLine sources={m.sources} period={m.period} derived={m.derived} />}
        </>
      ) : null}
      {!compact && kindsShown.length ? (
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
      {!compact && schools ? (
        <div className="legend-schools" data-testid="legend-schools">
          {schools.hiddenBy ? (
            <p className="muted small">{t(schools.hiddenBy === 'kind' ? 'schools.hidden.kind' : 'schools.hidden.level')}</p>
          ) : (
            <p className="small">
              <span className="ring" style={{ background: SCHOOL_FILL, borderColor: SCHOOL_RING }} aria-hidden="true" />
              {t('schools.legend')} <span className="muted">· {t('schools.legendCount', { n: schools.ids.length })}</span>
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
