import { useState } from 'react';
import { useDataset } from '../state/store';
import { useT } from '../i18n/useT';
import { MatchingOffers } from './OfferList';
import { SchoolList } from './SchoolList';
import { useFacets, useSchools } from './useModel';

/**
 * The side panel's training tab: the offers matching the filters, or — switched with two buttons — the mbo school
 * locations, which are places without programmes and so never mixed into the offers list or its count.
 */
export function OffersPanel() {
  const t = useT();
  const hasSchools = useDataset()?.manifest.files.some((f) => f.id === 'school-locations') ?? false;
  const facets = useFacets();
  const schools = useSchools();
  const [show, setShow] = useState<'offers' | 'schools'>('offers');
  if (!hasSchools) return <MatchingOffers label={t('lists.offers')} />;
  const choice = (id: 'offers' | 'schools', label: string, n: number | undefined) => (
    <button type="button" aria-pressed={show === id} onClick={() => setShow(id)}>
      {label} {n !== undefined ? <span className="tab-count">{n}</span> : null}
    </button>
  );
  return (
    <>
      <div className="offer-switch" role="group" aria-label={t('schools.switch')}>
        {choice('offers', t('lists.offers'), facets?.offerIds.length)}
        {choice('schools', t('schools.tab'), schools?.ids.length)}
      </div>
      {show === 'offers' ? <MatchingOffers label={t('lists.offers')} /> : <SchoolList label={t('schools.list')} />}
    </>
  );
}
