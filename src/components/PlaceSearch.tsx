/**
 * Postcode / place search: "9401" or "Assen" → the map flies there and the panel says which arbeidsmarktregio
 * it lies in (with a button to choose it). places.json is lazy: loaded on the first search. Unknown input
 * gets a plain message and the nearest known names or postcodes.
 */
import { useState, type FormEvent } from 'react';
import type { PlaceRow } from '../data/schemas';
import { browserFetcher, loadFile, withFile } from '../data/load';
import { describeError } from '../data/validate';
import { indexPlaces, lookupPlace, type PlaceIndex, type PlaceLookup } from '../model/places';
import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';

const indexCache = new WeakMap<readonly PlaceRow[], PlaceIndex>();
const indexFor = (rows: readonly PlaceRow[]) => {
  let idx = indexCache.get(rows);
  if (!idx) indexCache.set(rows, (idx = indexPlaces(rows)));
  return idx;
};

type Status = { state: 'idle' } | { state: 'loading' } | { state: 'error'; detail: string } | { state: 'done'; result: PlaceLookup };

export function PlaceSearch({ dataBase = 'data/' }: { dataBase?: string }) {
  const t = useT();
  const ds = useDataset();
  const regionName = useStore((s) => (s.data.state === 'ready' ? s.data.dataset.index.regions : undefined));
  const { updateDataset, flyTo, setRegion } = useActions();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  if (!ds) return null;

  const show = (place: PlaceRow) => {
    flyTo({ lon: place.lon, lat: place.lat });
    setStatus({ state: 'done', result: { kind: 'found', place, others: [] } });
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    let rows = ds.files.places?.rows;
    if (!rows) {
      setStatus({ state: 'loading' });
      const got = await loadFile(browserFetcher, dataBase, ds.manifest, 'places');
      if (!got.ok) {
        setStatus({ state: 'error', detail: got.errors.map(describeError).join('; ') });
        return;
      }
      rows = got.data.rows;
      const data = got.data;
      updateDataset((d) => withFile(d, 'places', data));
    }
    const result = lookupPlace(indexFor(rows), query);
    if (result.kind === 'found') flyTo({ lon: result.place.lon, lat: result.place.lat });
    setStatus(result.kind === 'empty' ? { state: 'idle' } : { state: 'done', result });
  };

  const name = (code: string) => regionName?.get(code)?.name ?? code;
  const r = status.state === 'done' ? status.result : null;
  return (
    <section className="place-search" aria-label={t('places.label')}>
      <form onSubmit={onSubmit} role="search">
        <label htmlFor="place-search-input">{t('places.label')}</label>
        <div className="place-search-row">
          <input
            id="place-search-input"
            type="search"
            value={query}
            placeholder={t('places.placeholder')}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit">{t('places.submit')}</button>
        </div>
      </form>
      {/* a live region, not role=status: app-wide notices own that role */}
      <div aria-live="polite" className="place-search-result">
        {status.state === 'loading' ? <p className="muted">{t('places.loading')}</p> : null}
        {status.state === 'error' ? <p className="error">{t('places.loadError', { detail: status.detail })}</p> : null}
        {r?.kind === 'found' ? (
          <>
            <p>
              {t(r.place.kind === 'pc4' ? 'places.found.pc4' : 'places.found.place', {
                key: r.place.key,
                name: r.place.name,
                amr: name(r.place.arbeidsmarktregio),
                provincie: name(r.place.provincie),
              })}
            </p>
            {r.place.snapped ? <p className="muted">{t('places.snapped')}</p> : null}
            <button type="button" onClick={() => setRegion(r.place.arbeidsmarktregio)}>
              {t('places.selectRegion', { amr: name(r.place.arbeidsmarktregio) })}
            </button>
            {r.others.length ? <PlaceChoices label={t('places.others')} places={r.others} onPick={show} name={name} /> : null}
          </>
        ) : null}
        {r?.kind === 'unknown' ? (
          <>
            <p className="error">{t(r.what === 'pc4' ? 'places.unknown.pc4' : 'places.unknown.place', { query: r.query })}</p>
            {r.suggestions.length ? (
              <PlaceChoices label={t('places.suggest')} places={r.suggestions} onPick={show} name={name} />
            ) : (
              <p className="muted">{t('places.noSuggestion')}</p>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}

function PlaceChoices(props: { label: string; places: PlaceRow[]; onPick(p: PlaceRow): void; name(code: string): string }) {
  return (
    <div className="place-choices">
      <span className="muted">{props.label}</span>
      <ul>
        {props.places.map((p) => (
          <li key={`${p.key}-${p.gemeente}`}>
            <button type="button" onClick={() => props.onPick(p)}>
              {p.kind === 'pc4' ? `${p.key} ${p.name}` : `${p.name} (${props.name(p.arbeidsmarktregio)})`}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
