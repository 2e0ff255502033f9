/**
 * Messages that say what kind of figure is shown: regional or a national one repeated (legend, picker), and
 * differences of percentages in percentage points.
 */
export const nl = {
  'scope.group.regional': 'Regionale cijfers',
  'scope.group.landelijk': 'Landelijke cijfers (ROA)',
  'scope.regional.note': 'Regionaal cijfer: elke arbeidsmarktregio heeft een eigen waarde.',
  /** a difference between two percentages is in percentage points, not per cent */
  'scope.pp.one': '{n} procentpunt',
  'scope.pp.other': '{n} procentpunt',
  'scope.landelijk.note':
    'Landelijk cijfer: deze versie heeft alleen landelijke prognoses (ROA), dus de regio\'s verschillen nauwelijks. Vergelijk regio\'s met een regionaal cijfer, zoals WW per 100 of werkloosheid.',
} as const;

export const scope = { nl };
