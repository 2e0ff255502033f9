/**
 * Step: offers (lazy data/offers.json). hbo/wo programmes from the HOVI extract; more readers add rows here
 * (DUO mbo opleidingsaanbod when online, imported lists). Region codes come from point-in-polygon against the
 * regions of this build; occupation links from the occupations product when an earlier step made it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfferRow } from '../../src/data/schemas';
import { need, type Step, type StepContext } from '../lib/context';
import { SourceShapeError } from '../lib/errors';
import { RegionLocator } from '../lib/region-codes';
import { HOVI_FILE, HOVI_SOURCE, readHoviOffers } from './read-hovi';
import { fetchDuoAanbod } from './fetch-duo';
import { DUO_SOURCE } from './read-duo-aanbod';

export function readSourceText(ctx: StepContext, rel: string): string {
  const path = join(ctx.opts.sources, rel);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new SourceShapeError(path, '(file)', 'cannot be read');
  }
}

/** PC4 → centroid, from the places product (undefined when no earlier step made places). */
export function pc4Lookup(ctx: StepContext): ((pc4: string) => { lon: number; lat: number } | undefined) | undefined {
  const rows = ctx.products.places?.rows;
  if (!rows) return undefined;
  const m = new Map(rows.filter((r) => r.kind === 'pc4').map((r) => [r.key, { lon: r.lon, lat: r.lat }]));
  return (pc4) => m.get(pc4);
}

export const offersStep: Step = {
  name: 'offers',
  async run(ctx) {
    const locator = new RegionLocator(need(ctx, 'regions'));
    const occupations = ctx.products.occupations;
    const hovi = readHoviOffers(readSourceText(ctx, HOVI_FILE), join(ctx.opts.sources, HOVI_FILE), { locator, occupations, pc4: pc4Lookup(ctx) });
    const rows: OfferRow[] = [...hovi.rows];
    const s = hovi.stats;
    const stats: Record<string, number | string> = {};
    if (ctx.opts.online) {
      const duo = await fetchDuoAanbod(ctx);
      rows.push(...duo.rows);
      ctx.out.retrieved[DUO_SOURCE] = new Date().toISOString().slice(0, 10);
      const d = duo.stats;
      Object.assign(stats, { duoRows: d.rows, duoWithoutCrebo: d.withoutCrebo, duoUnknownPostcode: d.unknownPostcode, duoCreboNotInList: d.notInCatalogue, duoOffers: d.offers });
      ctx.log(`DUO: ${d.rows} rows → ${d.offers} mbo offers; ${d.unknownPostcode} rows with an unknown postcode${d.unknownPostcodes.length ? ` (e.g. ${d.unknownPostcodes.join('; ')})` : ''}`);
    }
    ctx.log(`HOVI: ${s.rows} rows, ${s.programmeRows} programme rows → ${s.offers} offers (${s.merged} same-named variants merged, ${s.noLocation} without a location, ${s.snapped} snapped to the nearest region)`);
    const coverage = [
      'hbo/wo: HOVI-extract van feb 2025 zonder Universiteit Leiden, Rijksuniversiteit Groningen en Universiteit van Amsterdam (ontbreken in de momentopname); alleen opleidingen (geen minors, specialisaties, honourstrajecten of cursussen)',
      ...(ctx.opts.online ? [] : ['mbo: geen opleidingen per locatie in deze offline build (alleen schoollocaties); draai `npm run build:data -- --online` voor DUO\'s mbo-opleidingsaanbod']),
      ...(occupations ? [] : ['beroepskoppelingen: geen (geen beroepenbestand in deze build)']),
    ].join('. ');
    ctx.out.add({
      id: 'offers',
      path: 'offers.json',
      data: { rows },
      sources: [...new Set(rows.map((r) => r.source))].sort(),
      rows: rows.length,
      lazy: true,
      coverage,
      stats: {
        hoviRows: s.rows,
        hoviProgrammeRows: s.programmeRows,
        hoviNotProgramme: s.notProgramme,
        hoviMerged: s.merged,
        hoviNoLocation: s.noLocation,
        hoviGeocodedByPostcode: s.geocodedByPostcode,
        hoviSnapped: s.snapped,
        hoviWithGroep: s.withGroep,
        ...stats,
      },
    });
    return `${rows.length} offers (${s.offers} hbo/wo from ${HOVI_SOURCE}, ${s.withGroep} with an occupation-group link${stats.duoOffers !== undefined ? `; ${stats.duoOffers} mbo from DUO` : ''})`;
  },
};
