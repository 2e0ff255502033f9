/**
 * Build-time side of the import CSV format (docs/import-format.md; parser and validator in
 * src/data/importCsv.ts, shared with the browser). `npm run build:data -- --import region.csv` reads each file
 * once, with the regions and BRC groups of this build as context, logs every bad row (row, column, problem) and
 * hands the good rows to the steps that write them (indicators, curated; offers for the supply side), with one
 * manifest source per source named in the files.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblem, parseImportCsv, type ImportContext, type ImportResult } from '../../src/data/importCsv';
import type { SourceEntry } from '../../src/data/schemas';
import type { StepContext } from './context';
import { OFFER_COLUMNS, offerRowType, placesGeocoder } from '../../src/data/importOfferRow';

export { parseImportCsv, describeProblem, type ImportProblem, type ImportResult } from '../../src/data/importCsv';

export interface ImportedFiles {
  files: { path: string; result: ImportResult }[];
  /** all good rows of all files */
  merged: Pick<ImportResult, 'indicators' | 'curated' | 'other'>;
  problems: number;
}

/** Context for validation from the products of earlier steps (regions, occupations), where present. */
export function importContextOf(ctx: StepContext): ImportContext {
  const regions = ctx.products.regions;
  const occ = ctx.products.occupations;
  return {
    ...(regions
      ? { regions: new Map([...regions.arbeidsmarktregio.features, ...regions.provincie.features].map((f) => [f.properties.code, f.properties.name])) }
      : {}),
    ...(occ ? { groepen: new Map(occ.data.groepen.filter((g) => g.replacedBy === undefined).map((g) => [g.code, g.name])) } : {}),
    // supply: `offer` rows (courses, praktijkverklaring routes) are placed through places.json
    ...(ctx.products.places ? { rowTypes: { offer: offerRowType(placesGeocoder(ctx.products.places.rows)) }, extraColumns: OFFER_COLUMNS } : {}),
  };
}

/** The manifest entry for a source named in an imported file. */
export function importedSourceEntry(s: ImportResult['sources'][number], file: string, retrieved: string): SourceEntry {
  return {
    id: s.id,
    title: s.title,
    publisher: s.title,
    url: s.url ?? `file:${basename(file)}`,
    licence: s.licence ?? 'not stated by the supplier',
    licenceVerified: false,
    retrieved,
    status: 'raw',
    note: `Imported with --import from ${basename(file)} (import format, docs/import-format.md).`,
  };
}

/** Read the --import files once per build (cached on the context). */
export function readImports(ctx: StepContext): ImportedFiles {
  if (ctx.products.imports) return ctx.products.imports;
  const out: ImportedFiles = { files: [], merged: { indicators: [], curated: [], other: {} }, problems: 0 };
  const context = importContextOf(ctx);
  for (const path of ctx.opts.imports) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`--import ${path}: the file cannot be read`);
    }
    const result = parseImportCsv(text, context);
    const retrieved = statSync(path).mtime.toISOString().slice(0, 10);
    for (const s of result.sources) {
      if (!ctx.out.extraSources.some((e) => e.id === s.id)) ctx.out.extraSources.push(importedSourceEntry(s, path, retrieved));
    }
    const imported = result.indicators.length + result.curated.length + Object.values(result.other).flat().length;
    ctx.log(`${path}: ${result.rowsRead} rows read, ${imported} imported, ${result.problems.length} problem(s)`);
    for (const p of result.problems) ctx.log(`  ${path}: ${describeProblem(p)}`);
    for (const w of result.warnings) ctx.log(`  ${path}: ${w}`);
    out.files.push({ path, result });
    out.merged.indicators.push(...result.indicators);
    out.merged.curated.push(...result.curated);
    for (const [type, rows] of Object.entries(result.other)) (out.merged.other[type] ??= []).push(...rows);
    out.problems += result.problems.length;
  }
  ctx.products.imports = out;
  return out;
}
