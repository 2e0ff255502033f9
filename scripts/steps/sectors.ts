/**
 * The sector table: BRC beroepsklassen (the app's sector filter) ↔ the sector labels training data uses.
 * Hand-made from the names and contents of each label; reasons in docs/sectors.md. A label with no
 * honest klasse (cross-sector or unspecified) is listed in UNLINKED with the reason, so no label found in a
 * source is dropped silently: the build checks every label in the on-disk sources is in one of the two.
 */
import type { z } from 'zod';
import type { sectorLink } from '../../src/data/schemas';

type SectorLink = z.infer<typeof sectorLink>;

/** Short sector labels for the 13 beroepsklassen (filter chips; the full name stays in `name`). */
export const KLASSE_SHORT: Record<string, string> = {
  '01': 'Onderwijs en kinderopvang',
  '02': 'Creatief en taal',
  '03': 'Commercieel',
  '04': 'Economie en administratie',
  '05': 'Management',
  '06': 'Openbaar bestuur, veiligheid en recht',
  '07': 'Techniek',
  '08': 'ICT',
  '09': 'Agrarisch en groen',
  '10': 'Zorg en welzijn',
  '11': 'Dienstverlening',
  '12': 'Transport en logistiek',
  '13': 'Overig',
};

export const SECTOR_LINKS: SectorLink[] = [
  // SBB sectorkamers (crebo list, column sectorkamer_naam)
  { scheme: 'sectorkamer', label: 'Techniek en gebouwde omgeving', klassen: ['07'] },
  { scheme: 'sectorkamer', label: 'Voedsel, groen en gastvrijheid', klassen: ['07', '09', '11'] },
  { scheme: 'sectorkamer', label: 'Mobiliteit, transport, logistiek en maritiem', klassen: ['07', '12'] },
  { scheme: 'sectorkamer', label: 'Ict en creatieve industrie', klassen: ['02', '08'] },
  { scheme: 'sectorkamer', label: 'Specialistisch vakmanschap', klassen: ['07', '10'] },
  { scheme: 'sectorkamer', label: 'Handel', klassen: ['03'] },
  { scheme: 'sectorkamer', label: 'Zorg, welzijn en sport', klassen: ['01', '10'] },
  { scheme: 'sectorkamer', label: 'Zakelijke dienstverlening en veiligheid', klassen: ['04', '06'] },
  { scheme: 'sectorkamer', label: 'Entree', klassen: ['03', '07', '09', '10', '11', '12'] },
  // CROHO onderdelen (HOVI, column croho_sector)
  { scheme: 'croho-sector', label: 'economie', klassen: ['03', '04', '05'] },
  { scheme: 'croho-sector', label: 'onderwijs', klassen: ['01'] },
  { scheme: 'croho-sector', label: 'techniek', klassen: ['07', '08'] },
  { scheme: 'croho-sector', label: 'natuur', klassen: ['07', '08'] },
  { scheme: 'croho-sector', label: 'taal_en_cultuur', klassen: ['02'] },
  { scheme: 'croho-sector', label: 'gedrag_en_maatschappij', klassen: ['04', '10'] },
  { scheme: 'croho-sector', label: 'gezondheidszorg', klassen: ['10'] },
  { scheme: 'croho-sector', label: 'recht', klassen: ['06'] },
  { scheme: 'croho-sector', label: 'landbouw_en_natuurlijke_omgeving', klassen: ['09'] },
];

/** Labels deliberately without a klasse: offers under them get a sector only through their own occupation links. */
export const UNLINKED: Record<string, Record<string, string>> = {
  sectorkamer: {
    Bovensectoraal: 'opleidingen over sectoren heen (28 crebo-codes); geen eenduidige beroepsklasse',
    'niet gespecificeerd naar sector': 'geen sector opgegeven (17 codes)',
  },
  'croho-sector': {
    sectoroverstijgend: 'brede opleidingen (o.a. liberal arts); geen eenduidige beroepsklasse',
    '': 'geen CROHO-code (vooral niet-bekostigde opleidingen)',
  },
};
