/**
 * Reads the derived CBS StatLine files per arbeidsmarktregio
 * (../shared/sources/cbs-statline-regionaal-arbeidsmarkt-2025-04/derived/, `,`-separated, decimal point, ×1,000
 * where the column says so). Only the complete slices are in those files (see its PROVENANCE.md). Values are
 * turned into persons/jobs; nothing else is changed. Rows flagged `oude_afbakening` (a region with an older
 * composition mapped to today's code) are returned apart, so the caller can keep them out of a series.
 */
import { join } from 'node:path';
import { parseDecimal } from '../../src/data/csv';
import { readCsvRecords } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import { readSourceFile } from '../lib/source-file';

export const CBS_DIR = 'cbs-statline-regionaal-arbeidsmarkt-2025-04/derived';

export type Point = [string, number];
/** area → measure → points */
export type SeriesTable = Map<string, Map<string, Point[]>>;

export interface CbsTable {
  file: string;
  rows: { line: number; v: Record<string, string> }[];
}

export function readCbsCsv(sourcesDir: string, name: string, required: readonly string[]): CbsTable {
  const file = join(sourcesDir, CBS_DIR, name);
  const { rows } = readCsvRecords(readSourceFile(file), file, required, ',');
  return { file, rows: rows.map((r) => ({ line: r.line, v: r.values })) };
}

/** A number cell; empty → undefined (no value in CBS), junk → error naming file, line and column. */
export function cell(t: CbsTable, row: { line: number; v: Record<string, string> }, col: string): number | undefined {
  const n = parseDecimal(row.v[col] ?? '', '.');
  if (n === null) return undefined;
  if (Number.isNaN(n)) throw new SourceShapeError(t.file, `line ${row.line}, column ${col}`, `not a number: ${JSON.stringify(row.v[col])}`);
  return n;
}

export function areaOf(t: CbsTable, row: { line: number; v: Record<string, string> }): string {
  const code = row.v.regio_code ?? '';
  if (!/^(NL01|AM\d{2})$/.test(code)) throw new SourceShapeError(t.file, `line ${row.line}, column regio_code`, `expected NL01 or AMxx, got ${JSON.stringify(code)}`);
  return code;
}

export function addPoint(table: SeriesTable, area: string, measure: string, p: Point) {
  let byMeasure = table.get(area);
  if (!byMeasure) table.set(area, (byMeasure = new Map()));
  let pts = byMeasure.get(measure);
  if (!pts) byMeasure.set(measure, (pts = []));
  pts.push(p);
}

/** Round to `d` decimals (×1,000 figures become whole persons). */
export const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;

export interface ColumnMeasure {
  column: string;
  measure: string;
  /** ×1,000 → persons */
  thousands: boolean;
}

/**
 * Yearly/monthly columns → series. `periodColumn` names the period; rows with `oude_afbakening=1` are skipped and
 * counted per area (older composition). `fromPeriod` drops earlier periods (e.g. national rows from 2010 when the
 * regional ones start in 2014).
 */
export function readSeries(
  t: CbsTable,
  periodColumn: string,
  columns: readonly ColumnMeasure[],
  table: SeriesTable,
  opts: { fromPeriod?: string } = {},
): { skippedOld: Map<string, string[]> } {
  const skippedOld = new Map<string, string[]>();
  for (const row of t.rows) {
    const area = areaOf(t, row);
    const period = row.v[periodColumn] ?? '';
    if (!/^\d{4}(-\d{2})?$/.test(period)) throw new SourceShapeError(t.file, `line ${row.line}, column ${periodColumn}`, `unexpected period ${JSON.stringify(period)}`);
    if (opts.fromPeriod && period < opts.fromPeriod) continue;
    if (row.v.oude_afbakening === '1') {
      const l = skippedOld.get(area) ?? [];
      l.push(period);
      skippedOld.set(area, l);
      continue;
    }
    for (const c of columns) {
      const n = cell(t, row, c.column);
      if (n === undefined) continue;
      addPoint(table, area, c.measure, [period, c.thousands ? round(n * 1000) : n]);
    }
  }
  return { skippedOld };
}
