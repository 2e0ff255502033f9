/**
 * Step: offers (lazy data/offers.json). hbo/wo programmes from the HOVI extract, the northern switch programmes
 * (examples, through the import format), offers from --import files, and with --online DUO's mbo
 * opleidingsaanbod. Region codes come from point-in-polygon against the regions of this build (or from
 * places.json for imported rows); occupation links from the occupations product.
 */
import { join } from 'node:path';
import type { LocalText, OfferRow } from '../../src/data/schemas';
import { joinText } from '../lib/output';
import { need, type Step, type StepContext } from '../lib/context';
import { importContextOf, readImports } from '../lib/import-csv';
import { RegionLocator } from '../lib/region-codes';
import { HOVI_FILE, HOVI_SOURCE, readHoviOffers } from './read-hovi';
import { fetchDuoAanbod } from './fetch-duo';
import { DUO_SOURCE } from './read-duo-aanbod';
import { readSwitchNoord, SWITCH_FILE } from './read-switch-noord';
import { readSourceText } from '../lib/source-file';

/** PC4 → centroid, from the places product (undefined when no earlier step made places). */
export function pc4Lookup(ctx: StepContext): ((pc4: string) => { lon: number; lat: number } | undefined) | undefined {
  const rows = ctx.products.places?.rows;
  if (!rows) return undefined;
  const m = new Map(rows.filter((r) => r.kind === 'pc4').map((r) => [r.key, { lon: r.lon, lat: r.lat }]));
  return (pc4) => m.get(pc4);
}

/** Ids are unique within the file: a repeated id gets -2, -3 … in the order the rows came. */
export function uniqueIds(rows: OfferRow[]): OfferRow[] {
  const used = new Map<string, number>();
  return rows.map((r) => {
    const n = (used.get(r.id) ?? 0) + 1;
    used.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}-${n}` };
  });
}

export const offersStep: Step = {
  name: 'offers',
  async run(ctx) {
    const locator = new RegionLocator(need(ctx, 'regions'));
    const occupations = ctx.products.occupations;
    const hovi = readHoviOffers(readSourceText(ctx, HOVI_FILE), join(ctx.opts.sources, HOVI_FILE), { locator, occupations, pc4: pc4Lookup(ctx) });
    const s = hovi.stats;
    const rows: OfferRow[] = [...hovi.rows];
    const stats: Record<string, number | string> = {
      hoviRows: s.rows, hoviProgrammeRows: s.programmeRows, hoviNotProgramme: s.notProgramme, hoviMerged: s.merged, hoviNoLocation: s.noLocation,
      hoviGeocodedByPostcode: s.geocodedByPostcode, hoviSnapped: s.snapped, hoviWithGroep: s.withGroep,
    };
    ctx.log(`HOVI: ${s.rows} rows, ${s.programmeRows} programme rows → ${s.offers} offers (${s.merged} same-named variants merged, ${s.noLocation} without a location, ${s.snapped} snapped to the nearest region)`);

    const coverage: LocalText[] = [
      {
        nl: 'hbo/wo: HOVI-extract van feb 2025 zonder Universiteit Leiden, Rijksuniversiteit Groningen en Universiteit van Amsterdam (ontbreken in de momentopname); alleen opleidingen (geen minors, specialisaties, honourstrajecten of cursussen)',
        en: 'hbo/wo: HOVI extract of Feb 2025 without Universiteit Leiden, Rijksuniversiteit Groningen and Universiteit van Amsterdam (missing from the snapshot); programmes only (no minors, specialisations, honours tracks or courses)',
      },
    ];
    if (ctx.products.places) {
      const sw = readSwitchNoord(readSourceText(ctx, SWITCH_FILE), join(ctx.opts.sources, SWITCH_FILE), importContextOf(ctx));
      rows.push(...sw.rows);
      stats.switchExamples = sw.rows.length;
      stats.switchNotPlaced = sw.leftOut.length;
      for (const l of sw.leftOut) ctx.log(`switch programme not placed: ${l}`);
      coverage.push({
        nl: `korte scholing en switchprogramma's: alleen ${sw.rows.length} voorbeelden uit regionale berichten in het Noorden (2017–2023), geen cursuscatalogus; zonder bekende plaats en dus niet op de kaart: ${sw.notPlaced.join(', ')}`,
        en: `short courses and switch programmes: only ${sw.rows.length} examples from regional news items in the North (2017–2023), not a course catalogue; without a known place and so not on the map: ${sw.notPlaced.join(', ')}`,
      });
    }
    const imported = (readImports(ctx).merged.other.offer ?? []) as OfferRow[];
    if (imported.length) {
      rows.push(...imported);
      stats.imported = imported.length;
      coverage.push({ nl: `${imported.length} aanbod uit geïmporteerde lijsten (--import)`, en: `${imported.length} offers from imported lists (--import)` });
    }
    if (ctx.opts.online) {
      const duo = await fetchDuoAanbod(ctx);
      rows.push(...duo.rows);
      ctx.out.retrieved[DUO_SOURCE] = new Date().toISOString().slice(0, 10);
      const d = duo.stats;
      Object.assign(stats, { duoRows: d.rows, duoWithoutCrebo: d.withoutCrebo, duoUnknownPostcode: d.unknownPostcode, duoCreboNotInList: d.notInCatalogue, duoOffers: d.offers });
      ctx.log(`DUO: ${d.rows} rows → ${d.offers} mbo offers; ${d.unknownPostcode} rows with an unknown postcode${d.unknownPostcodes.length ? ` (e.g. ${d.unknownPostcodes.join('; ')})` : ''}`);
    } else {
      coverage.push({
        nl: 'mbo: geen opleidingen per locatie in deze offline build (alleen schoollocaties); draai `npm run build:data -- --online` voor DUO\'s mbo-opleidingsaanbod',
        en: 'mbo: no programmes per location in this offline build (school locations only); run `npm run build:data -- --online` for DUO\'s mbo opleidingsaanbod',
      });
    }
    if (!occupations) coverage.push({ nl: 'beroepskoppelingen: geen (geen beroepenbestand in deze build)', en: 'occupation links: none (no occupations file in this build)' });
    const all = uniqueIds(rows);
    ctx.out.add({
      id: 'offers',
      path: 'offers.json',
      data: { rows: all },
      sources: [...new Set(all.map((r) => r.source))].sort(),
      rows: all.length,
      lazy: true,
      coverage: joinText(coverage, '. '),
      stats,
    });
    return `${all.length} offers (${s.offers} hbo/wo from ${HOVI_SOURCE}, ${s.withGroep} with an occupation-group link; ${stats.switchExamples ?? 0} switch examples; ${imported.length} imported${stats.duoOffers !== undefined ? `; ${stats.duoOffers} mbo from DUO` : ''})`;
  },
};
