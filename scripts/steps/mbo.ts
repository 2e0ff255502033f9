/**
 * Step: mbo. School locations (lazy data/school-locations.json) and the qualification catalogue with its
 * occupation links (lazy data/qualifications.json). The offline sources hold no programmes per location: the
 * manifest says so under `missing`, and mbo offers come only from DUO's opleidingsaanbod (--online).
 */
import { join } from 'node:path';
import { need, type Step } from '../lib/context';
import { RegionLocator } from '../lib/region-codes';
import { readSourceText } from '../lib/source-file';
import { MBO_LOCATIONS_FILE, readSchoolLocations } from './read-mbo-locations';
import { CREBO_FILE, CREBO_SOURCE, readCreboCatalogue } from './read-crebo';
import { CREBO_LINKS_FILE, CREBO_LINKS_SOURCE, ESCO_FILE, indexEsco, readCreboLinks } from './read-crebo-links';

export const mboStep: Step = {
  name: 'mbo',
  run(ctx) {
    const file = (rel: string) => join(ctx.opts.sources, rel);
    const locations = readSchoolLocations(readSourceText(ctx, MBO_LOCATIONS_FILE), file(MBO_LOCATIONS_FILE), new RegionLocator(need(ctx, 'regions')));
    ctx.out.add({
      id: 'school-locations',
      path: 'school-locations.json',
      data: { rows: locations.rows },
      sources: ['hovi-kiesmbo-2025-02'],
      rows: locations.rows.length,
      lazy: true,
      coverage: {
        nl: 'Plaatsen waar mbo wordt gegeven (KiesMBO, feb 2025); welke opleidingen er per locatie worden gegeven staat niet in deze bron.',
        en: 'Places where mbo is taught (KiesMBO, Feb 2025); which programmes each location offers is not in this source.',
      },
      stats: { snapped: locations.snapped },
    });

    const occ = need(ctx, 'occupations');
    const catalogue = readCreboCatalogue(readSourceText(ctx, CREBO_FILE), file(CREBO_FILE), occ);
    const esco = indexEsco(readSourceText(ctx, ESCO_FILE), file(ESCO_FILE));
    const links = readCreboLinks(readSourceText(ctx, CREBO_LINKS_FILE), file(CREBO_LINKS_FILE), esco, occ);
    let linked = 0;
    let linksNotInCatalogue = 0;
    const byCrebo = new Map(catalogue.rows.map((q) => [q.crebo, q]));
    for (const [crebo, groepen] of links.byCrebo) {
      const q = byCrebo.get(crebo);
      if (!q) {
        linksNotInCatalogue++;
        continue;
      }
      linked++;
      q.groepen = groepen;
      const fromGroups = groepen.map((g) => occ.groep(g.groep)?.klasse).filter((k): k is string => k !== undefined);
      q.klassen = [...new Set([...q.klassen, ...fromGroups])].sort();
    }
    ctx.products.qualifications = byCrebo;
    const s = links.stats;
    ctx.out.add({
      id: 'qualifications',
      path: 'qualifications.json',
      data: { rows: catalogue.rows },
      sources: [CREBO_SOURCE, CREBO_LINKS_SOURCE, 'esco-occupations-nl'],
      rows: catalogue.rows.length,
      lazy: true,
      coverage: {
        nl: `Beroepskoppelingen voor ${linked} van ${catalogue.rows.length} crebo-codes: samenwijzer dekt alleen de kwalificaties uit de OER's van enkele scholen; koppelingen gekozen door een taalmodel hebben lage zekerheid.`,
        en: `Occupation links for ${linked} of ${catalogue.rows.length} crebo codes: samenwijzer covers only the qualifications in the OERs (education and examination regulations) of a few schools; links chosen by a language model have low confidence.`,
      },
      stats: {
        placeholdersLeftOut: catalogue.placeholders,
        linkRows: s.rows,
        competentNlDirect: s.direct,
        competentNlEqualToEsco: s.directExact,
        competentNlLooselyEqual: s.directLoose,
        llmChosen: s.llm,
        excludedAsWrong: s.excluded,
        withoutLink: s.noLink,
        linkedQualifications: linked,
        linksForCodesNotInList: linksNotInCatalogue,
      },
    });
    if (!ctx.opts.online) {
      ctx.out.missing.push({
        layer: { nl: 'mbo-opleidingen per schoollocatie', en: 'mbo programmes per school location' },
        reason: {
          nl: 'De offline bronnen hebben geen opleidingsaanbod per mbo-locatie; de kaart toont mbo-schoollocaties zonder opleidingen.',
          en: 'The offline sources have no programmes per mbo location; the map shows mbo school locations without programmes.',
        },
        howTo: {
          nl: 'Draai `npm run build:data -- --online` (DUO mbo_opleidingsaanbod) of importeer een lijst (docs/import-format.md).',
          en: 'Run `npm run build:data -- --online` (DUO mbo_opleidingsaanbod) or import a list (docs/import-format.md).',
        },
      });
    }
    ctx.log(`crebo links: ${s.directExact} CompetentNL equal to ESCO, ${s.directLoose} loosely equal, ${s.llm} chosen by a language model, ${s.excluded} excluded as wrong, ${s.noLink} without a group`);
    return `${locations.rows.length} mbo school locations, ${catalogue.rows.length} qualifications (${linked} with occupation groups)`;
  },
};
