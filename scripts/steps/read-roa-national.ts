/**
 * Reads the national ROA AIS 2030 (editie 2026) extract per BRC beroepsgroep
 * (../shared/sources/roa-ais-2030-ed2026-nederland-per-brc/): `;`-separated, decimal comma, one row per group
 * plus the `999999` total. Yields indicator rows for NL01 (scope national) with the source's own classes.
 *
 * `huidige_*` is ROA's "indicator huidige arbeidsmarktsituatie beroep (2026Q1)" (UWV via ROA). Its class is ROA's
 * own (values up to 16 are still `krap`), so it is kept as given and never reclassified with UWV's thresholds.
 */
import { join } from 'node:path';
import { parseCsvRecords, parseDecimal } from '../../src/data/csv';
import type { IndicatorRow } from '../../src/data/schemas';
import { SourceShapeError } from '../lib/errors';
import { readSourceFile } from '../lib/source-file';

export const ROA_NATIONAL_SOURCE = 'roa-ais-2030-ed2026-nl';
export const ROA_NATIONAL_FILE = 'roa-ais-2030-ed2026-nederland-per-brc/roa_ais2030_ed2026_nederland_per_brc.csv';
/** the source's code for the total over all beroepsgroepen: not a group */
export const ROA_TOTAL_CODE = '999999';

const COLUMNS = [
  'brc',
  'uitbreiding_typering',
  'uitbreiding_aantal',
  'uitbreiding_perc6jr',
  'vervanging_typering',
  'vervanging_aantal',
  'vervanging_perc6jr',
  'baanopeningen_typering',
  'baanopeningen_aantal',
  'baanopeningen_perc6jr',
  'itkb_typering',
  'itkb_indicator',
  'huidige_typering',
  'huidige_indicator',
  'richting_2025_2030',
] as const;
type Column = (typeof COLUMNS)[number];

/** Periods as the source labels them. */
export const ROA_PERIODS = {
  prognosis: 'tot 2030',
  bottleneck: '2030',
  current: '2026Q1',
  direction: '2025-2030',
} as const;

export interface RoaNationalResult {
  rows: IndicatorRow[];
  /** the 114 group codes, in source order */
  groepen: string[];
  /** the 999999 row, kept out of rows: national totals over all groups */
  total: { jobOpenings: number | null; expansionDemand: number | null; replacementDemand: number | null };
}

export function readRoaNationalCsv(text: string, file: string, source = ROA_NATIONAL_SOURCE): RoaNationalResult {
  const records = parseCsvRecords(text, ';');
  const header = records[0]?.fields.map((h) => h.trim()) ?? [];
  COLUMNS.forEach((c, i) => {
    if (header[i] !== c) throw new SourceShapeError(file, `header column ${i + 1}`, `expected "${c}", found ${JSON.stringify(header[i])}`);
  });
  const rows: IndicatorRow[] = [];
  const groepen: string[] = [];
  let total: RoaNationalResult['total'] | undefined;
  for (const rec of records.slice(1)) {
    if (rec.fields.length !== COLUMNS.length) {
      throw new SourceShapeError(file, `line ${rec.line}`, `expected ${COLUMNS.length} fields, found ${rec.fields.length}`);
    }
    const cell = (c: Column) => (rec.fields[COLUMNS.indexOf(c)] ?? '').trim();
    const num = (c: Column): number | null => {
      const v = parseDecimal(cell(c), ',');
      if (v !== null && Number.isNaN(v)) throw new SourceShapeError(file, `line ${rec.line}, column ${c}`, `not a number: ${JSON.stringify(cell(c))}`);
      return v;
    };
    const code = cell('brc');
    if (code === ROA_TOTAL_CODE) {
      total = { jobOpenings: num('baanopeningen_aantal'), expansionDemand: num('uitbreiding_aantal'), replacementDemand: num('vervanging_aantal') };
      continue;
    }
    if (!/^\d{4}$/.test(code)) throw new SourceShapeError(file, `line ${rec.line}, column brc`, `expected a 4-digit BRC code, found ${JSON.stringify(code)}`);
    if (groepen.includes(code)) throw new SourceShapeError(file, `line ${rec.line}, column brc`, `BRC ${code} appears twice`);
    groepen.push(code);
    const base = { groep: code, area: 'NL01' as const, source, scope: 'national' as const };
    const opt = <T>(key: string, v: T | null | '') => (v === null || v === '' ? {} : { [key]: v });
    const prognosis = (indicator: IndicatorRow['indicator'], prefix: 'baanopeningen' | 'uitbreiding' | 'vervanging') => {
      const value = num(`${prefix}_aantal`);
      const cls = cell(`${prefix}_typering`);
      if (value === null && cls === '') return;
      rows.push({ ...base, indicator, value, ...opt('class', cls), ...opt('pct', num(`${prefix}_perc6jr`)), period: ROA_PERIODS.prognosis });
    };
    prognosis('jobOpenings', 'baanopeningen');
    prognosis('expansionDemand', 'uitbreiding');
    prognosis('replacementDemand', 'vervanging');
    if (cell('itkb_typering') !== '' || cell('itkb_indicator') !== '') {
      rows.push({ ...base, indicator: 'futureBottleneck', value: num('itkb_indicator'), ...opt('class', cell('itkb_typering')), period: ROA_PERIODS.bottleneck });
    }
    if (cell('huidige_typering') !== '' || cell('huidige_indicator') !== '') {
      rows.push({ ...base, indicator: 'tension', value: num('huidige_indicator'), ...opt('class', cell('huidige_typering')), period: ROA_PERIODS.current });
    }
    if (cell('richting_2025_2030') !== '') {
      rows.push({ ...base, indicator: 'direction', value: null, class: cell('richting_2025_2030'), period: ROA_PERIODS.direction });
    }
  }
  if (!total) throw new SourceShapeError(file, 'brc', `the total row ${ROA_TOTAL_CODE} is missing (did the source change shape?)`);
  if (groepen.length === 0) throw new SourceShapeError(file, '(file)', 'no beroepsgroep rows');
  return { rows, groepen, total };
}

export function readRoaNationalLocal(sourcesDir: string): RoaNationalResult {
  const path = join(sourcesDir, ROA_NATIONAL_FILE);
  return readRoaNationalCsv(readSourceFile(path), path);
}
