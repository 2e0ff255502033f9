/**
 * Employed persons per beroepsklasse × arbeidsmarktregio, 2022 (CBS 84916NED, derived file). CBS's titles for
 * the keys were not in the dump; the labels were inferred by the copier from national totals. This reader
 * checks them twice before using them:
 *  1. the Nederland values against the national 2022 values per beroepsklasse of CBS 85276NED quoted in the
 *     source's PROVENANCE.md (9 keys equal one class or the sum 07+08; 1100000 is the remainder);
 *  2. independently, against the employment implied by ROA's national outlook (job openings ÷ their % of
 *     employment), summed over the BRC groups of each key's klassen: a wrong label would be far off.
 * Per region the classes must add up to the total within rounding.
 */
import type { IndicatorRow, RegionalStats } from '../../src/data/schemas';
import { SourceShapeError } from '../lib/errors';
import { areaOf, cell, readCbsCsv, round } from './read-cbs-regional';

export const KLASSE_FILE = 'amr_werkzame_bb_beroepsklasse_2022.csv';
export const TOTAL_KEY = '1200000';

/** CBS key → BRC klassen and label (inferred; see PROVENANCE.md of the CBS folder). */
export const KLASSE_KEYS: { key: string; klassen: string[]; label: string; national85276?: number }[] = [
  { key: '1000000', klassen: ['01'], label: '01 Pedagogische beroepen', national85276: 717 },
  { key: '2000000', klassen: ['03'], label: '03 Commerciële beroepen', national85276: 1056 },
  { key: '3000000', klassen: ['04'], label: '04 Bedrijfseconomische en administratieve beroepen', national85276: 1881 },
  { key: '4000000', klassen: ['05'], label: '05 Managers', national85276: 473 },
  { key: '5000000', klassen: ['06'], label: '06 Openbaar bestuur, veiligheid en juridische beroepen', national85276: 332 },
  { key: '6000000', klassen: ['07', '08'], label: '07+08 Technische en ICT beroepen', national85276: 1295 + 552 },
  { key: '7000000', klassen: ['10'], label: '10 Zorg en welzijn beroepen', national85276: 1343 },
  { key: '8000000', klassen: ['11'], label: '11 Dienstverlenende beroepen', national85276: 741 },
  { key: '9000000', klassen: ['12'], label: '12 Transport en logistiek beroepen', national85276: 639 },
  // the remainder: 02 creatief/taalkundig (264) + 09 agrarisch (157) + 13 overig (not in the truncated 85276NED)
  { key: '1100000', klassen: ['02', '09', '13'], label: '02+09+13 Creatieve en taalkundige, agrarische en overige beroepen' },
];

export const KLASSE_NOTE =
  'Labels inferred, not from CBS metadata: the Nederland values equal the national 2022 values per beroepsklasse of CBS 85276NED ' +
  '(6000000 = 07 + 08; 1100000 = the remainder 02 + 09 + 13), and agree within 20 % with the employment implied by ROA AIS per BRC group ' +
  '(see manifest stats klasseCheck). The exact CBS wording of the two merged groups is unknown.';

/** Employment implied by ROA national job openings (value ÷ pct × 100), summed per klasse (×1,000). */
export function roaImpliedEmployment(rows: readonly IndicatorRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.indicator !== 'jobOpenings' || r.area !== 'NL01' || r.value === null || !r.pct) continue;
    const k = r.groep.slice(0, 2);
    out.set(k, (out.get(k) ?? 0) + r.value / (r.pct / 100) / 1000);
  }
  return out;
}

export function readEmploymentByKlasse(
  sourcesDir: string,
  source: string,
  roaRows: readonly IndicatorRow[],
): { ebk: RegionalStats['employmentByKlasse']; stats: Record<string, string | number> } {
  const t = readCbsCsv(sourcesDir, KLASSE_FILE, ['regio_code', 'jaar', 'beroepsklasse_key', 'werkzame_beroepsbevolking_x1000']);
  const raw = new Map<string, Map<string, number>>();
  for (const row of t.rows) {
    const area = areaOf(t, row);
    const key = row.v.beroepsklasse_key ?? '';
    if (key !== TOTAL_KEY && !KLASSE_KEYS.some((k) => k.key === key)) throw new SourceShapeError(t.file, `line ${row.line}, column beroepsklasse_key`, `unknown key ${key}`);
    if (row.v.jaar !== '2022') throw new SourceShapeError(t.file, `line ${row.line}, column jaar`, `expected 2022, got ${row.v.jaar}`);
    const n = cell(t, row, 'werkzame_beroepsbevolking_x1000');
    if (n === undefined) continue;
    const m = raw.get(area) ?? new Map<string, number>();
    m.set(key, n);
    raw.set(area, m);
  }
  const nl = raw.get('NL01');
  if (!nl) throw new SourceShapeError(t.file, 'regio_code', 'no Nederland (NL01) rows');
  // check 1: national values as CBS 85276NED gives them; the remainder key = total − the others (±2 rounding)
  let others = 0;
  for (const k of KLASSE_KEYS) {
    if (k.national85276 === undefined) continue;
    others += k.national85276;
    if (nl.get(k.key) !== k.national85276) {
      throw new SourceShapeError(t.file, `beroepsklasse_key ${k.key}`, `Nederland ${nl.get(k.key)} ≠ ${k.national85276} (85276NED): the inferred label "${k.label}" no longer holds`);
    }
  }
  const nationalOf = (k: (typeof KLASSE_KEYS)[number]) => k.national85276 ?? (nl.get(TOTAL_KEY) ?? 0) - others;
  for (const k of KLASSE_KEYS.filter((x) => x.national85276 === undefined)) {
    if (Math.abs((nl.get(k.key) ?? 0) - nationalOf(k)) > 2) {
      throw new SourceShapeError(t.file, `beroepsklasse_key ${k.key}`, `Nederland ${nl.get(k.key)} is not the remainder ${nationalOf(k)} of the total`);
    }
  }
  // check 2: independent, against ROA's implied employment
  const implied = roaImpliedEmployment(roaRows);
  const ratios = KLASSE_KEYS.map((k) => {
    const roa = k.klassen.reduce((s, kl) => s + (implied.get(kl) ?? 0), 0);
    return { key: k.key, ratio: roa / nationalOf(k) };
  });
  if (implied.size) {
    const off = ratios.filter((r) => r.ratio < 0.7 || r.ratio > 1.3);
    if (off.length) throw new SourceShapeError(t.file, 'beroepsklasse labels', `ROA implied employment disagrees for ${off.map((o) => `${o.key} (${o.ratio.toFixed(2)})`).join(', ')}`);
  }
  // per region: classes add up to the total within rounding (×1,000)
  let maxGap = 0;
  const values: Record<string, Record<string, number>> = {};
  for (const [area, m] of [...raw].sort(([a], [b]) => a.localeCompare(b))) {
    const total = m.get(TOTAL_KEY);
    const sum = KLASSE_KEYS.reduce((s, k) => s + (m.get(k.key) ?? 0), 0);
    if (total !== undefined) maxGap = Math.max(maxGap, Math.abs(total - sum));
    values[area] = Object.fromEntries(KLASSE_KEYS.filter((k) => m.has(k.key)).map((k) => [k.key, round(m.get(k.key)! * 1000)]));
  }
  if (maxGap > 5) throw new SourceShapeError(t.file, 'werkzame_beroepsbevolking_x1000', `classes differ from the total by ${maxGap} thousand in some region`);
  return {
    ebk: { period: '2022', source, note: KLASSE_NOTE, groups: KLASSE_KEYS.map(({ key, klassen, label }) => ({ key, klassen, label })), values },
    stats: {
      klasseCheck85276: `${KLASSE_KEYS.length - 1} keys equal the national 2022 value of 85276NED; 1100000 equals the total minus those (within rounding)`,
      klasseCheckRoa: implied.size ? ratios.map((r) => `${r.key}: ${r.ratio.toFixed(2)}`).join('; ') : 'not run (no ROA rows)',
      klasseMaxGapToTotalX1000: maxGap,
    },
  };
}
