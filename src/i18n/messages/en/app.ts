/** English for ../app.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../app';

export const app: Record<keyof typeof nl, string> = {
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
  'app.notice.languageUnavailable': 'The English texts could not be loaded (no connection?). The map stays in Dutch; try again once you are back online.',
  'map.label': 'Map of the labour-market regions',
  'map.noWebgl': 'This browser cannot draw the map (no WebGL). The table shows the same data.',
  'panel.filters': 'Filters',
  'panel.placeholder': 'Filters will appear here: sector, region, level, learning pathway and kind of offer.',
  'region.all': 'All of the Netherlands',
  'region.selected': 'Selected region',
  'view.label': 'View',
  'view.map': 'Map',
  'view.table': 'Table',
  'view.route': 'Route',
  'view.compare': 'Compare',
  'view.comingSoon': 'This view is under construction.',
};
