import { useT } from '../../i18n/useT';
import { useStore } from '../../state/store';
import { formatNumber } from '../../i18n';
import type { OfferRow, SchoolLocationRow } from '../../data/schemas';
import type { StepOffer } from '../../model/ladder';
import type { InReach } from '../../model/distance';
import type { MessageKey } from '../../i18n';
import { useNames } from './RelatedList';
import { ExampleMark } from '../ExampleMark';

export function useKm() {
  const lang = useStore((s) => s.view.lang);
  const t = useT();
  return (km: number) => t('route.km', { km: formatNumber(lang, km, 1) });
}

/** Where: address, place, region and distance — the same on screen and on paper. */
export function Where({ address, postcode, place, region, km }: { address?: string; postcode?: string; place?: string; region: string; km: number }) {
  const names = useNames();
  const fmt = useKm();
  const addr = [address, [postcode, place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <span className="where">
      {addr ? <span>{addr}</span> : null} <span className="region-tag">{names.region(region)}</span>{' '}
      <strong className="km">{fmt(km)}</strong>
    </span>
  );
}

function duration(t: ReturnType<typeof useT>, o: OfferRow): string | null {
  if (o.durationMonths) return t('route.offer.months', { n: o.durationMonths });
  return o.durationText ?? null;
}

/** One concrete offer in a ladder step: what, who, where, how far, leerweg, duration, how it ties to the goal. */
export function OfferLine({ offer }: { offer: StepOffer }) {
  const t = useT();
  const o = offer.item;
  const facts = [
    offer.bbl ? t('route.offer.bbl') : o.leerweg.includes('BOL') ? t('route.offer.bol') : null,
    duration(t, o),
    t(`route.offer.${offer.relevance}` as MessageKey),
  ].filter(Boolean);
  return (
    <div className="offer-line">
      <div>
        <strong>{o.title}</strong> — {o.provider}
        {o.example ? <> <ExampleMark period={o.period} /></> : null}
      </div>
      <Where address={o.location.address} postcode={o.location.postcode} place={o.location.place} region={offer.region} km={offer.km} />
      <div className="muted">{facts.join(' · ')}</div>
    </div>
  );
}

export function LocationLine({ loc }: { loc: InReach<SchoolLocationRow> }) {
  const t = useT();
  const l = loc.item;
  return (
    <div className="offer-line">
      <div>
        <strong>{l.provider}</strong> {l.name !== l.provider ? `— ${l.name}` : null}
      </div>
      <Where address={l.address} postcode={l.postcode} place={l.place} region={loc.region} km={loc.km} />
      <div className="muted">{t('route.nearby.mboLocation')}</div>
    </div>
  );
}
