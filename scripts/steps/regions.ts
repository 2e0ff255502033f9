/**
 * Step: regions. 35 arbeidsmarktregio's, 12 provincies and 342 gemeenten (2025) with their parent codes.
 * Geometry is kept as the source generalised it (~100 m, truthful at zoom 6–10), rounded to 5 decimals.
 */
import { join } from 'node:path';
import type { RegionKind } from '../../src/data/schemas';
import type { Step } from '../lib/context';
import { readRegionsLocal } from './read-regions';
import { fetchMembershipCbs, fetchRegionsPdok } from './fetch-regions';
import { checkBbox, linkRegions, readMembershipJson, type Regions } from './region-parents';
import { readSourceFile } from '../lib/source-file';

export function readMembershipLocal(sourcesDir: string) {
  const file = join(sourcesDir, 'cbs-gemeente-arbeidsmarktregio', 'arbeidsmarktregio_gemeente.json');
  return { membership: readMembershipJson(readSourceFile(file), file), file };
}

export const KINDS: RegionKind[] = ['arbeidsmarktregio', 'provincie', 'gemeente'];

export const regionsStep: Step = {
  name: 'regions',
  async run(ctx) {
    const online = ctx.opts.online;
    const read = async (kind: RegionKind) => (online ? fetchRegionsPdok(ctx, kind) : readRegionsLocal(ctx.opts.sources, kind));
    const regions: Regions = { arbeidsmarktregio: await read('arbeidsmarktregio'), provincie: await read('provincie'), gemeente: await read('gemeente') };
    for (const kind of KINDS) checkBbox(regions[kind], `${kind}_2025`);
    const { membership, file } = online ? await fetchMembershipCbs(ctx) : readMembershipLocal(ctx.opts.sources);
    const report = linkRegions(regions, membership, file);
    ctx.products.regions = regions;
    if (online) for (const id of ['pdok-gebiedsindelingen', 'cbs-86247ned']) ctx.out.retrieved[id] = new Date().toISOString().slice(0, 10);
    const notNested = report.notNested.map((r) => `${r.code} ${r.name} (${r.provincies.join('+')})`);
    for (const kind of KINDS) {
      ctx.out.add({
        id: `regions-${kind}`,
        path: `regions/${kind}.geojson`,
        data: regions[kind],
        sources: online
          ? kind === 'provincie' ? ['pdok-gebiedsindelingen'] : ['pdok-gebiedsindelingen', 'cbs-86247ned']
          : kind === 'provincie' ? ['cbs-gebiedsindelingen-2025'] : ['cbs-gebiedsindelingen-2025', 'cbs-gebieden-in-nederland-2026'],
        rows: regions[kind].features.length,
        lazy: kind === 'gemeente',
        ...(kind === 'arbeidsmarktregio' ? { stats: { notNested: report.notNested.length, notNestedCodes: report.notNested.map((r) => r.code).join(' ') } } : {}),
        ...(kind === 'gemeente' ? { stats: { labelOutsideTableAmr: report.spatialDisagreements.length, provincieByNearest: report.provincieSnapped.join(' ') } } : {}),
      });
    }
    ctx.log(`not nested in one provincie: ${notNested.join('; ') || 'none'}`);
    if (report.provincieSnapped.length) ctx.log(`gemeente outside every provincie outline, nearest taken: ${report.provincieSnapped.join(' ')}`);
    if (report.spatialDisagreements.length) ctx.log(`gemeente label point outside its table AMR: ${report.spatialDisagreements.join(' ')}`);
    return `${regions.arbeidsmarktregio.features.length} AMR, ${regions.provincie.features.length} provincies, ${regions.gemeente.features.length} gemeenten; ${report.notNested.length} AMR span >1 provincie`;
  },
};
