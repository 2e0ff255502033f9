/**
 * Prepares the data of a regional edition: validates `editions/<id>.json`, reads its extra CSV files in the
 * import format (row by row, through the shared import parser), and writes a copy of data/ with the edition's
 * rows merged in, the manifest's `edition` set, and every changed file's row count, size and hash updated.
 * Any problem — in the config or in any CSV row — stops the edition build with a report that names every bad
 * row; nothing is written where the site is served from.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editionConfig, type EditionConfig } from '../../src/edition/schema';
import { manifest as manifestSchema, type CuratedRow, type DatasetId, type IndicatorRow, type Manifest, type OfferRow, type SourceEntry } from '../../src/data/schemas';
import { validateFile, describeError } from '../../src/data/validate';
import { sha256 } from './hash';
import { stableJson } from './json';

/** The rows an edition adds, by the file they go into. */
export interface EditionRows {
  indicators: IndicatorRow[];
  curated: CuratedRow[];
  offers: OfferRow[];
  sources: SourceEntry[];
}

export interface CsvProblem {
  file: string;
  /** line in the file (header = 1) */
  row: number;
  column?: string;
  message: string;
}

/** Reads one extra CSV of an edition (`file` relative to `root`): good rows, a problem per bad row, warnings. */
export type ImportEditionCsv = (
  text: string,
  file: string,
  dataDir: string,
  root?: string,
) => { rows: EditionRows; problems: CsvProblem[]; warnings?: string[] };

export class EditionError extends Error {
  constructor(
    readonly report: string[],
  ) {
    super(report.join('\n'));
    this.name = 'EditionError';
  }
}

export const describeCsvProblem = (p: CsvProblem) => `${p.file}: row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.message}`;

export function readEditionConfig(root: string, id: string): EditionConfig {
  const path = join(root, 'editions', `${id}.json`);
  if (!/^[a-z0-9-]{1,40}$/.test(id)) throw new EditionError([`--edition ${id}: expected lower-case letters, digits and -`]);
  if (!existsSync(path)) throw new EditionError([`editions/${id}.json does not exist`]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new EditionError([`editions/${id}.json: not valid JSON (${(e as Error).message})`]);
  }
  const r = editionConfig.safeParse(json);
  if (!r.success) throw new EditionError(r.error.issues.map((i) => `editions/${id}.json: ${i.path.map(String).join('.') || '(file)'}: ${i.message}`));
  if (r.data.id !== id) throw new EditionError([`editions/${id}.json: id "${r.data.id}" does not match the file name`]);
  return r.data;
}

/** Read every extra CSV; all problems of all files are collected before anything stops. */
export function readEditionExtras(root: string, config: EditionConfig, dataDir: string, importCsv: ImportEditionCsv) {
  const rows: EditionRows = { indicators: [], curated: [], offers: [], sources: [] };
  const problems: CsvProblem[] = [];
  const warnings: string[] = [];
  for (const extra of config.extra) {
    const rel = `editions/${config.id}/${extra.file}`;
    const path = join(root, rel);
    if (!existsSync(path)) {
      problems.push({ file: rel, row: 0, message: 'the file does not exist' });
      continue;
    }
    const r = importCsv(readFileSync(path, 'utf8'), rel, dataDir, root);
    problems.push(...r.problems);
    warnings.push(...(r.warnings ?? []).map((w) => `${rel}: ${w}`));
    rows.indicators.push(...r.rows.indicators);
    rows.curated.push(...r.rows.curated);
    rows.offers.push(...r.rows.offers);
    for (const s of r.rows.sources) if (!rows.sources.some((x) => x.id === s.id)) rows.sources.push(s);
  }
  return { rows, problems, warnings };
}

const FILE_OF: Record<'indicators' | 'curated' | 'offers', DatasetId> = { indicators: 'indicators', curated: 'curated', offers: 'offers' };

/** Merge the edition's rows into the files of `dataDir` (a copy) and update the manifest. Validates what it writes. */
export function mergeEditionData(dataDir: string, config: EditionConfig, rows: EditionRows): Manifest {
  const m = manifestSchema.parse(JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')));
  for (const key of ['indicators', 'curated', 'offers'] as const) {
    const add = rows[key];
    if (add.length === 0) continue;
    const id = FILE_OF[key];
    const entry = m.files.find((f) => f.id === id);
    const path = entry?.path ?? `${id}.json`;
    const current = entry ? (JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as { rows: unknown[] }) : { rows: [] };
    const merged = { ...current, rows: [...current.rows, ...add] };
    const check = validateFile(id, path, merged);
    if (!check.ok) throw new EditionError(check.errors.map((e) => `edition rows for ${describeError(e)}`));
    const content = stableJson(merged);
    writeFileSync(join(dataDir, path), content);
    const sources = [...new Set([...(entry?.sources ?? []), ...add.flatMap((r) => ('source' in r ? [r.source] : []))])];
    const updated = { id, path, schemaVersion: 1, sources, rows: merged.rows.length, bytes: Buffer.byteLength(content), sha256: sha256(content), lazy: entry?.lazy ?? id === 'offers' };
    if (entry) Object.assign(entry, updated, { coverage: entry.coverage, stats: entry.stats });
    else m.files.push(updated);
  }
  for (const s of rows.sources) if (!m.sources.some((x) => x.id === s.id)) m.sources.push(s);
  m.edition = { id: config.id, title: config.title.nl, demo: config.demo };
  m.buildId = sha256(`${m.files.map((f) => f.sha256).join('')}|edition:${config.id}`).slice(0, 16);
  const valid = manifestSchema.safeParse(m);
  if (!valid.success) throw new EditionError(valid.error.issues.map((i) => `manifest.json: ${i.path.join('.')}: ${i.message}`));
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(valid.data, null, 1) + '\n');
  return valid.data;
}

/**
 * Everything before the site build: a temporary data folder for the edition, or an EditionError with the full
 * report. The caller removes the folder after building.
 */
export function prepareEdition(
  root: string,
  id: string,
  importCsv: ImportEditionCsv,
  source = join(root, 'data'),
): { config: EditionConfig; dataDir: string; manifest: Manifest; rows: EditionRows; warnings: string[] } {
  const config = readEditionConfig(root, id);
  if (!existsSync(join(source, 'manifest.json'))) throw new EditionError(['data/manifest.json is missing: build the data first (npm run build:data)']);
  const { rows, problems, warnings } = readEditionExtras(root, config, source, importCsv);
  if (problems.length) {
    throw new EditionError([
      `${new Set(problems.map((p) => `${p.file}:${p.row}`)).size} bad row(s) (${problems.length} problem(s)) in the extra data of edition "${id}"; nothing was built:`,
      ...problems.map((p) => `  ${describeCsvProblem(p)}`),
    ]);
  }
  const dataDir = mkdtempSync(join(tmpdir(), `edition-${id}-`));
  try {
    cpSync(source, dataDir, { recursive: true });
    const manifest = mergeEditionData(dataDir, config, rows);
    return { config, dataDir, manifest, rows, warnings };
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}
