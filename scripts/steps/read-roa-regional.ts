/**
 * Parses ROA's raw "Arbeidsmarktinformatie" CSV (AIS tot 2030, DataverseNL): cp1252 (decoded by the caller),
 * `;`, decimal comma, long format — one row per region × indeling × level × onderwerp. Columns and filters as
 * documented in ../shared/sources/roa-ais-endpoints/PROVENANCE.md: `thema` starting with "Risicoindicatoren",
 * `aggregatieniveau` containing "beroepsgroep", `waarde` = BRC code (sometimes 5 digits with a leading 0 or a
 * `.0` suffix), `regionaam` = "Nederland", an arbeidsmarktregio name or "provincie …".
 * Yields indicator rows for the arbeidsmarktregio's (scope regional); Nederland and provinces are skipped
 * (national figures come from the extract; provinces are not an area of this app's demand layer).
 */
import { parseDecimal } from '../../src/data/csv';
import { readCsvRecords } from '../lib/csv';
import type { IndicatorId, IndicatorRow } from '../../src/data/schemas';
import { SourceShapeError } from '../lib/errors';

export const ROA_REQUIRED_COLUMNS = ['regionaam', 'aggregatieniveau', 'thema', 'waarde', 'onderwerp', 'typering', 'indicator', 'aantal', 'totaal6jrperc', 'versie'] as const;

/** onderwerp (by prefix) → indicator, and whether its number is in `aantal` (persons) or `indicator` (index). */
const SUBJECTS: { prefix: string; indicator: IndicatorId; number: 'aantal' | 'indicator' | 'none' }[] = [
  { prefix: 'verwachte baanopeningen', indicator: 'jobOpenings', number: 'aantal' },
  { prefix: 'verwachte uitbreidingsvraag', indicator: 'expansionDemand', number: 'aantal' },
  { prefix: 'verwachte vervangingsvraag', indicator: 'replacementDemand', number: 'aantal' },
  { prefix: 'itkb toekomstige knelpunten beroepsgroep', indicator: 'futureBottleneck', number: 'indicator' },
  { prefix: 'indicator huidige arbeidsmarktsituatie beroep', indicator: 'tension', number: 'indicator' },
  { prefix: 'verwachte arbeidsmarktontwikkeling beroep', indicator: 'direction', number: 'none' },
];

/** Period as the onderwerp states it: "(2026Q1)", "2025-2030", "tot 2030", "in 2030". */
export function periodOfSubject(onderwerp: string): string | undefined {
  const q = /\((\d{4}Q[1-4])\)/.exec(onderwerp);
  if (q) return q[1];
  const range = /(\d{4}-\d{4})/.exec(onderwerp);
  if (range) return range[1];
  const tot = /tot (\d{4})/.exec(onderwerp);
  if (tot) return `tot ${tot[1]}`;
  const year = /\b(20\d{2})\b/.exec(onderwerp);
  return year?.[1];
}

/** BRC code as ROA writes it → 4 digits: "01051" → "1051" (5 digits, leading 0 dropped), "114.0" → "0114". */
export function normaliseBrc(waarde: string): string | undefined {
  let raw = waarde.trim();
  if (raw.endsWith('.0')) raw = raw.slice(0, -2);
  if (!/^\d+$/.test(raw)) return undefined;
  if (raw.length === 5 && raw.startsWith('0')) raw = raw.slice(1);
  if (raw.length < 4) raw = raw.padStart(4, '0');
  return raw.length === 4 ? raw : undefined;
}

/** Region names compared without case, accents, or differences in spaces/hyphens. */
export const normaliseRegionName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-–]+/g, ' ')
    .trim();

export interface RoaRegionalResult {
  rows: IndicatorRow[];
  /** AM codes that received rows */
  areas: string[];
  /** region names in the file that are neither Nederland, a province nor a known arbeidsmarktregio */
  unmatchedRegions: string[];
  /** the file's `versie` values */
  versions: string[];
  /** rows for the same group × region × indicator seen more than once (first kept) */
  duplicates: number;
}

export function readRoaRegionalCsv(
  text: string,
  file: string,
  regions: readonly { code: string; name: string }[],
  source: string,
): RoaRegionalResult {
  const { rows: records } = readCsvRecords(text, file, ROA_REQUIRED_COLUMNS, ';');
  const byName = new Map(regions.map((r) => [normaliseRegionName(r.name), r.code]));
  const rows: IndicatorRow[] = [];
  const seen = new Set<string>();
  const unmatched = new Set<string>();
  const versions = new Set<string>();
  let duplicates = 0;
  for (const { line, values: v } of records) {
    if (!(v.thema ?? '').trim().startsWith('Risicoindicatoren')) continue;
    if (!(v.aggregatieniveau ?? '').toLowerCase().includes('beroepsgroep')) continue;
    const region = (v.regionaam ?? '').trim();
    if (region === 'Nederland' || /^provincie /i.test(region)) continue;
    const area = byName.get(normaliseRegionName(region));
    if (!area) {
      unmatched.add(region);
      continue;
    }
    const onderwerp = (v.onderwerp ?? '').trim();
    const subject = SUBJECTS.find((s) => onderwerp.toLowerCase().startsWith(s.prefix));
    if (!subject) continue; // other subjects (e.g. vergelijkbaarheidsindex) are not indicators of this app
    const groep = normaliseBrc(v.waarde ?? '');
    if (!groep) throw new SourceShapeError(file, `line ${line}, column waarde`, `not a BRC beroepsgroep code: ${JSON.stringify(v.waarde)}`);
    const period = periodOfSubject(onderwerp);
    if (!period) throw new SourceShapeError(file, `line ${line}, column onderwerp`, `no period in ${JSON.stringify(onderwerp)}`);
    const num = (col: string) => {
      const n = parseDecimal(v[col] ?? '', ',');
      if (n !== null && Number.isNaN(n)) throw new SourceShapeError(file, `line ${line}, column ${col}`, `not a number: ${JSON.stringify(v[col])}`);
      return n;
    };
    const value = subject.number === 'none' ? null : num(subject.number);
    const cls = (v.typering ?? '').trim();
    if (value === null && cls === '') continue; // suppressed cell (< 80 observations): no figure, not a zero
    const key = `${groep}|${area}|${subject.indicator}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    if (v.versie?.trim()) versions.add(v.versie.trim());
    const pct = subject.number === 'aantal' ? num('totaal6jrperc') : null;
    rows.push({
      groep,
      area: area as IndicatorRow['area'],
      indicator: subject.indicator,
      value,
      ...(cls ? { class: cls } : {}),
      ...(pct !== null ? { pct } : {}),
      period,
      source,
      scope: 'regional',
    });
  }
  const areas = [...new Set(rows.map((r) => r.area))].sort();
  return { rows, areas, unmatchedRegions: [...unmatched].sort(), versions: [...versions].sort(), duplicates };
}
