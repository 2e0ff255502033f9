/** Messages for rows that come from example (illustrative) data: imported offers and regional lists from news items. */
const nl = {
  'example.mark': 'voorbeeld',
  'example.offerNote': 'Voorbeeld uit een bericht, geen volledig of actueel aanbod. Periode volgens de bron: {period}.',
  'example.periodUnknown': 'ongedateerd',
  'example.sourcePage': 'Bron',
  'example.curated.title': 'Genoemd in regionale berichten (voorbeelden)',
  'example.curated.note': 'Voorbeelden uit regionale lijsten zoals berichten ze noemen, geen volledige regionale lijst.',
  'example.curated.counted': 'telt mee',
  'example.curated.notCounted': 'telt niet mee',
} as const;

const en: Record<keyof typeof nl, string> = {
  'example.mark': 'example',
  'example.offerNote': 'An example from a news item, not a complete or current catalogue. Period according to the source: {period}.',
  'example.periodUnknown': 'undated',
  'example.sourcePage': 'Source',
  'example.curated.title': 'Named in regional news items (examples)',
  'example.curated.note': 'Examples from regional lists as news items quote them, not the full regional list.',
  'example.curated.counted': 'counted',
  'example.curated.notCounted': 'not counted',
};

export const example = { nl, en };
