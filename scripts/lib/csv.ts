/**
 * CSV for build steps: the shared pure RFC 4180 parser (src/data/csv.ts, also used in the browser for
 * imports) plus the checks a step needs — required columns present, every row as wide as the header — so a
 * renamed column or a broken row stops the build with the file, line and column.
 */
import { CsvSyntaxError, parseCsvRecords } from '../../src/data/csv';
import { SourceShapeError } from './errors';

/** Split CSV text into rows of fields (empty lines skipped). */
export function parseCsvRows(text: string, delimiter = ','): string[][] {
  return records(text, '(text)', delimiter).map((r) => r.fields);
}

function records(text: string, file: string, delimiter: string) {
  try {
    return parseCsvRecords(text, delimiter);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new SourceShapeError(file, `line ${e.line}`, e.message.replace(/^line \d+: /, ''));
    throw e;
  }
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Parse CSV with a header row; every column in `required` must be present (else SourceShapeError). */
export function readCsv(text: string, file: string, required: readonly string[], delimiter = ','): CsvTable {
  const all = records(text, file, delimiter);
  const header = all[0]?.fields;
  if (!header || (header.length === 1 && header[0] === '')) throw new SourceShapeError(file, '(header)', 'empty file: no header row');
  for (const col of required) {
    if (!header.includes(col)) throw new SourceShapeError(file, col, `column missing (header has: ${header.join(', ')})`);
  }
  const rows = all.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.length) throw new SourceShapeError(file, `line ${line}`, `has ${fields.length} fields, the header has ${header.length}`);
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = fields[k]!));
    return rec;
  });
  return { file, header, rows };
}
