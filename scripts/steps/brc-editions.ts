/**
 * BRC 2014 "editie 2025" codes that the 2015 workbook does not have, and the 2015 codes that editie 2025
 * no longer uses. ROA AIS 2026 (the demand figures) is coded in editie 2025; the ISCO structure on disk is
 * the 2015 workbook. The editie-2025 workbook itself (CBS, 2026) was not available offline, so each new
 * group's name carries a note on where the name was seen, and its ISCO unit groups are only those the
 * name clearly covers (the rest stay on the retired 2015 group, which names its successors).
 * Background: ../shared/sources/brc2014/PROVENANCE.md ("newer edition exists") and
 * ../shared/sources/roa-ais-2030-ed2026-nederland-per-brc/PROVENANCE.md.
 */

export interface NewGroep {
  code: string;
  name: string;
  segment: string;
  /** 2015 groups whose work it takes over (wholly or in part) */
  replaces: string[];
  /** ISCO-08 unit groups that move here from the 2015 groups (only where the name makes it clear) */
  isco: string[];
  note: string;
}

const JOBSY =
  'naam zoals ROA AIS 2026 (editie 2026) hem gebruikt, gezien in de lijst "vergelijkbare beroepen" van een derde partij ' +
  '(GitHub dennisbemer1007-pixel/Jobsy, Jobsy.Core/Data/Occupations/outlook.json, commit 0f304b4)';
const CBS_86355 =
  'naam uit CBS StatLine 86355NED "Werknemers; uurloon en beroep" (BRC 2014 editie 2025), gezien via een derde partij';

export const NEW_GROEPEN: NewGroep[] = [
  {
    code: '0132',
    name: '(Pedagogisch) medewerkers kinderopvang',
    segment: '013',
    replaces: ['0131'],
    isco: ['5311'],
    note: `Editie 2025 splitst 0131 "Leidsters kinderopvang en onderwijsassistenten"; ${JOBSY}. ISCO 5311 Kinderverzorgers.`,
  },
  {
    code: '0133',
    name: 'Onderwijsassistenten',
    segment: '013',
    replaces: ['0131'],
    isco: ['5312'],
    note: `Editie 2025 splitst 0131 "Leidsters kinderopvang en onderwijsassistenten"; ${JOBSY}. ISCO 5312 Onderwijsassistenten.`,
  },
  {
    code: '0756',
    name: 'Slagers en bakkers',
    segment: '075',
    replaces: ['0751', '0752'],
    isco: ['7511', '7512'],
    note:
      `Editie 2025 voegt 0751 Slagers en 0752 Bakkers samen; ${JOBSY}. Dat 0756 deze naam draagt is afgeleid: ` +
      'het is de enige nieuwe code in segment 075 en de enige nieuwe naam voor dat segment.',
  },
  {
    code: '0813',
    name: 'Systeemanalisten en ICT-adviseurs',
    segment: '081',
    replaces: ['0811'],
    isco: ['2511'],
    note: `Editie 2025 splitst 0811 "Software- en applicatieontwikkelaars"; ${CBS_86355} (0813 "Systems analysts and ICT advisers"). ISCO 2511 draagt dezelfde naam.`,
  },
  {
    code: '0814',
    name: 'Software- en applicatieontwikkelaars',
    segment: '081',
    replaces: ['0811'],
    isco: ['2512', '2513', '2514', '2519'],
    note: `Editie 2025 splitst 0811; ${CBS_86355} (0814 "Software and application developers"). ISCO 2512–2514 en 2519 (ontwikkelaars).`,
  },
  {
    code: '1223',
    name: 'Laders, lossers en vakkenvullers',
    segment: '122',
    replaces: ['1221'],
    isco: ['9333', '9334'],
    note:
      `Editie 2025 herverdeelt 1221 en 1222; ${JOBSY}. Welke code welke naam draagt volgt uit die lijst: ` +
      '1224 noemt "Laders, lossers en vakkenvullers" als vergelijkbaar beroep, 1223 noemt "Fietskoeriers en dagbladenbezorgers". ' +
      'ISCO 9333 Laders en lossers, 9334 Vakkenvullers.',
  },
  {
    code: '1224',
    name: 'Fietskoeriers en dagbladenbezorgers',
    segment: '122',
    replaces: ['1221', '1222'],
    isco: ['9331', '9510', '9621'],
    note:
      `Editie 2025 herverdeelt 1221 en 1222; ${JOBSY} (toewijzing aan 1224 zoals bij 1223 uitgelegd). ` +
      'ISCO 9331 Fietskoeriers, 9510 Kranten- en flyeruitdelers, 9621 Boden en bestellers. Waar vuilnisophalers (9611–9613) ' +
      'in editie 2025 staan, is offline niet vast te stellen: zij blijven bij 1222.',
  },
];

/** 2015 codes editie 2025 no longer uses, with their successors (empty: no successor, no figures). */
export const RETIRED: Record<string, { replacedBy: string[]; note: string }> = {
  '0131': { replacedBy: ['0132', '0133'], note: 'Niet meer in editie 2025: gesplitst in 0132 en 0133 (ROA AIS 2026 gebruikt die).' },
  '0751': { replacedBy: ['0756'], note: 'Niet meer in editie 2025: samengevoegd met 0752 in 0756 Slagers en bakkers.' },
  '0752': { replacedBy: ['0756'], note: 'Niet meer in editie 2025: samengevoegd met 0751 in 0756 Slagers en bakkers.' },
  '0811': { replacedBy: ['0813', '0814'], note: 'Niet meer in editie 2025: gesplitst in 0813 en 0814.' },
  '1221': {
    replacedBy: ['1223', '1224'],
    note: 'Niet meer in editie 2025: laders, lossers en vakkenvullers naar 1223, fietskoeriers naar 1224; koetsiers (ISCO 9332) offline onbekend.',
  },
  '1222': {
    replacedBy: ['1224'],
    note: 'Niet meer in editie 2025: bezorgers naar 1224; vuilnisophalers, straatverkopers en overige elementaire beroepen (ISCO 95xx/96xx) offline onbekend.',
  },
  '1311': { replacedBy: [], note: 'Niet meer in editie 2025 (ROA AIS 2026 heeft geen figuren voor "Overig"); ISCO-codes zonder nadere differentiatie.' },
};
