/**
 * Reads the CBS/ROA BRC 2014 workbook (2015 edition, Excel 97 BIFF) with SheetJS. The sheet
 * "BRC 2014 variabelen" has one row per ISCO-08 unit group with its BRC groep, segment and klasse and
 * the ISCO skill level: the whole hierarchy is derived from it (the "BRC-beroepssegment" sheet lacks the
 * label of segment 131, the variabelen sheet has it).
 */
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { SourceShapeError } from '../lib/errors';
import { readSourceFile } from '../lib/source-file';

export const BRC_SHEET = 'BRC 2014 variabelen';
const COLUMNS = [
  'ISCO2008unitgroup',
  'ISCO2008unitgrouplabel',
  'BRC2014beroepsgroep',
  'BRC2014beroepsgroep_label',
  'BRC2014beroepssegment',
  'BRC2014beroepssegment_label',
  'BRC2014beroepsklasse',
  'BRC2014beroepsklasse_label',
  'ISCO2008niveau',
] as const;

/** One ISCO-08 unit group as the workbook places it in BRC. */
export interface IscoRow {
  isco: string;
  iscoLabel: string;
  groep: string;
  groepName: string;
  segment: string;
  segmentName: string;
  klasse: string;
  klasseName: string;
  /** ISCO-08 skill level: 1–4; 0 for two "z.n.d." rows, 7 for "9999 Onbekend" */
  skillLevel: number;
}

const PATTERN: Record<(typeof COLUMNS)[number], RegExp> = {
  ISCO2008unitgroup: /^\d{4}$/,
  ISCO2008unitgrouplabel: /\S/,
  BRC2014beroepsgroep: /^\d{4}$/,
  BRC2014beroepsgroep_label: /\S/,
  BRC2014beroepssegment: /^\d{3}$/,
  BRC2014beroepssegment_label: /\S/,
  BRC2014beroepsklasse: /^\d{2}$/,
  BRC2014beroepsklasse_label: /\S/,
  ISCO2008niveau: /^\d$/,
};

/** Parse the workbook bytes; every cell the build uses is checked (file, row and column named on failure). */
export function readBrcWorkbook(bytes: Uint8Array, file: string): IscoRow[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array' });
  } catch (e) {
    throw new SourceShapeError(file, '(file)', `not a readable Excel workbook: ${(e as Error).message}`);
  }
  const sheet = wb.Sheets[BRC_SHEET];
  if (!sheet) throw new SourceShapeError(file, `sheet "${BRC_SHEET}"`, `missing (sheets: ${wb.SheetNames.join(', ')})`);
  // raw: false keeps codes as the text Excel shows, with their leading zeros
  const table = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
  const header = (table[0] ?? []).map(String);
  for (const col of COLUMNS) {
    if (!header.includes(col)) throw new SourceShapeError(file, `${BRC_SHEET}: column ${col}`, `missing (header has: ${header.join(', ')})`);
  }
  const idx = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const rows: IscoRow[] = [];
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!.map((v) => String(v).trim());
    if (cells.every((c) => c === '')) continue;
    const get = (col: (typeof COLUMNS)[number]) => {
      const v = cells[idx[col]] ?? '';
      if (!PATTERN[col].test(v)) throw new SourceShapeError(file, `${BRC_SHEET}: row ${r + 1}, column ${col}`, `unexpected value ${JSON.stringify(v)}`);
      return v;
    };
    rows.push({
      isco: get('ISCO2008unitgroup'),
      iscoLabel: get('ISCO2008unitgrouplabel'),
      groep: get('BRC2014beroepsgroep'),
      groepName: get('BRC2014beroepsgroep_label'),
      segment: get('BRC2014beroepssegment'),
      segmentName: get('BRC2014beroepssegment_label'),
      klasse: get('BRC2014beroepsklasse'),
      klasseName: get('BRC2014beroepsklasse_label'),
      skillLevel: Number(get('ISCO2008niveau')),
    });
  }
  return rows;
}

export function readBrcLocal(sourcesDir: string): { rows: IscoRow[]; file: string } {
  const file = join(sourcesDir, 'brc2014', 'brc2014.xls');
  return { rows: readBrcWorkbook(readSourceFile(file, 'bytes'), file), file };
}
