/** Messages of the postcode / place search (src/components/PlaceSearch.tsx). */
export const nl = {
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

export const places = { nl };
