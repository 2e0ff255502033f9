/**
 * The --online readers of the pipeline (PDOK regions, CBS 86247NED membership, ESCO ZIP), each on small
 * SYNTHETIC fixtures in the real response formats (tests/fixtures/online/README.md), through an injected fetch.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../scripts/lib/args';
import type { FetchLike } from '../../scripts/lib/download';
import { CBS_ODATA, PDOK_BASE, fetchMembershipCbs, fetchRegionsPdok } from '../../scripts/steps/fetch-regions';
import { buildOccupationTitles, fetchEscoZip } from '../../scripts/steps/occupation-titles';
import { indexOccupations } from '../../scripts/lib/occupation-index';
import { occupations } from '../../src/data/schemas';

const FIX = 'tests/fixtures/online';
const P1 = `${PDOK_BASE}/collections/provincie_gegeneraliseerd/items?f=json&limit=1000`;
const ROUTES: Record<string, string> = {
  [P1]: 'pdok-provincie-page1.json',
  [`${P1}&cursor=synthetic2`]: 'pdok-provincie-page2.json',
  [`${CBS_ODATA}/DataProperties?$format=json`]: 'cbs-86247ned-dataproperties.json',
  [`${CBS_ODATA}/TypedDataSet?$format=json&$select=RegioS,Code_12`]: 'cbs-86247ned-typed-page1.json',
  'https://opendata.cbs.nl/ODataApi/OData/86247NED/TypedDataSet?$format=json&$select=RegioS,Code_12&$skip=2': 'cbs-86247ned-typed-page2.json',
  'https://esco.example/download/ESCO-dataset-nl-csv.zip': 'esco-occupations-nl.zip',
};

/** A fetch over the fixtures; `override` replaces a response body (to break it). */
function fixtureFetch(override: Record<string, string> = {}, seen: string[] = []): FetchLike {
  return async (url) => {
    seen.push(url);
    const body = override[url] ?? (ROUTES[url] ? readFileSync(join(FIX, ROUTES[url]!)) : undefined);
    if (body === undefined) return { ok: false, status: 404, statusText: 'Not Found', arrayBuffer: async () => new ArrayBuffer(0) };
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
    return { ok: true, status: 200, arrayBuffer: async () => bytes.slice().buffer };
  };
}

const ctxWith = (fetch: FetchLike) => {
  const cache = mkdtempSync(join(tmpdir(), 'pipeline-cache-'));
  return { ctx: { opts: { ...parseArgs(['--online', '--cache', cache]) }, fetch, log: () => {} }, cleanup: () => rmSync(cache, { recursive: true, force: true }) };
};

describe('PDOK OGC API Features reader', () => {
  it('follows the next link, keeps only jrstatcode 2025 features, adds label points', async () => {
    const seen: string[] = [];
    const { ctx, cleanup } = ctxWith(fixtureFetch({}, seen));
    const fc = await fetchRegionsPdok(ctx, 'provincie', 2);
    expect(seen).toEqual([P1, `${P1}&cursor=synthetic2`]);
    expect(fc.features.map((f) => `${f.properties.code} ${f.properties.name}`)).toEqual(['PV20 Noordland', 'PV21 Zuidland']);
    // the near-collinear vertex (6.10001, 53.00002) is simplified away; the square stays a closed 5-point ring
    expect(fc.features[0]!.geometry.coordinates).toEqual([[[6, 53], [6.2, 53], [6.2, 53.2], [6, 53.2], [6, 53]]]);
    expect(fc.features[0]!.properties.label).toEqual([6.1, 53.1]);
    expect(fc.features[1]!.geometry.type).toBe('MultiPolygon');
    // a second run reads the cache: no new requests
    const again = await fetchRegionsPdok(ctx, 'provincie', 2);
    expect(again).toEqual(fc);
    expect(seen).toHaveLength(2);
    cleanup();
  });

  it('stops naming the URL and field on broken JSON, a missing field or a missing feature', async () => {
    const broken = ctxWith(fixtureFetch({ [P1]: '{"type":"FeatureCollection","features":[' }));
    await expect(fetchRegionsPdok(broken.ctx, 'provincie', 2)).rejects.toThrowError(/PDOK provincie https:\/\/api\.pdok\.nl\/.*: \(response\): not valid JSON/);
    broken.cleanup();
    const page = JSON.parse(readFileSync(join(FIX, 'pdok-provincie-page2.json'), 'utf8'));
    delete page.features[0].properties.statnaam;
    const noName = ctxWith(fixtureFetch({ [`${P1}&cursor=synthetic2`]: JSON.stringify(page) }));
    await expect(fetchRegionsPdok(noName.ctx, 'provincie', 2)).rejects.toThrowError(/features\[0\]\.properties\.statnaam: missing name for PV21/);
    noName.cleanup();
    const short = ctxWith(fixtureFetch());
    await expect(fetchRegionsPdok(short.ctx, 'provincie')).rejects.toThrowError(/PDOK provincie_gegeneraliseerd: features with jrstatcode 2025\*: expected 12, found 2/);
    short.cleanup();
  });
});

describe('CBS OData 86247NED reader', () => {
  it('finds the arbeidsmarktregio code column through DataProperties and pages through TypedDataSet', async () => {
    const { ctx, cleanup } = ctxWith(fixtureFetch());
    const { membership } = await fetchMembershipCbs(ctx);
    expect([...membership]).toEqual([
      ['GM9001', 'AM01'],
      ['GM9002', 'AM01'],
      ['GM9003', 'AM02'],
    ]);
    cleanup();
  });

  it('stops when the table no longer has an Arbeidsmarktregio group (renamed)', async () => {
    const props = readFileSync(join(FIX, 'cbs-86247ned-dataproperties.json'), 'utf8').replace("Arbeidsmarktregio's", 'Werkregio');
    const { ctx, cleanup } = ctxWith(fixtureFetch({ [`${CBS_ODATA}/DataProperties?$format=json`]: props }));
    await expect(fetchMembershipCbs(ctx)).rejects.toThrowError(/CBS 86247NED DataProperties: DataProperties: no topic group titled "Arbeidsmarktregio…"/);
    cleanup();
  });
});

describe('ESCO CSV package reader', () => {
  it('reads occupations_nl.csv out of the ZIP and links titles to BRC groups', async () => {
    const { ctx, cleanup } = ctxWith(fixtureFetch());
    const { text, file } = await fetchEscoZip(ctx as never, 'https://esco.example/download/ESCO-dataset-nl-csv.zip');
    const occ = indexOccupations(occupations.parse(JSON.parse(readFileSync('data/occupations.json', 'utf8'))));
    const res = buildOccupationTitles(text, file, occ);
    expect(res.rows.map((r) => `${r.label}:${r.groep}`)).toEqual(['haarkapper:1114', 'kapper:1114', 'kapster:1114', 'lasser:0742']);
    expect(res.linked).toBe(2);
    cleanup();
  });

  it('says what is wrong when the download is not a ZIP', async () => {
    const { ctx, cleanup } = ctxWith(fixtureFetch({ 'https://esco.example/download/ESCO-dataset-nl-csv.zip': '<html>login</html>' }));
    await expect(fetchEscoZip(ctx as never, 'https://esco.example/download/ESCO-dataset-nl-csv.zip')).rejects.toThrowError(/ESCO https:\/\/esco\.example\/.*: \(archive\): not a ZIP archive/);
    cleanup();
  });
});
