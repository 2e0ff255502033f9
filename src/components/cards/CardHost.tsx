import { Suspense, useEffect } from 'react';
import { useActions, useStore } from '../../state/store';
import { afterFirstScreen } from '../../data/firstScreen';
import { lazyNamed } from '../Deferred';

/**
 * One card at a time over the map: an offer or a school location above an occupation above the region.
 * Closing reveals the one below. The cards are a chunk of their own (cards.ts, ~6 KB gzip), kept out of the first
 * screen's JavaScript and fetched as soon as the first screen is drawn, so a click finds it in place; a card asked
 * for earlier (a link that opens one) fetches it at once and appears when it is in.
 */
type Cards = typeof import('./cards');
/** The chunk once it is in: then the cards render at once, as if they were part of this file (focus moves on the same click). */
let loaded: Cards | null = null;
const loadCards = () => import('./cards').then((m) => (loaded = m));
/** Before that: React.lazy stand-ins that fetch it. */
const pending: Cards = {
  OccupationCard: lazyNamed(loadCards, 'OccupationCard'),
  OfferCard: lazyNamed(loadCards, 'OfferCard'),
  RegionCard: lazyNamed(loadCards, 'RegionCard'),
  SchoolCard: lazyNamed(loadCards, 'SchoolCard'),
};

/** Is a card showing over the map? (Same order as CardHost.) */
export function useCardOpen(): boolean {
  return useStore((s) => Boolean(s.selection.offer || s.selection.school || s.selection.occupation || (s.filters.region && s.ui.regionCard)));
}

export function CardHost() {
  const offer = useStore((s) => s.selection.offer);
  const school = useStore((s) => s.selection.school);
  const occupation = useStore((s) => s.selection.occupation);
  const region = useStore((s) => s.filters.region);
  const regionCard = useStore((s) => s.ui.regionCard);
  const { selectOffer, selectSchool, selectOccupation, showRegionCard } = useActions();
  useEffect(() => void afterFirstScreen().then(loadCards), []);
  const { OccupationCard, OfferCard, RegionCard, SchoolCard } = loaded ?? pending;
  let card = null;
  if (offer) card = <OfferCard id={offer} onClose={() => selectOffer(null)} />;
  else if (school) card = <SchoolCard id={school} onClose={() => selectSchool(null)} />;
  else if (occupation) card = <OccupationCard groep={occupation} onClose={() => selectOccupation(null)} />;
  else if (region && regionCard) card = <RegionCard area={region} onClose={() => showRegionCard(false)} />;
  // no fallback: the chunk is local and usually in already; a "loading" line would flash over the map
  return card ? <Suspense fallback={null}>{card}</Suspense> : null;
}
