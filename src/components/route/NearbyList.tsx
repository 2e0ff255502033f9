import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { countByRegion, type NearbyPlace } from '../../model/nearby';
import { joinList } from './reasons';
import { useNames } from './RelatedList';
import { Where, useKm } from './OfferLine';

const FIRST = 12;

/** Training locations within the radius, nearest first, each with its region and distance. */
export function NearbyList({ places, radiusKm, nearest }: { places: NearbyPlace[]; radiusKm: number; nearest: NearbyPlace | null }) {
  const t = useT();
  const names = useNames();
  const fmt = useKm();
  const [all, setAll] = useState(false);
  const regions = countByRegion(places).map((r) => `${names.region(r.region)} (${r.places})`);
  const shown = all ? places : places.slice(0, FIRST);
  return (
    <section className="route-section nearby" aria-labelledby="route-nearby-title">
      <h3 id="route-nearby-title">{t('route.nearby.title', { km: radiusKm })}</h3>
      {places.length > 0 ? (
        <p className="muted">
          {t(places.length === 1 ? 'route.nearby.summaryOne' : 'route.nearby.summary', { n: places.length, regions: joinList(t, regions) })}
        </p>
      ) : (
        <p className="route-message">
          {t('route.nearby.empty', { km: radiusKm })}{' '}
          {nearest
            ? t('route.nearby.nearest', { provider: nearest.provider, place: nearest.place ?? '', region: names.region(nearest.region), dist: fmt(nearest.km) })
            : null}
        </p>
      )}
      <ul className="nearby-list" aria-label={t('route.nearby.title', { km: radiusKm })}>
        {shown.map((p) => (
          <li key={p.key} data-region={p.region}>
            <div>
              <strong>{p.provider}</strong>
              {p.name && p.name !== p.provider ? <span className="muted"> — {p.name}</span> : null}
            </div>
            <Where address={p.address} postcode={p.postcode} place={p.place} region={p.region} km={p.km} />
            <div className="muted programmes">
              {p.offers.length > 0
                ? `${t(p.offers.length === 1 ? 'route.nearby.programmesOne' : 'route.nearby.programmes', { n: p.offers.length })}: ${p.offers.slice(0, 3).map((o) => o.title).join('; ')}${p.offers.length > 3 ? ' …' : ''}`
                : t('route.nearby.mboLocation')}
            </div>
          </li>
        ))}
      </ul>
      {!all && places.length > FIRST ? (
        <button type="button" className="no-print" onClick={() => setAll(true)}>
          {t('route.nearby.more', { n: places.length })}
        </button>
      ) : null}
    </section>
  );
}
