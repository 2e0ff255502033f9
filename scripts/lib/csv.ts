/**
 * Source CSV files for the build steps: the app's one CSV parser (src/data/csv.ts: RFC 4180 quotes with
 * delimiters and line breaks inside, BOM, CRLF) plus the checks a step needs, so a renamed column, a short row or
 * an unclosed quote stops the build with the file, the line and the column.
 */
import { CsvSyntaxError, parseCsvObjects } from '../../src/data/csv';
import { SourceShapeError } from './errors';

export interface CsvRecords {
  file: string;
  header: string[];
  /** `line`: where the row starts in the file (the header is line 1); `width`: how many fields it has */
  rows: { line: number; values: Record<string, string>; width: number }[];
}

/** Parse CSV with a header row; every column in `required` must be present. Rows may be shorter or longer. */
export function readCsvRecords(text: string, file: string, required: readonly string[], delimiter = ','): CsvRecords {
  let table: Omit<CsvRecords, 'file'>;
  try {
    table = parseCsvObjects(text, delimiter);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new SourceShapeError(file, `line ${e.line}`, 'a quoted field is not closed');
    throw e;
  }
  const { header } = table;
  if (header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw new SourceShapeError(file, '(header)', 'empty file: no header row');
  }
  for (const col of required) {
    if (!header.includes(col)) throw new SourceShapeError(file, col, `column missing (header has: ${header.join(', ')})`);
  }
  return { file, ...table };
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Parse CSV with a header row; every column in `required` must be present and every row as wide as the header. */
export function readCsv(text: string, file: string, required: readonly string[], delimiter = ','): CsvTable {
  const { header, rows } = readCsvRecords(text, file, required, delimiter);
  for (const r of rows) {
    if (r.width !== header.length) throw new SourceShapeError(file, `line ${r.line}`, `has ${r.width} fields, the header has ${header.length}`);
  }
  return { file, header, rows: rows.map((r) => r.values) };
}
