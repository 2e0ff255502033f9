/**
 * Step: curated. Partial example lists of kansrijke / minder kansrijke beroepen named for Groningen, Drenthe and
 * Friesland (../shared/sources/regionale-lijsten-noord/kansberoepen-regionaal-noord.csv, 2017–2025), regions
 * mapped to AM codes by name, occupations matched to BRC groups where the match is unambiguous
 * (scripts/lib/match-occupation.ts), plus `kansberoep` rows of --import files.
 */
import { join } from 'node:path';
import { readCsvRecords } from '../lib/csv';
import { importSourceId } from '../../src/data/importCsv';
import type { CuratedRow, OccupationTitle } from '../../src/data/schemas';
import { need, type Step, type StepContext } from '../lib/context';
import { SourceShapeError } from '../lib/errors';
import { readImports } from '../lib/import-csv';
import { makeOccupationMatcher } from '../lib/match-occupation';
import { readSourceFile } from '../lib/source-file';

export const CURATED_SOURCE = 'regionale-lijsten-noord';
export const CURATED_FILE = 'regionale-lijsten-noord/kansberoepen-regionaal-noord.csv';
const COLUMNS = ['region', 'occupation', 'sector', 'reason', 'period', 'source_title', 'source_url', 'status', 'source_scope', 'completeness'];
const STATUSES: readonly CuratedRow['status'][] = ['kansrijk', 'minder kansrijk', 'kansrijk (seizoen)'];

export interface CuratedResult {
  rows: CuratedRow[];
  sourceRows: number;
  matched: number;
}

/** Period as a short label: "ongedateerd (zie PROVENANCE)" → "ongedateerd". */
const shortPeriod = (p: string) => (p.startsWith('ongedateerd') ? 'ongedateerd' : p);

export function readCuratedNoord(
  text: string,
  file: string,
  regions: ReadonlyMap<string, string>,
  match: (occupation: string) => { groepen: string[]; method: string } | undefined,
): CuratedResult {
  const { rows } = readCsvRecords(text, file, COLUMNS, ',');
  const out: CuratedRow[] = [];
  let matched = 0;
  for (const { line, values: v } of rows) {
    const area = regions.get(v.region!.trim());
    if (!area) throw new SourceShapeError(file, `line ${line}, column region`, `"${v.region}" is not the name of an arbeidsmarktregio`);
    const status = STATUSES.find((s) => s === v.status!.trim());
    if (!status) throw new SourceShapeError(file, `line ${line}, column status`, `unexpected status "${v.status}"`);
    const period = shortPeriod(v.period!.trim());
    if (period.length < 4 || period.length > 20) throw new SourceShapeError(file, `line ${line}, column period`, `unexpected period "${v.period}"`);
    const base: CuratedRow = {
      area: area as CuratedRow['area'],
      occupation: v.occupation!.trim(),
      status,
      reason: v.reason!.trim(),
      period,
      sourceTitle: v.source_title!.trim(),
      sourceUrl: v.source_url!.trim(),
      completeness: `voorbeelden, geen volledige lijst (${period}): ${v.completeness!.trim()}`,
    };
    const m = match(base.occupation);
    if (m) matched++;
    if (!m) out.push(base);
    else for (const groep of m.groepen) out.push({ ...base, groep, groepMatch: m.method });
  }
  return { rows: out, sourceRows: rows.length, matched };
}

/** ESCO titles written by the occupation-titles step earlier in this build (pipeline's file), if any. */
function titlesOfBuild(ctx: StepContext): OccupationTitle[] {
  const f = ctx.out.files.find((x) => x.id === 'occupation-titles');
  return (f?.data as { rows?: OccupationTitle[] } | undefined)?.rows ?? [];
}

export const curatedStep: Step = {
  name: 'curated',
  run(ctx) {
    const regions = new Map(need(ctx, 'regions').arbeidsmarktregio.features.map((f) => [f.properties.name, f.properties.code]));
    const occ = need(ctx, 'occupations');
    const groepen = new Map(occ.data.groepen.filter((g) => g.replacedBy === undefined).map((g) => [g.code, g.name]));
    const titles = titlesOfBuild(ctx);
    if (!titles.length) ctx.log('no occupation titles in this build: matching on BRC names and hand-made matches only');
    const match = makeOccupationMatcher({ groepen, titles });
    const path = join(ctx.opts.sources, CURATED_FILE);
    const noord = readCuratedNoord(readSourceFile(path), path, regions, match);
    const imported = readImports(ctx).merged.curated;
    const rows = [...noord.rows, ...imported];
    const sources = [CURATED_SOURCE, ...new Set(imported.map((r) => importSourceId(r.sourceTitle)))];
    const areas = [...new Set(noord.rows.map((r) => r.area))].sort();
    ctx.out.add({
      id: 'curated',
      path: 'curated.json',
      data: { rows },
      sources,
      rows: rows.length,
      coverage: {
        nl:
          `Alleen voorbeelden: beroepen die in regionale berichten (meestal van UWV) kansrijk of minder kansrijk heten voor ${areas.join(', ')}, ` +
          `2017–2025 — enkele uit lijsten van zo'n 230–250; niet de volledige lijsten van de regio's. Andere regio's hebben in deze build geen lijst.` +
          (imported.length ? ` Plus ${imported.length} rijen uit --import-bestanden.` : ''),
        en:
          `Examples only: occupations named as kansrijk or minder kansrijk in regional news items (mostly UWV) for ${areas.join(', ')}, ` +
          `2017–2025 — a few out of lists of about 230–250; not the regions' full lists. Other regions have no list in this build.` +
          (imported.length ? ` Plus ${imported.length} rows from --import files.` : ''),
      },
      stats: { sourceRows: noord.sourceRows, matchedToGroep: noord.matched, unmatched: noord.sourceRows - noord.matched, importedRows: imported.length },
    });
    return `${noord.sourceRows} example rows (${noord.matched} matched to a BRC group) for ${areas.length} regions${imported.length ? `, ${imported.length} imported` : ''}`;
  },
};
