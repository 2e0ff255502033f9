/** English for ../offline.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../offline';

export const offline: Record<keyof typeof nl, string> = {
  'offline.offline': 'No internet connection: the map keeps working with the data from your previous visit.',
  'offline.updateReady': 'A new version of the map is available.',
  'offline.loadNow': 'Load it now',
};
