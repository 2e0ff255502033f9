/** The four cards, one chunk: CardHost loads it after the first screen, or at once when a card opens. */
export { OccupationCard } from './OccupationCard';
export { OfferCard } from './OfferCard';
export { RegionCard } from './RegionCard';
export { SchoolCard } from './SchoolCard';
