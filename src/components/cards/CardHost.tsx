import { useActions, useStore } from '../../state/store';
import { OccupationCard } from './OccupationCard';
import { OfferCard } from './OfferCard';
import { RegionCard } from './RegionCard';

/** One card at a time over the map: an offer above an occupation above the region. Closing reveals the one below. */
export function CardHost() {
  const offer = useStore((s) => s.selection.offer);
  const occupation = useStore((s) => s.selection.occupation);
  const region = useStore((s) => s.filters.region);
  const regionCard = useStore((s) => s.ui.regionCard);
  const { selectOffer, selectOccupation, showRegionCard } = useActions();
  if (offer) return <OfferCard id={offer} onClose={() => selectOffer(null)} />;
  if (occupation) return <OccupationCard groep={occupation} onClose={() => selectOccupation(null)} />;
  if (region && regionCard) return <RegionCard area={region} onClose={() => showRegionCard(false)} />;
  return null;
}
