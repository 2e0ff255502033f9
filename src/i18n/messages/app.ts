/** Messages of the app shell: header, loading, errors, notices. Each feature keeps its own messages file. */
const nl = {
  'app.name': 'Inspiratiekaart',
  'app.tagline': 'Waar zijn de kansberoepen, en welke opleidingen leiden ernaartoe?',
  'app.skip': 'Naar de kaart',
  'app.lang': 'Taal',
  'app.loading': 'Gegevens laden…',
  'app.firstVisit': 'De kaart toont per arbeidsmarktregio waar de beroepen met goede vooruitzichten zijn. Begin met een klik op een regio.',
  'app.dataError.title': 'Niet alle gegevens konden worden geladen',
  'app.dataError.fatal': 'De kaart kan niet worden getoond: de gegevens van deze versie zijn niet te lezen.',
  'app.dataError.partial': 'De rest van de kaart werkt gewoon; wat hieronder staat ontbreekt.',
  'app.notice.linkParams': 'Een deel van de link was ongeldig en is genegeerd: {params}.',
  'app.notice.dismiss': 'Sluiten',
  'map.label': 'Kaart van de arbeidsmarktregio\'s',
  'map.noWebgl': 'Deze browser kan de kaart niet tekenen (geen WebGL). De tabel toont dezelfde gegevens.',
  'panel.filters': 'Filters',
  'panel.placeholder': 'Filters volgen hier: sector, regio, niveau, leerweg en soort aanbod.',
  'region.all': 'Heel Nederland',
  'region.selected': 'Geselecteerde regio',
} as const;

const en: Record<keyof typeof nl, string> = {
  'app.name': 'Inspiratiekaart',
  'app.tagline': 'Where are the occupations with good prospects, and which training leads there?',
  'app.skip': 'Skip to the map',
  'app.lang': 'Language',
  'app.loading': 'Loading data…',
  'app.firstVisit': 'The map shows, per labour-market region, where the occupations with good prospects are. Start by clicking a region.',
  'app.dataError.title': 'Not all data could be loaded',
  'app.dataError.fatal': 'The map cannot be shown: the data of this build cannot be read.',
  'app.dataError.partial': 'The rest of the map works; what is listed below is missing.',
  'app.notice.linkParams': 'Part of the link was invalid and was ignored: {params}.',
  'app.notice.dismiss': 'Close',
  'map.label': 'Map of the labour-market regions',
  'map.noWebgl': 'This browser cannot draw the map (no WebGL). The table shows the same data.',
  'panel.filters': 'Filters',
  'panel.placeholder': 'Filters will appear here: sector, region, level, learning pathway and kind of offer.',
  'region.all': 'All of the Netherlands',
  'region.selected': 'Selected region',
};

export const app = { nl, en };
