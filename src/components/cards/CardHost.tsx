import { useActions, useStore } from '../../state/store';
import { OccupationCard } from './OccupationCard';
import { OfferCard } from './OfferCard';
import { RegionCard } from './RegionCard';
import { SchoolCard } from './SchoolCard';

/**
 * One card at a time over the map: an offer or a school location above an occupation above the region.
 * Closing reveals the one below.
 */
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
  if (offer) return <OfferCard id={offer} onClose={() => selectOffer(null)} />;
  if (school) return <SchoolCard id={school} onClose={() => selectSchool(null)} />;
  if (occupation) return <OccupationCard groep={occupation} onClose={() => selectOccupation(null)} />;
  if (region && regionCard) return <RegionCard area={region} onClose={() => showRegionCard(false)} />;
  return null;
}
