/**
 * --online: DUO's open *mbo opleidingsaanbod* through the CKAN API of onderwijsdata.duo.nl. Resource URLs embed
 * ids that change when DUO re-uploads, so the resource is resolved by dataset name (`package_show`), then
 * downloaded (cached by resource id + last modification) and read by read-duo-aanbod.ts.
 */
import type { StepContext } from '../lib/context';
import { need } from '../lib/context';
import { cachedDownload, downloadJson, DownloadError, type FetchLike } from '../lib/download';
import { SourceShapeError } from '../lib/errors';
import { RegionLocator } from '../lib/region-codes';
import { readDuoAanbod, type DuoDeps } from './read-duo-aanbod';

export const DUO_DATASET = 'mbo_opleidingsaanbod';
export const DUO_PACKAGE_URL = `https://onderwijsdata.duo.nl/api/3/action/package_show?id=${DUO_DATASET}`;
/** the main file; the dataset also has `mbo_opleidingsaanbod_cohorten.csv` */
export const DUO_RESOURCE = 'mbo_opleidingsaanbod.csv';
const LABEL = 'DUO mbo opleidingsaanbod (onderwijsdata.duo.nl)';

export interface CkanResource {
  id: string;
  name: string;
  url: string;
  modified?: string;
}

/** The resources of a CKAN package_show answer. */
export function ckanResources(json: unknown): CkanResource[] {
  const res = json as { success?: unknown; result?: { resources?: unknown } };
  if (res?.success !== true || !Array.isArray(res.result?.resources)) {
    throw new SourceShapeError(DUO_PACKAGE_URL, 'result.resources', 'missing (the CKAN answer changed shape, or the dataset name changed)');
  }
  return res.result.resources.map((r, i) => {
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.url !== 'string') throw new SourceShapeError(DUO_PACKAGE_URL, `result.resources[${i}]`, 'expected an id and a url');
    const modified = typeof o.last_modified === 'string' ? o.last_modified : typeof o.metadata_modified === 'string' ? o.metadata_modified : undefined;
    return { id: o.id, name: typeof o.name === 'string' ? o.name : '', url: o.url, ...(modified ? { modified } : {}) };
  });
}

/** The resource whose file name (from its url, or its name) is `file`. */
export function resolveResource(resources: readonly CkanResource[], file: string): CkanResource {
  const base = (u: string) => decodeURIComponent(u.split('?')[0]!.split('/').pop() ?? '');
  const hit = resources.find((r) => base(r.url) === file) ?? resources.find((r) => r.name === file || `${r.name}.csv` === file);
  if (!hit) throw new SourceShapeError(DUO_PACKAGE_URL, 'result.resources', `no resource "${file}"; the dataset lists: ${resources.map((r) => base(r.url) || r.name).join(', ')}`);
  return hit;
}

export async function readDuoOnline(opts: { fetch: FetchLike; cacheDir: string; deps: DuoDeps; log?: (m: string) => void }) {
  const resource = resolveResource(ckanResources(await downloadJson(opts.fetch, LABEL, DUO_PACKAGE_URL)), DUO_RESOURCE);
  opts.log?.(`${DUO_RESOURCE} is resource ${resource.id}`);
  const stamp = (resource.modified ?? 'unknown').replace(/[^0-9A-Za-z]/g, '');
  const bytes = await cachedDownload(opts.fetch, opts.cacheDir, `duo/${resource.id}-${stamp}-${DUO_RESOURCE}`, LABEL, resource.url, opts.log);
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ...readDuoAanbod(text, `${DUO_RESOURCE} (resource ${resource.id})`, opts.deps), resource };
}

/** The build step's entry: postcodes from the places product, crebo catalogue from the mbo step. */
export async function fetchDuoAanbod(ctx: StepContext) {
  const places = ctx.products.places?.rows;
  if (!places) throw new Error(`${LABEL}: rows are placed by postcode, but this build has no places (PC4 centroids): the places step must run before offers`);
  const centroids = new Map(places.filter((p) => p.kind === 'pc4').map((p) => [p.key, { lon: p.lon, lat: p.lat }]));
  const fetchImpl = ctx.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!fetchImpl) throw new DownloadError(`${LABEL}: this Node has no fetch (Node 20 or later is needed for --online)`);
  const deps: DuoDeps = { locator: new RegionLocator(need(ctx, 'regions')), pc4: (k) => centroids.get(k), qualifications: need(ctx, 'qualifications') };
  return readDuoOnline({ fetch: fetchImpl, cacheDir: ctx.opts.cache, deps, log: ctx.log });
}
