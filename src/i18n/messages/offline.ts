/** Messages of offline use (service worker): working without a network, a newer version taking over. */
const nl = {
  'offline.offline': 'Geen internetverbinding: de kaart werkt verder met de gegevens van je vorige bezoek.',
  'offline.updateReady': 'Er is een nieuwe versie van de kaart.',
  'offline.loadNow': 'Nu laden',
} as const;

const en: Record<keyof typeof nl, string> = {
  'offline.offline': 'No internet connection: the map keeps working with the data from your previous visit.',
  'offline.updateReady': 'A new version of the map is available.',
  'offline.loadNow': 'Load it now',
};

export const offline = { nl, en };
