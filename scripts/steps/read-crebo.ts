/**
 * The crebo list (cedanl copy of SBB's codes): the catalogue of mbo qualifications — name, level, leerweg,
 * sectorkamer, dossier. The 79xxx hoofdgroep placeholders and 79999 (AKA) are not qualifications and are left out.
 */
import type { Leerweg, Level, QualificationRow } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import type { OccupationIndex } from '../lib/occupation-index';

export const CREBO_FILE = 'sbb-crebo-lijst-cedanl/crebo.csv';
export const CREBO_SOURCE = 'sbb-crebo-lijst-cedanl';
const COLUMNS = ['code', 'naam', 'niveau', 'niveau_naam', 'leerweg', 'dossier_code', 'dossier_naam', 'sectorkamer_code', 'sectorkamer_naam'] as const;

const LEVELS: Record<string, Level> = { '1': 'mbo1', '2': 'mbo2', '3': 'mbo3', '4': 'mbo4' };

/** '79000'–'79160' are hoofdgroep placeholders, 79999 is AKA: no qualification. */
export const isPlaceholder = (code: string) => /^79\d{3}$/.test(code) && (Number(code) <= 79160 || code === '79999');

export function readCreboCatalogue(text: string, file: string, occ: OccupationIndex | undefined): { rows: QualificationRow[]; placeholders: number } {
  const table = readCsv(text, file, COLUMNS);
  let placeholders = 0;
  const rows: QualificationRow[] = [];
  table.rows.forEach((r, i) => {
    const where = (col: string) => `row ${i + 2} (crebo ${r.code}), column ${col}`;
    const code = r.code!.trim();
    if (!/^\d{5}$/.test(code)) throw new SourceShapeError(file, where('code'), `expected a 5-digit crebo code, got ${JSON.stringify(r.code)}`);
    if (r.niveau && !LEVELS[r.niveau]) throw new SourceShapeError(file, where('niveau'), `expected 1–4 or empty, got ${JSON.stringify(r.niveau)}`);
    if (isPlaceholder(code)) {
      placeholders++;
      return;
    }
    const leerweg = (['BOL', 'BBL'] as Leerweg[]).filter((l) => r.leerweg!.split(',').includes(l));
    const sk = r.sectorkamer_naam!.trim();
    rows.push({
      crebo: code,
      name: r.naam!.trim(),
      ...(r.niveau ? { level: LEVELS[r.niveau] } : {}),
      ...(r.niveau_naam ? { levelName: r.niveau_naam } : {}),
      leerweg,
      ...(sk ? { sectorkamer: { code: r.sectorkamer_code!, name: sk } } : {}),
      ...(r.dossier_naam ? { dossier: { code: r.dossier_code!, name: r.dossier_naam.trim() } } : {}),
      klassen: [...(occ?.klassenForSector('sectorkamer', sk) ?? [])].sort(),
      groepen: [],
      source: CREBO_SOURCE,
    });
  });
  return { rows, placeholders };
}
