/**
 * Step: occupation titles. ESCO occupations (Dutch preferred and alternative labels) placed in a BRC group
 * through their ISCO-08 unit group, so a search for "kapper" or "lasser" finds the group. Coverage (ESCO
 * occupations linked / total) goes into the manifest.
 */
import { join } from 'node:path';
import type { OccupationTitle } from '../../src/data/schemas';
import { need, type Step, type StepContext } from '../lib/context';
import { readCsv } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import type { OccupationIndex } from '../lib/occupation-index';
import { cachedDownload } from '../lib/download';
import { readZipEntry, ZipError } from '../lib/unzip';
import { readSourceFile } from '../lib/source-file';

export const ESCO_COLUMNS = ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'status'] as const;
const URI_PREFIX = 'http://data.europa.eu/esco/occupation/';

export interface TitlesResult {
  rows: OccupationTitle[];
  total: number;
  linked: number;
  unlinkedIsco: string[];
}

/** ESCO occupations CSV text → title rows, deduplicated per (label, groep), preferred labels first. */
export function buildOccupationTitles(text: string, file: string, occ: OccupationIndex): TitlesResult {
  const table = readCsv(text, file, ESCO_COLUMNS);
  const rows: OccupationTitle[] = [];
  const seen = new Set<string>();
  const unlinked = new Set<string>();
  let total = 0;
  let linked = 0;
  const add = (row: OccupationTitle) => {
    const key = `${row.label.toLocaleLowerCase('nl')}\u0000${row.groep}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  const pending: { alt: string[]; base: Omit<OccupationTitle, 'label' | 'preferred'> }[] = [];
  table.rows.forEach((r, i) => {
    if (r.status !== 'released') return;
    const where = (col: string) => `row ${i + 2} (${r.conceptUri || 'no conceptUri'}), column ${col}`;
    if (!r.conceptUri!.startsWith(URI_PREFIX)) throw new SourceShapeError(file, where('conceptUri'), `expected an ESCO occupation URI, got ${JSON.stringify(r.conceptUri)}`);
    if (!/^\d{4}$/.test(r.iscoGroup!)) throw new SourceShapeError(file, where('iscoGroup'), `expected a 4-digit ISCO-08 unit group, got ${JSON.stringify(r.iscoGroup)}`);
    const label = r.preferredLabel!.trim();
    if (!label) throw new SourceShapeError(file, where('preferredLabel'), 'empty');
    total++;
    const groep = occ.groepForIsco(r.iscoGroup!);
    if (!groep) {
      unlinked.add(r.iscoGroup!);
      return;
    }
    linked++;
    const base = { groep, isco: r.iscoGroup!, esco: r.conceptUri!.slice(URI_PREFIX.length) };
    add({ label, ...base, preferred: true });
    pending.push({ alt: r.altLabels!.split('\n').map((a) => a.trim()).filter(Boolean), base });
  });
  // alternative labels after all preferred ones, so a label that is someone's preferred title keeps that flag
  for (const p of pending) for (const label of p.alt) add({ label, ...p.base, preferred: false });
  // plain code-unit order, not locale collation: the bytes must not depend on the ICU version
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  rows.sort((a, b) => cmp(a.label, b.label) || cmp(a.groep, b.groep));
  return { rows, total, linked, unlinkedIsco: [...unlinked].sort() };
}

export function readEscoLocal(sourcesDir: string): { text: string; file: string } {
  const file = join(sourcesDir, 'esco', 'occupations_nl.csv');
  return { text: readSourceFile(file), file };
}

/** --online with --esco-zip <url>: the ESCO CSV package (ZIP) → occupations_nl.csv. */
export async function fetchEscoZip(ctx: StepContext, url: string): Promise<{ text: string; file: string }> {
  const fetchImpl = ctx.fetch ?? (globalThis.fetch as unknown as NonNullable<StepContext['fetch']>);
  const zip = await cachedDownload(fetchImpl, ctx.opts.cache, `esco/${url.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-120)}`, 'ESCO', url, ctx.log);
  const file = `ESCO ${url}: occupations_nl.csv`;
  try {
    return { text: new TextDecoder('utf-8').decode(readZipEntry(zip, 'occupations_nl.csv')), file };
  } catch (e) {
    if (e instanceof ZipError) throw new SourceShapeError(`ESCO ${url}`, '(archive)', e.message);
    throw e;
  }
}

export const occupationTitlesStep: Step = {
  name: 'occupation-titles',
  async run(ctx) {
    const occ = need(ctx, 'occupations');
    if (ctx.opts.online && !ctx.opts.escoZip) {
      ctx.log('ESCO has no fixed download URL (the portal builds a ZIP per request): using the local copy; pass --esco-zip <url> to download');
    }
    const { text, file } = ctx.opts.online && ctx.opts.escoZip ? await fetchEscoZip(ctx, ctx.opts.escoZip) : readEscoLocal(ctx.opts.sources);
    if (ctx.opts.online && ctx.opts.escoZip) ctx.out.retrieved['esco-occupations-nl'] = new Date().toISOString().slice(0, 10);
    const res = buildOccupationTitles(text, file, occ);
    const pct = ((100 * res.linked) / res.total).toFixed(1);
    ctx.out.add({
      id: 'occupation-titles',
      path: 'occupation-titles.json',
      data: { rows: res.rows },
      sources: ['esco-occupations-nl', 'brc2014'],
      rows: res.rows.length,
      lazy: true,
      coverage:
        res.linked === res.total
          ? undefined
          : {
              nl: `${res.total - res.linked} ESCO-beroepen zonder BRC-groep (ISCO ${res.unlinkedIsco.join(', ')})`,
              en: `${res.total - res.linked} ESCO occupations without a BRC group (ISCO ${res.unlinkedIsco.join(', ')})`,
            },
      stats: { escoOccupations: res.total, escoLinked: res.linked, escoCoveragePct: Number(pct), titles: res.rows.length },
    });
    return `${res.rows.length} titles; ESCO occupations linked ${res.linked}/${res.total} (${pct} %)`;
  },
};
