import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useActions, useDataset, useStore } from '../../state/store';
import { useT } from '../../i18n/useT';
import { indexPlaces, lookupPlace, type PlaceLookup } from '../../model/places';
import type { PlaceRow } from '../../data/schemas';
import type { LonLat } from '../../model/distance';
import { regionAt } from '../../model/regionsInReach';

/**
 * Home postcode or place → filters.near (with the radius the slider shows). Lookup is pipeline's
 * src/model/places.ts; an unknown postcode or place gets its nearest matches as buttons.
 */
export function HomePicker({ radiusKm }: { radiusKm: number }) {
  const t = useT();
  const id = useId();
  const ds = useDataset();
  const near = useStore((s) => s.filters.near);
  const { setNear } = useActions();
  const rows = ds?.files.places?.rows;
  const index = useMemo(() => (rows ? indexPlaces(rows) : null), [rows]);
  const [text, setText] = useState(near?.label ?? '');
  const [result, setResult] = useState<PlaceLookup | null>(null);

  const choose = (p: PlaceRow, label: string) => {
    setText(label);
    setResult(null);
    setNear({ lon: p.lon, lat: p.lat, label, radiusKm });
  };
  // a postcode typed before the places file arrived is looked up as soon as it does
  const [pending, setPending] = useState<string | null>(null);
  const look = (q: string) => {
    if (!index) {
      setPending(q);
      return;
    }
    setPending(null);
    const r = lookupPlace(index, q);
    if (r.kind === 'found') choose(r.place, q.trim());
    else setResult(r);
  };
  useEffect(() => {
    if (index && pending !== null) look(pending);
  }, [index, pending]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    look(text);
  };
  const placesListed = ds?.manifest.files.some((f) => f.id === 'places') ?? false;
  const labelOf = (p: PlaceRow) => (p.kind === 'pc4' ? `${p.key} ${p.name}` : p.name);
  return (
    <form className="route-field home-picker" onSubmit={submit} role="search" aria-label={t('route.home.label')}>
      <label htmlFor={id}>{t('route.home.label')}</label>
      <div className="inline">
        <input id={id} type="text" value={text} maxLength={60} autoComplete="postal-code" placeholder={t('route.home.placeholder')} onChange={(e) => setText(e.target.value)} />
        <button type="submit">
          {t('route.home.go')}
        </button>
      </div>
      {!rows && !placesListed ? <p className="route-message">{t('route.home.noPlaces')}</p> : null}
      {!rows && placesListed && pending !== null ? <p className="muted">{t('route.home.loading')}</p> : null}
      {near ? (
        <p className="muted route-chosen" data-testid="route-home">
          {t('route.home.chosen', { label: near.label, region: regionName(ds, near) })}
        </p>
      ) : null}
      {result?.kind === 'unknown' ? (
        <div className="route-message" role="status">
          <p>{t(result.what === 'pc4' ? 'route.home.unknownPc4' : 'route.home.unknownPlace', { q: result.query })}</p>
          {result.suggestions.length > 0 ? (
            <ul className="suggestions">
              {result.suggestions.map((p) => (
                <li key={`${p.kind}-${p.key}`}>
                  <button type="button" onClick={() => choose(p, labelOf(p))}>
                    {labelOf(p)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function regionName(ds: ReturnType<typeof useDataset>, near: LonLat): string {
  const amr = ds?.files['regions-arbeidsmarktregio'];
  const code = amr ? regionAt(near, amr) : null;
  return code ? (ds?.index.regions.get(code)?.name ?? code) : '–';
}
