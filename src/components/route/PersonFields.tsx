import { useId } from 'react';
import { useActions, useStore } from '../../state/store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n';
import type { PersonLevel } from '../../state/types';
import { MAX_RADIUS_KM, MIN_RADIUS_KM, clampRadius } from '../../model/distance';
import { PERSON_LEVELS } from '../../model/related';

export const levelKey = (l: PersonLevel) => `route.level.${l}` as MessageKey;

/** Highest finished education; empty = assume the entry level of the current occupation. */
export function LevelSelect({ assumed }: { assumed: PersonLevel | null }) {
  const t = useT();
  const id = useId();
  const level = useStore((s) => s.route.level);
  const { setRoute } = useActions();
  return (
    <div className="route-field">
      <label htmlFor={id}>{t('route.level.label')}</label>
      <select id={id} value={level ?? ''} onChange={(e) => setRoute({ level: (e.target.value || null) as PersonLevel | null })}>
        <option value="">{assumed ? t('route.level.assumed', { level: t(levelKey(assumed)) }) : '—'}</option>
        {PERSON_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(levelKey(l))}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Radius 5–75 km. The value lives in filters.near (and so in the link) once a home point exists; before that the
 * route view keeps it (`pending`) so the first home point starts with what the slider shows.
 */
export function RadiusSlider({ pending, setPending }: { pending: number; setPending(km: number): void }) {
  const t = useT();
  const id = useId();
  const near = useStore((s) => s.filters.near);
  const { setNear } = useActions();
  const radius = near?.radiusKm ?? pending;
  const change = (v: number) => {
    const km = clampRadius(v);
    setPending(km);
    if (near && near.radiusKm !== km) setNear({ ...near, radiusKm: km });
  };
  return (
    <div className="route-field radius-field">
      <label htmlFor={id}>
        {t('route.radius.label')}: <output htmlFor={id}>{t('route.radius.value', { km: radius })}</output>
      </label>
      <input
        id={id}
        type="range"
        min={MIN_RADIUS_KM}
        max={MAX_RADIUS_KM}
        step={1}
        value={radius}
        aria-valuetext={t('route.radius.value', { km: radius })}
        onChange={(e) => change(Number(e.target.value))}
      />
    </div>
  );
}
