/** Counts of one read as one: "1 opleiding", "1 region", not "1 opleidingen" / "1 regions" (src/i18n translate). */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';

describe('singular forms', () => {
  it('n = 1 takes the key\'s .one form in both languages; other counts the plural', () => {
    expect(translate('nl', 'filters.countOffers', { n: 1 })).toBe('1 opleiding');
    expect(translate('nl', 'filters.countOffers', { n: 2 })).toBe('2 opleidingen');
    expect(translate('nl', 'filters.countOffers', { n: 0 })).toBe('0 opleidingen');
    expect(translate('nl', 'legend.regions', { n: 1 })).toBe('1 regio');
    expect(translate('nl', 'legend.regions', { n: 9 })).toBe("9 regio's");
    expect(translate('en', 'lists.offersNearby', { n: 1 })).toBe('1 offer');
    expect(translate('en', 'lists.offersNearby', { n: 1500 })).toBe('1,500 offers');
    expect(translate('en', 'route.nearby.summary', { n: 1, regions: 'Drenthe' })).toBe('1 location: Drenthe');
  });

  it('a key without a .one form is used as it is for n = 1', () => {
    expect(translate('nl', 'card.km', { n: 1 })).toBe('1 km');
  });
});
