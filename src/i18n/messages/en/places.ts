/** English for ../places.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../places';

export const places: Record<keyof typeof nl, string> = {
  'places.label': 'Postcode or place',
  'places.placeholder': 'e.g. 9401 or Assen',
  'places.submit': 'Search',
  'places.loading': 'Loading postcodes and places…',
  'places.loadError': 'Postcodes and places could not be loaded: {detail}. The map keeps working.',
  'places.found.pc4': 'Postcode {key} ({name}) lies in labour-market region {amr} (province {provincie}).',
  'places.found.place': '{name} lies in labour-market region {amr} (province {provincie}).',
  'places.snapped': 'This point lies just outside the simplified borders; the nearest municipality was taken.',
  'places.selectRegion': 'Choose region {amr}',
  'places.others': 'Also a place with this name:',
  'places.unknown.pc4': 'Postcode {query} is unknown.',
  'places.unknown.place': 'Place "{query}" is unknown.',
  'places.suggest': 'Did you mean:',
  'places.noSuggestion': 'Try a 4-digit postcode or a place name.',
};
