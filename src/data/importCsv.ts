/**
 * The import CSV format for a region's own figures and lists (docs/import-format.md): one row per
 * region × occupation group × indicator, or a `kansberoep` row marking a group for a region, told apart by the
 * `type` column. Pure (no Node APIs): the build (scripts/lib/import-csv.ts) and the browser use the same code.
 *
 * Validation is row by row: a bad row is reported (row = line in the file, column, problem) and left out,
 * every good row is imported. Other row types (e.g. `offer`) plug in through `rowTypes` without changing this file.
 */
import { CsvSyntaxError, parseCsvRecords, parseDecimal } from './csv';
import { WEB_URL, type CuratedRow, type IndicatorRow } from './schemas';
import { BUILTIN_ROW_TYPES } from './importRowTypes';
import { areaResolver } from './importArea';

export interface ImportProblem {
  /** line in the file (the header is line 1) */
  row: number;
  /** column name as the format names it, when the problem is in one cell */
  column?: string;
  message: string;
}

/** A source named in the file's `source` column; becomes a manifest source entry. */
export interface ImportedSource {
  id: string;
  title: string;
  url?: string;
  licence?: string;
}

/** What a row handler can read: trimmed cells by (lower-case) column name and checked helpers. */
export interface ImportRowReader {
  line: number;
  /** the cell, trimmed; '' when empty or the column is absent */
  get(column: string): string;
  has(column: string): boolean;
  /** record a problem in this row (the row is then left out) */
  problem(column: string | undefined, message: string): void;
  /** record a warning about this row (the row is kept); it goes to `warnings` as "row N, column C: …" */
  warn(column: string, message: string): void;
  /** required non-empty cell */
  required(column: string): string | undefined;
  /** optional number (decimal point or comma); undefined when empty; problem when not a number */
  number(column: string): number | undefined;
  /** area code from `area` (a code, or a region name when the context knows names; see importArea.ts) */
  area(column?: string): string | undefined;
  /**
   * every region the `area` cell can mean, without a warning: [code], or [AMxx, PVxx] for a name that is both —
   * for a cell that is only a check (an offer's place must lie in it)
   */
  areas(column?: string): string[] | undefined;
  /** 4-digit BRC beroepsgroep from `groep` ("114" → "0114"); checked against known groups when given */
  groep(column?: string, required?: boolean): string | undefined;
  /** the source id for this row's `source` (+ `source_url`, `licence`) */
  source(): string | undefined;
  /** required `period`, as the source states it (4–20 characters) */
  period(): string | undefined;
}

export type RowTypeHandler = (r: ImportRowReader, ctx: ImportContext) => unknown | undefined;

export interface ImportContext {
  /**
   * region code → name (AMxx, PVxx); when given, unknown codes are problems and names are accepted (a name that is
   * both an arbeidsmarktregio and a provincie is taken as the arbeidsmarktregio, with a warning)
   */
  regions?: ReadonlyMap<string, string>;
  /** BRC groep code → name; when given, unknown groups are problems */
  groepen?: ReadonlyMap<string, string>;
  /** extra row types (e.g. `offer`), by the value of the `type` column */
  rowTypes?: Record<string, RowTypeHandler>;
  /** the columns those extra row types read (so they are not reported as unknown) */
  extraColumns?: readonly string[];
  /** type used when the file has no `type` column (default `indicator`) */
  defaultType?: string;
}

export interface ImportResult {
  indicators: IndicatorRow[];
  curated: CuratedRow[];
  /** rows of extra row types, by type */
  other: Record<string, unknown[]>;
  sources: ImportedSource[];
  problems: ImportProblem[];
  /** data rows read (not counting the header) */
  rowsRead: number;
  /** notes that are not row problems (e.g. columns this format does not know, a region name that is ambiguous) */
  warnings: string[];
}

export const KNOWN_COLUMNS = [
  'type', 'area', 'groep', 'occupation', 'indicator', 'value', 'class', 'pct', 'period', 'source', 'source_url', 'licence',
  'status', 'reason', 'completeness',
] as const;

/** The delimiter of the header line: `;`, tab or `,` (whichever occurs most). */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** "Voorbeeldregio (synthetisch)" → "voorbeeldregio-synthetisch", at most `max` characters: for ids */
export const slug = (s: string, max = 60) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');

export const importSourceId = (title: string) => `import-${slug(title) || 'bron'}`;

export function parseImportCsv(text: string, ctx: ImportContext = {}): ImportResult {
  const result: ImportResult = { indicators: [], curated: [], other: {}, sources: [], problems: [], rowsRead: 0, warnings: [] };
  let records;
  try {
    records = parseCsvRecords(text, detectDelimiter(text));
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      result.problems.push({ row: e.line, message: `${e.message.replace(/^line \d+: /, '')}; nothing was imported` });
      return result;
    }
    throw e;
  }
  const head = records[0];
  if (!head) {
    result.problems.push({ row: 1, message: 'the file is empty' });
    return result;
  }
  const header = head.fields.map((h) => h.trim().toLowerCase());
  const col = new Map(header.map((h, i) => [h, i]));
  const knownColumns = new Set<string>([...KNOWN_COLUMNS, ...(ctx.extraColumns ?? [])]);
  const unknown = header.filter((h) => h !== '' && !knownColumns.has(h));
  if (unknown.length) result.warnings.push(`columns not in the format, ignored: ${unknown.join(', ')}`);
  const handlers: Record<string, RowTypeHandler> = { ...BUILTIN_ROW_TYPES, ...ctx.rowTypes };
  for (const required of ['area', 'period', 'source']) {
    if (!col.has(required)) result.problems.push({ row: 1, column: required, message: `the header has no "${required}" column; nothing was imported` });
  }
  if (result.problems.length) return result;

  const sources = new Map<string, ImportedSource>();
  const seen = new Map<string, number>();
  const resolveArea = areaResolver(ctx.regions);

  for (const rec of records.slice(1)) {
    result.rowsRead++;
    const problems: ImportProblem[] = [];
    const line = rec.line;
    const get = (c: string) => (rec.fields[col.get(c) ?? -1] ?? '').trim();
    const r: ImportRowReader = {
      line,
      get,
      has: (c) => col.has(c),
      problem: (column, message) => problems.push({ row: line, ...(column ? { column } : {}), message }),
      warn: (column, message) => result.warnings.push(describeProblem({ row: line, column, message })),
      required(c) {
        const v = get(c);
        if (v === '') r.problem(c, 'is empty');
        return v || undefined;
      },
      number(c) {
        const v = parseDecimal(get(c), get(c).includes(',') ? ',' : '.');
        if (v === null) return undefined;
        if (!Number.isFinite(v)) {
          r.problem(c, `"${get(c)}" is not a number (write 11.83 or 11,83, without thousands separators)`);
          return undefined;
        }
        return v;
      },
      area(c = 'area') {
        const a = resolved(c);
        if (a?.warning) r.warn(c, a.warning);
        return a?.code;
      },
      areas(c = 'area') {
        const a = resolved(c);
        return a && (a.also ? [a.code, a.also] : [a.code]);
      },
      groep(c = 'groep', required = true) {
        const v = get(c);
        if (v === '') {
          if (required) r.problem(c, 'is empty');
          return undefined;
        }
        // spreadsheets drop leading zeros: 114 → 0114
        const code = /^\d{1,4}$/.test(v) ? v.padStart(4, '0') : undefined;
        if (!code) {
          r.problem(c, `"${v}" is not a BRC beroepsgroep code (4 digits, e.g. 0114)`);
          return undefined;
        }
        if (ctx.groepen && !ctx.groepen.has(code)) {
          r.problem(c, `unknown BRC beroepsgroep "${code}"`);
          return undefined;
        }
        return code;
      },
      period() {
        const p = r.required('period');
        if (!p || (p.length >= 4 && p.length <= 20)) return p;
        r.problem('period', `"${p}" is not a period as the source states it (4–20 characters, e.g. 2026Q1, 2025-2030)`);
        return undefined;
      },
      source() {
        const title = r.required('source');
        if (!title) return undefined;
        const id = importSourceId(title);
        const url = get('source_url');
        if (url && !WEB_URL.test(url)) return void r.problem('source_url', `"${url}" is not a web address (http:// or https://)`);
        const licence = get('licence');
        const known = sources.get(id);
        if (!known) sources.set(id, { id, title, ...(url ? { url } : {}), ...(licence ? { licence } : {}) });
        else {
          if (!known.url && url) known.url = url;
          if (!known.licence && licence) known.licence = licence;
        }
        return id;
      },
    };
    /** the `area` cell resolved (importArea.ts); a problem is recorded and undefined returned */
    function resolved(c: string) {
      const v = r.required(c);
      const a = v ? resolveArea(v) : undefined;
      if (a && 'problem' in a) return void r.problem(c, a.problem);
      return a;
    }
    const type = (col.has('type') ? get('type') : (ctx.defaultType ?? 'indicator')).toLowerCase();
    const handler = handlers[type];
    if (!handler) {
      r.problem('type', `unknown row type "${get('type')}" (known: ${Object.keys(handlers).join(', ')})`);
      result.problems.push(...problems);
      continue;
    }
    const value = handler(r, ctx);
    if (problems.length || value === undefined) {
      result.problems.push(...problems);
      continue;
    }
    const key = rowKey(type, value);
    const earlier = key ? seen.get(key) : undefined;
    if (earlier !== undefined) {
      result.problems.push({ row: line, message: `repeats row ${earlier} (same type, area, group, indicator and period); left out` });
      continue;
    }
    if (key) seen.set(key, line);
    if (type === 'indicator') result.indicators.push(value as IndicatorRow);
    else if (type === 'kansberoep') result.curated.push(value as CuratedRow);
    else (result.other[type] ??= []).push(value);
  }
  result.sources = [...sources.values()];
  return result;
}

function rowKey(type: string, v: unknown): string | undefined {
  if (type === 'indicator') {
    const r = v as IndicatorRow;
    return `i|${r.groep}|${r.area}|${r.indicator}|${r.period}`;
  }
  if (type === 'kansberoep') {
    const r = v as CuratedRow;
    return `k|${r.area}|${r.groep ?? r.occupation.toLowerCase()}|${r.period}|${r.sourceTitle}`;
  }
  return undefined;
}

/** "row 5, column value: …" */
export function describeProblem(p: ImportProblem): string {
  return `row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
}
