/**
 * The northern short-course and switch programmes (regionale-lijsten-noord, 9 rows transcribed from news items,
 * 2017–2023) brought in through the import format's `offer` rows, so they are validated like any imported list.
 * They are examples with a period and a source page, not a course catalogue. A place is taken only where the
 * source names a town; a programme without one (a province, "niet vermeld") cannot be put on the map and is
 * reported, not placed. A level is taken only where the source states it.
 */
import { parseImportCsv, describeProblem, type ImportContext } from '../../src/data/importCsv';
import type { OfferRow } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';

export const SWITCH_FILE = 'regionale-lijsten-noord/korte-scholing-en-switchprogrammas-noord.csv';
export const SWITCH_SOURCE = 'regionale-switchprogrammas-noord';
const COLUMNS = ['region', 'programme', 'course_title', 'provider', 'place', 'duration', 'level', 'sector', 'target_group', 'period', 'source_title', 'source_url'] as const;

/** A town named by the source, or '' ("niet vermeld (…)", provinces, lists of regions stay unknown). */
export function namedPlace(text: string): string {
  const t = text.trim();
  if (/^niet vermeld|^deels |per opleiding niet bekend/i.test(t) || /[,;]| en /.test(t.replace(/\(.*\)/, ''))) return '';
  return t.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** 'mbo niveau 3' → mbo3; 'hbo (…)' → hbo; 'mbo' alone or anything vaguer → '' (unknown). */
export function statedLevel(text: string): string {
  const t = text.trim().toLowerCase();
  const n = /niveau\s*([1-4])/.exec(t);
  if (n) return `mbo${n[1]}`;
  if (/^hbo\b/.test(t)) return 'hbo';
  if (/^wo\b/.test(t)) return 'wo';
  return '';
}

const SECTORS: [RegExp, string][] = [
  [/^zorg/i, '10'],
  [/^ict/i, '08'],
  [/^onderwijs/i, '01'],
];

/** The period as the source dates it (2019-02, 2023, ongedateerd); the full wording goes into the note. */
export function periodOf(text: string): string {
  const m = /^(\d{4}(?:-\d{2})?)/.exec(text.trim());
  return m ? m[1]! : 'ongedateerd';
}

const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The source rows as an import-format CSV (`;`-separated), one `offer` row each. */
export function switchRowsAsImport(text: string, file: string): string {
  const { rows } = readCsv(text, file, COLUMNS);
  const header = ['type', 'area', 'provider', 'title', 'kind', 'level', 'duration', 'place', 'sector', 'example', 'period', 'source', 'source_url', 'note'];
  const lines = rows.map((r) => {
    const level = statedLevel(r.level!);
    const kind = /bachelor/i.test(r.level!) ? 'hbo' : /niveau\s*[1-4]/i.test(r.level!) ? 'mbo' : 'short-course';
    const single = /^[^;]+$/.test(r.region!) ? r.region!.trim() : '';
    const note = [
      r.course_title,
      `Doelgroep: ${r.target_group}`,
      `Periode volgens de bron: ${r.period}`,
      level ? '' : `Niveau volgens de bron: ${r.level} (niet nader bekend)`,
      `Bron: ${r.source_title}`,
    ].filter(Boolean).join('. ');
    return [
      'offer', single, r.provider!, r.programme!, kind, level, /^niet vermeld/i.test(r.duration!) ? '' : r.duration!, namedPlace(r.place!), SECTORS.find(([re]) => re.test(r.sector!))?.[1] ?? '',
      'ja', periodOf(r.period!), 'Korte scholing en switchprogramma\'s Noord', r.source_url!, note,
    ].map((v) => cell(v ?? '')).join(';');
  });
  return [header.join(';'), ...lines].join('\n') + '\n';
}

export function readSwitchNoord(text: string, file: string, context: ImportContext): { rows: OfferRow[]; leftOut: string[]; notPlaced: string[] } {
  const result = parseImportCsv(switchRowsAsImport(text, file), context);
  const rows = ((result.other.offer ?? []) as OfferRow[]).map((o) => ({ ...o, source: SWITCH_SOURCE }));
  const programmes = readCsv(text, file, COLUMNS).rows;
  // row n of the generated file is row n of the source (both have one header line)
  const leftOut = result.problems.map((p) => `${programmes[p.row - 2]?.programme ?? `rij ${p.row}`} (${describeProblem(p).replace(/^row \d+, /, '')})`);
  const notPlaced = [...new Set(result.problems.map((p) => programmes[p.row - 2]?.programme).filter((x): x is string => x !== undefined))];
  return { rows, leftOut, notPlaced };
}
