/** Messages of the app shell: header, loading, errors, notices. Each feature keeps its own messages file. */
export const nl = {
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
  'app.notice.languageUnavailable': 'De Engelse teksten konden niet worden geladen (geen verbinding?). De kaart blijft in het Nederlands; probeer het opnieuw als er weer verbinding is.',
  'map.label': 'Kaart van de arbeidsmarktregio\'s',
  'map.noWebgl': 'Deze browser kan de kaart niet tekenen (geen WebGL). De tabel toont dezelfde gegevens.',
  'panel.filters': 'Filters',
  'panel.placeholder': 'Filters volgen hier: sector, regio, niveau, leerweg en soort aanbod.',
  'region.all': 'Heel Nederland',
  'region.selected': 'Geselecteerde regio',
  'view.label': 'Weergave',
  'view.map': 'Kaart',
  'view.table': 'Tabel',
  'view.route': 'Route',
  'view.compare': 'Vergelijk',
  'view.comingSoon': 'Deze weergave is nog in aanbouw.',
} as const;

export const app = { nl };
