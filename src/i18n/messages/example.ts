/** Messages for rows that come from example (illustrative) data: imported offers and regional lists from news items. */
export const nl = {
  'example.mark': 'voorbeeld',
  'example.offerNote': 'Voorbeeld uit een bericht, geen volledig of actueel aanbod. Periode volgens de bron: {period}.',
  'example.periodUnknown': 'ongedateerd',
  'example.sourcePage': 'Bron',
  'example.curated.title': 'Genoemd in regionale berichten (voorbeelden)',
  'example.curated.note': 'Voorbeelden uit regionale lijsten zoals berichten ze noemen, geen volledige regionale lijst.',
  'example.curated.counted': 'telt mee',
  'example.curated.notCounted': 'telt niet mee',
} as const;

export const example = { nl };
