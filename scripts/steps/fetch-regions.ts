/**
 * --online readers for the region layers:
 * - PDOK OGC API Features (CBS gebiedsindelingen, generalised layers): GeoJSON pages followed through their
 *   `next` link, features kept where `jrstatcode` starts with the year (the API holds several years).
 * - CBS OData v3 table 86247NED "Gebieden in Nederland": the gemeente → arbeidsmarktregio code, with the
 *   column found through the table's DataProperties (CBS numbers its columns per table: Code_12, …).
 * Both read through the download cache; fixtures in tests/fixtures/online/ follow the documented formats.
 */
import { simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionCollection, RegionFeature, RegionKind } from '../../src/data/schemas';
import type { StepContext } from '../lib/context';
import { cachedDownload, DownloadError } from '../lib/download';
import { SourceShapeError } from '../lib/errors';
import { roundCoord } from '../lib/json';
import { labelPoint } from './read-regions';
import type { Membership } from './region-parents';

export const PDOK_BASE = 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1';
export const CBS_ODATA = 'https://opendata.cbs.nl/ODataApi/odata/86247NED';
export const REGION_YEAR = '2025';
const COUNT: Record<RegionKind, number> = { arbeidsmarktregio: 35, provincie: 12, gemeente: 342 };
const CODE: Record<RegionKind, RegExp> = { arbeidsmarktregio: /^AM\d{2}$/, provincie: /^PV\d{2}$/, gemeente: /^GM\d{4}$/ };
/** PDOK's generalised layers are finer than a zoom 6–10 map needs: simplified to ~30 m (< 1 px at zoom 10). */
export const SIMPLIFY_DEGREES = 0.0003;
const MAX_PAGES = 200;

type FetchCtx = Pick<StepContext, 'opts' | 'fetch' | 'log'>;

const fetchImpl = (ctx: FetchCtx) => ctx.fetch ?? (globalThis.fetch as unknown as NonNullable<StepContext['fetch']>);

/** Download (or take from the cache) and parse JSON; broken JSON names the source and the URL. */
async function getJson(ctx: FetchCtx, cacheName: string, label: string, url: string): Promise<unknown> {
  const bytes = await cachedDownload(fetchImpl(ctx), ctx.opts.cache, cacheName, label, url, ctx.log);
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    throw new SourceShapeError(`${label} ${url}`, '(response)', `not valid JSON: ${(e as Error).message}`);
  }
}

const cacheKey = (url: string) => url.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 180);

const roundRing = (ring: number[][]) => ring.map(([x, y]) => [roundCoord(x!), roundCoord(y!)] as [number, number]);

/** One PDOK page → the features of the wanted year, checked; returns the next page's URL, if any. */
export function readPdokPage(json: unknown, kind: RegionKind, url: string, year = REGION_YEAR): { features: RegionFeature[]; next?: string } {
  const where = `PDOK ${kind} ${url}`;
  const page = json as { type?: unknown; features?: unknown; links?: { rel?: string; href?: string }[] };
  if (page?.type !== 'FeatureCollection') throw new SourceShapeError(where, 'type', `expected "FeatureCollection", got ${JSON.stringify(page?.type)}`);
  if (!Array.isArray(page.features)) throw new SourceShapeError(where, 'features', 'missing (expected an array)');
  const features: RegionFeature[] = [];
  page.features.forEach((f: Feature<Polygon | MultiPolygon, Record<string, unknown>>, i: number) => {
    const p = f?.properties ?? {};
    if (typeof p.jrstatcode !== 'string') throw new SourceShapeError(where, `features[${i}].properties.jrstatcode`, 'missing');
    if (!p.jrstatcode.startsWith(year)) return;
    const code = p.statcode;
    if (typeof code !== 'string' || !CODE[kind].test(code)) throw new SourceShapeError(where, `features[${i}].properties.statcode`, `expected a ${kind} code, got ${JSON.stringify(code)}`);
    if (typeof p.statnaam !== 'string' || !p.statnaam) throw new SourceShapeError(where, `features[${i}].properties.statnaam`, `missing name for ${code}`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new SourceShapeError(where, `features[${i}].geometry`, `expected a (Multi)Polygon for ${code}`);
    const simple = simplify(f as never, { tolerance: SIMPLIFY_DEGREES, highQuality: true }) as Feature<Polygon | MultiPolygon>;
    const g = simple.geometry;
    const geometry = g.type === 'Polygon' ? { type: 'Polygon' as const, coordinates: g.coordinates.map(roundRing) } : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
    features.push({ type: 'Feature', properties: { code, name: p.statnaam, kind, label: labelPoint(f) }, geometry });
  });
  const next = page.links?.find((l) => l?.rel === 'next')?.href;
  return { features, ...(next ? { next } : {}) };
}

/** `expected`: how many regions of the year there must be (35 / 12 / 342; tests pass their fixture's count). */
export async function fetchRegionsPdok(ctx: FetchCtx, kind: RegionKind, expected = COUNT[kind]): Promise<RegionCollection> {
  let url: string | undefined = `${PDOK_BASE}/collections/${kind}_gegeneraliseerd/items?f=json&limit=1000`;
  const all = new Map<string, RegionFeature>();
  for (let page = 0; url; page++) {
    if (page >= MAX_PAGES) throw new DownloadError(`PDOK ${kind}: more than ${MAX_PAGES} pages; stopped (the paging links loop?)`);
    const json = await getJson(ctx, `pdok/${kind}-${page}-${cacheKey(url)}.json`, `PDOK ${kind}`, url);
    const { features, next } = readPdokPage(json, kind, url);
    for (const f of features) all.set(f.properties.code, f);
    url = next;
  }
  const features = [...all.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  if (features.length !== expected) {
    throw new SourceShapeError(`PDOK ${kind}_gegeneraliseerd`, `features with jrstatcode ${REGION_YEAR}*`, `expected ${expected}, found ${features.length}`);
  }
  return { type: 'FeatureCollection', features };
}

interface ODataPage {
  value?: Record<string, unknown>[];
  'odata.nextLink'?: string;
}

async function odataAll(ctx: FetchCtx, label: string, url: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  for (let page = 0; next; page++) {
    if (page >= MAX_PAGES) throw new DownloadError(`${label}: more than ${MAX_PAGES} pages; stopped`);
    const json = (await getJson(ctx, `cbs/${cacheKey(next)}.json`, label, next)) as ODataPage;
    if (!Array.isArray(json?.value)) throw new SourceShapeError(`${label} ${next}`, 'value', 'missing (expected the OData row array)');
    rows.push(...json.value);
    next = json['odata.nextLink'];
  }
  return rows;
}

/** In DataProperties, the "Code" topic under the topic group whose title starts with "Arbeidsmarktregio". */
export function findAmrCodeKey(props: Record<string, unknown>[], where: string): string {
  const group = props.find((p) => p.Type === 'TopicGroup' && typeof p.Title === 'string' && /^arbeidsmarktregio/i.test(p.Title));
  if (!group) throw new SourceShapeError(where, 'DataProperties', 'no topic group titled "Arbeidsmarktregio…" (the table changed?)');
  const code = props.find((p) => p.ParentID === group.ID && typeof p.Title === 'string' && /^code/i.test(p.Title) && typeof p.Key === 'string');
  if (!code) throw new SourceShapeError(where, `DataProperties (group ${String(group.Title)})`, 'no "Code" column under it');
  return code.Key as string;
}

export async function fetchMembershipCbs(ctx: FetchCtx): Promise<{ membership: Membership; file: string }> {
  const label = 'CBS 86247NED';
  const props = await odataAll(ctx, label, `${CBS_ODATA}/DataProperties?$format=json`);
  const key = findAmrCodeKey(props, `${label} DataProperties`);
  const rows = await odataAll(ctx, label, `${CBS_ODATA}/TypedDataSet?$format=json&$select=RegioS,${key}`);
  const membership: Membership = new Map();
  const file = `${label} TypedDataSet`;
  rows.forEach((r, i) => {
    const gm = String(r.RegioS ?? '').trim();
    if (!/^GM\d{4}$/.test(gm)) return; // the table may also list other region kinds
    const amr = String(r[key] ?? '').trim();
    if (!/^AM\d{2}$/.test(amr)) throw new SourceShapeError(file, `row ${i + 1} (${gm}), column ${key}`, `expected an AM code, got ${JSON.stringify(r[key])}`);
    membership.set(gm, amr);
  });
  if (membership.size === 0) throw new SourceShapeError(file, 'RegioS', 'no gemeente rows (GMxxxx)');
  return { membership, file };
}
