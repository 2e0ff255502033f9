/** English for ../example.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../example';

export const example: Record<keyof typeof nl, string> = {
  'example.mark': 'example',
  'example.offerNote': 'An example from a news item, not a complete or current catalogue. Period according to the source: {period}.',
  'example.periodUnknown': 'undated',
  'example.sourcePage': 'Source',
  'example.curated.title': 'Named in regional news items (examples)',
  'example.curated.note': 'Examples from regional lists as news items quote them, not the full regional list.',
  'example.curated.counted': 'counted',
  'example.curated.notCounted': 'not counted',
};
