/**
 * CSV of the lists on screen (occupations, offers): RFC 4180 quoting, a header row, then the rows, then the
 * source lines under an empty row — so a sheet passed on still says where its figures come from.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula; text cells that
 * start like that get a leading apostrophe ("formula injection", OWASP). Numbers are written as numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
  /** "Bron: …" lines, written after an empty row */
  notes: string[];
}

/** The whole file, CRLF line ends (RFC 4180) and a byte-order mark so Excel reads accents as UTF-8. */
export function toCsv(table: CsvTable): string {
  const width = table.header.length;
  for (const [i, r] of table.rows.entries()) {
    if (r.length !== width) throw new Error(`CSV row ${i + 1} has ${r.length} cells, the header has ${width}`);
  }
  const lines = [table.header, ...table.rows].map((r) => r.map(csvCell).join(','));
  if (table.notes.length) lines.push('', ...table.notes.map((n) => csvCell(n)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
