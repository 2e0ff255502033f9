/** Messages of offline use (service worker): working without a network, a newer version taking over. */
export const nl = {
  'offline.offline': 'Geen internetverbinding: de kaart werkt verder met de gegevens van je vorige bezoek.',
  'offline.updateReady': 'Er is een nieuwe versie van de kaart.',
  'offline.loadNow': 'Nu laden',
} as const;

export const offline = { nl };
