/**
 * A small RFC 4180 CSV reader: quoted fields may hold the delimiter, doubled quotes and line breaks (ESCO's
 * descriptions do). Returns rows as records keyed by the header, and checks the columns a step needs so a
 * renamed column stops the build with the file and the column name.
 */
import { SourceShapeError } from './errors';

/** Split CSV text into rows of fields. */
export function parseCsvRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a UTF-8 byte order mark is not part of the first column name
  const n = text.length;
  for (; i < n; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Parse CSV with a header row; every column in `required` must be present (else SourceShapeError). */
export function readCsv(text: string, file: string, required: readonly string[], delimiter = ','): CsvTable {
  const all = parseCsvRows(text, delimiter);
  const header = all[0];
  if (!header || header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw new SourceShapeError(file, '(header)', 'empty file: no header row');
  }
  for (const col of required) {
    if (!header.includes(col)) throw new SourceShapeError(file, col, `column missing (header has: ${header.join(', ')})`);
  }
  const rows: Record<string, string>[] = [];
  for (let r = 1; r < all.length; r++) {
    const fields = all[r]!;
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    if (fields.length !== header.length) {
      throw new SourceShapeError(file, `row ${r + 1}`, `has ${fields.length} fields, the header has ${header.length}`);
    }
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = fields[k]!));
    rows.push(rec);
  }
  return { file, header, rows };
}
