/** Messages of regional editions and the compare view. */
const nl = {
  'edition.label': 'Editie {title}',
  'edition.demo': 'Let op: deze editie bevat illustratieve (niet echte) gegevens, bedoeld als voorbeeld.',
  'edition.extraElsewhere': 'De eigen gegevens van deze editie ({n} bestand(en)) staan in de site van de editie zelf; hier ziet u de landelijke gegevens.',
  'edition.problem': 'Een editiebestand is niet leesbaar en wordt overgeslagen: {problem}',
} as const;

const en: Record<keyof typeof nl, string> = {
  'edition.label': 'Edition {title}',
  'edition.demo': 'Note: this edition contains illustrative (not real) data, meant as an example.',
  'edition.extraElsewhere': 'This edition\'s own data ({n} file(s)) is in the edition\'s own site; here you see the national data.',
  'edition.problem': 'An edition file cannot be read and is skipped: {problem}',
} as const;

export const edition = { nl, en };
