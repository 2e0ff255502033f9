/**
 * A small RFC 4180 CSV reader, pure (no Node APIs), so the same code reads source files in scripts/ and a
 * region's own file in the browser. Handles quoted fields with the delimiter, doubled quotes and line
 * breaks inside quotes, CRLF/LF line ends and a UTF-8 BOM. Each record keeps the line it started on, so a
 * validation report can name it.
 */

export interface CsvRecord {
  /** 1-based line number in the text where this record starts (the header is line 1) */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Split CSV text into records. Empty lines are skipped. Throws CsvSyntaxError on an unclosed quote. */
export function parseCsvRecords(text: string, delimiter = ','): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let startLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let sawAny = false;
  const endRecord = () => {
    fields.push(field);
    // a line with nothing on it is not a record
    if (!(fields.length === 1 && fields[0] === '' && !sawAny)) out.push({ line: startLine, fields });
    fields = [];
    field = '';
    sawAny = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
      sawAny = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      sawAny = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      field += c;
      sawAny = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine, 'a quoted field is not closed');
  if (field !== '' || fields.length > 0 || sawAny) endRecord();
  return out;
}

/** Header + rows as objects keyed by column name (trimmed header names). */
export function parseCsvObjects(
  text: string,
  delimiter = ',',
): { header: string[]; rows: { line: number; values: Record<string, string>; width: number }[] } {
  const records = parseCsvRecords(text, delimiter);
  const head = records[0];
  if (!head) return { header: [], rows: [] };
  const header = head.fields.map((h) => h.trim());
  const rows = records.slice(1).map((r) => {
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = r.fields[i] ?? ''));
    return { line: r.line, values, width: r.fields.length };
  });
  return { header, rows };
}

/**
 * A number as Dutch sources write it: decimal comma (`11,83`), optional thousands dots only when a comma is
 * also present (`1.234,5`), or a plain decimal point when `decimal` is '.'. Empty → null; junk → NaN.
 */
export function parseDecimal(raw: string, decimal: ',' | '.' = ','): number | null {
  const t = raw.trim();
  if (t === '') return null;
  let norm = t;
  if (decimal === ',') {
    if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) norm = t.replace(/\./g, '');
    norm = norm.replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(norm)) return Number.NaN;
  return Number(norm);
}
