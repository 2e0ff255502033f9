/**
 * Messages that say what kind of figure is shown: regional or a national one repeated (legend, picker), and
 * differences of percentages in percentage points.
 */
const nl = {
  'scope.group.regional': 'Regionale cijfers',
  'scope.group.landelijk': 'Landelijke cijfers (ROA)',
  'scope.regional.note': 'Regionaal cijfer: elke arbeidsmarktregio heeft een eigen waarde.',
  /** a difference between two percentages is in percentage points, not per cent */
  'scope.pp.one': '{n} procentpunt',
  'scope.pp.other': '{n} procentpunt',
  'scope.landelijk.note':
    'Landelijk cijfer: deze versie heeft alleen landelijke prognoses (ROA), dus de regio\'s verschillen nauwelijks. Vergelijk regio\'s met een regionaal cijfer, zoals WW per 100 of werkloosheid.',
} as const;

const en: Record<keyof typeof nl, string> = {
  'scope.group.regional': 'Regional figures',
  'scope.group.landelijk': 'National figures (ROA)',
  'scope.regional.note': 'Regional figure: every labour-market region has a value of its own.',
  'scope.pp.one': '{n} percentage point',
  'scope.pp.other': '{n} percentage points',
  'scope.landelijk.note':
    'National figure: this build has national outlooks (ROA) only, so regions hardly differ. Compare regions with a regional figure such as WW per 100 or unemployment.',
};

export const scope = { nl, en };
