/** English for ../scope.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../scope';

export const scope: Record<keyof typeof nl, string> = {
  'scope.group.regional': 'Regional figures',
  'scope.group.landelijk': 'National figures (ROA)',
  'scope.regional.note': 'Regional figure: every labour-market region has a value of its own.',
  'scope.pp.one': '{n} percentage point',
  'scope.pp.other': '{n} percentage points',
  'scope.landelijk.note':
    'National figure: this build has national outlooks (ROA) only, so regions hardly differ. Compare regions with a regional figure such as WW per 100 or unemployment.',
};
