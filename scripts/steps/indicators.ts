/**
 * Step: indicators. National ROA AIS outlook per BRC beroepsgroep (local transcribed extract) and, with
 * --online, ROA's typeringen for the 35 arbeidsmarktregio's from the raw DataverseNL file.
 * Every group code must land on a named group of occupations.json when that step ran (nothing dropped silently).
 */
import type { IndicatorRow, LocalText } from '../../src/data/schemas';
import { joinText } from '../lib/output';
import type { Step, StepContext } from '../lib/context';
import { SourceShapeError } from '../lib/errors';
import { readRoaNationalLocal, ROA_NATIONAL_SOURCE } from './read-roa-national';
import { fetchRoaRegional, ROA_REGIONAL_SOURCE } from './fetch-roa-regional';
import { readImports } from '../lib/import-csv';

/** Rows from a region's own file replace the build's row for the same group × area × indicator. */
export function mergeImported(rows: IndicatorRow[], imported: readonly IndicatorRow[]): { rows: IndicatorRow[]; replaced: number } {
  const key = (r: IndicatorRow) => `${r.groep}|${r.area}|${r.indicator}`;
  const own = new Set(imported.map(key));
  const kept = rows.filter((r) => !own.has(key(r)));
  return { rows: [...kept, ...imported], replaced: rows.length - kept.length };
}

/** Groups that have indicator rows but no group in occupations.json (must be empty for a build to pass). */
export function unknownGroepen(rows: readonly IndicatorRow[], known: ReadonlySet<string>): string[] {
  return [...new Set(rows.map((r) => r.groep))].filter((g) => !known.has(g)).sort();
}

function checkAgainstOccupations(ctx: StepContext, rows: readonly IndicatorRow[], label: string) {
  const occ = ctx.products.occupations;
  if (!occ) {
    ctx.log('occupations not built in this run: BRC codes not checked against occupations.json');
    return;
  }
  const unknown = unknownGroepen(rows, new Set(occ.data.groepen.map((g) => g.code)));
  if (unknown.length) {
    throw new SourceShapeError(label, 'brc', `${unknown.length} BRC code(s) have no group in occupations.json: ${unknown.join(', ')}`);
  }
}

export const indicatorsStep: Step = {
  name: 'indicators',
  async run(ctx) {
    const national = readRoaNationalLocal(ctx.opts.sources);
    checkAgainstOccupations(ctx, national.rows, 'ROA AIS national extract');
    const rows: IndicatorRow[] = [...national.rows];
    const sources = [ROA_NATIONAL_SOURCE];
    const stats: Record<string, number | string> = {
      nationalGroepen: national.groepen.length,
      nationalRows: national.rows.length,
      // the 999999 row of the source is the total over all groups; it is not a group and kept out of rows
      nationalTotalJobOpenings: national.total.jobOpenings ?? 'n/a',
    };
    const withTension = new Set(national.rows.filter((r) => r.indicator === 'tension').map((r) => r.groep)).size;
    const noTension = national.groepen.length - withTension;
    const coverage: LocalText[] = [
      {
        nl: `Landelijke cijfers (NL01). De bron heeft geen actuele spanning (2026Q1) voor ${noTension} van de ${national.groepen.length} groepen.`,
        en: `National figures (NL01). The source has no current tension (2026Q1) for ${noTension} of ${national.groepen.length} groups.`,
      },
    ];
    if (ctx.opts.online) {
      const regional = await fetchRoaRegional(ctx);
      checkAgainstOccupations(ctx, regional.rows, 'ROA AIS raw file (DataverseNL)');
      rows.push(...regional.rows);
      sources.push(ROA_REGIONAL_SOURCE);
      ctx.out.retrieved[ROA_REGIONAL_SOURCE] = new Date().toISOString().slice(0, 10);
      stats.regionalRows = regional.rows.length;
      stats.regionalAreas = regional.areas.length;
      if (regional.unmatchedRegions.length) stats.unmatchedRegionNames = regional.unmatchedRegions.join('; ');
      coverage.push({
        nl: `ROA-typeringen voor ${regional.areas.length} arbeidsmarktregio's (bestand ${regional.label}).`,
        en: `ROA typeringen for ${regional.areas.length} arbeidsmarktregio's (file ${regional.label}).`,
      });
    }
    const imported = readImports(ctx).merged.indicators;
    if (imported.length) {
      const merged = mergeImported(rows, imported);
      rows.splice(0, rows.length, ...merged.rows);
      for (const id of new Set(imported.map((r) => r.source))) sources.push(id);
      stats.importedRows = imported.length;
      stats.importReplacedRows = merged.replaced;
      coverage.push({
        nl: `${imported.length} rijen geïmporteerd uit eigen bestand(en) van een regio (--import).`,
        en: `${imported.length} rows imported from a region's own file(s) (--import).`,
      });
    }
    const regionalAreas = new Set(rows.filter((r) => r.scope === 'regional').map((r) => r.area)).size;
    if (regionalAreas === 0) {
      coverage.push({
        nl: 'Geen indicatoren per arbeidsmarktregio in deze build: regio\'s krijgen de landelijke cijfers, gemarkeerd als landelijk.',
        en: 'No indicator per arbeidsmarktregio in this build: regions are shown the national figures, marked landelijk.',
      });
      ctx.out.missing.push({
        layer: {
          nl: 'regionale vraag per beroepsgroep (indicatoren per arbeidsmarktregio)',
          en: 'regional demand per occupation group (indicators per arbeidsmarktregio)',
        },
        reason: {
          nl: 'niet in deze build: alleen de landelijke ROA-prognose staat op schijf; de app toont landelijke cijfers, gemarkeerd als landelijk',
          en: 'not in this build: only the national ROA outlook is on disk; the app shows national figures marked landelijk',
        },
        howTo: {
          nl: 'draai `npm run build:data -- --online` (ROA AIS-bronbestand van DataverseNL) of importeer een CSV in het formaat van docs/import-format.md (`npm run build:data -- --import bestand.csv`)',
          en: 'run `npm run build:data -- --online` (ROA AIS raw file from DataverseNL) or import a CSV in the format of docs/import-format.md (`npm run build:data -- --import file.csv`)',
        },
      });
    }
    rows.sort((a, b) => a.groep.localeCompare(b.groep) || a.area.localeCompare(b.area) || a.indicator.localeCompare(b.indicator));
    ctx.products.indicators = rows;
    ctx.out.add({ id: 'indicators', path: 'indicators.json', data: { rows }, sources, rows: rows.length, coverage: joinText(coverage), stats });
    return `${national.groepen.length} BRC groups national, ${regionalAreas} areas with own figures: ${rows.length} rows`;
  },
};
