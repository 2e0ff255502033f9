/** Messages of the postcode / place search (src/components/PlaceSearch.tsx). */
const nl = {
  'places.label': 'Postcode of plaats',
  'places.placeholder': 'bijv. 9401 of Assen',
  'places.submit': 'Zoek',
  'places.loading': 'Postcodes en plaatsen laden…',
  'places.loadError': 'Postcodes en plaatsen konden niet worden geladen: {detail}. De kaart werkt verder gewoon.',
  'places.found.pc4': 'Postcode {key} ({name}) ligt in arbeidsmarktregio {amr} (provincie {provincie}).',
  'places.found.place': '{name} ligt in arbeidsmarktregio {amr} (provincie {provincie}).',
  'places.snapped': 'Dit punt ligt net buiten de vereenvoudigde grenzen; de dichtstbijzijnde gemeente is genomen.',
  'places.selectRegion': 'Kies regio {amr}',
  'places.others': 'Ook een plaats met deze naam:',
  'places.unknown.pc4': 'Postcode {query} is onbekend.',
  'places.unknown.place': 'Plaats "{query}" is onbekend.',
  'places.suggest': 'Bedoelt u:',
  'places.noSuggestion': 'Probeer een postcode van 4 cijfers of een plaatsnaam.',
} as const;

const en: Record<keyof typeof nl, string> = {
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

export const places = { nl, en };
