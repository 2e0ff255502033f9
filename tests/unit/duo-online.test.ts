/**
 * The --online DUO mbo opleidingsaanbod reader on a synthetic fixture that follows DUO's CSV and CKAN structure
 * (tests/fixtures/duo/README.md), with an injected fetch: no network is used.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { QualificationRow } from '../../src/data/schemas';
import { ckanResources, DUO_PACKAGE_URL, readDuoOnline, resolveResource } from '../../scripts/steps/fetch-duo';
import { sniffDelimiter } from '../../scripts/steps/read-duo-aanbod';
import { RegionLocator } from '../../scripts/lib/region-codes';
import type { FetchLike } from '../../scripts/lib/download';

const F = 'tests/fixtures/duo/';
const PACKAGE = JSON.parse(readFileSync(`${F}package_show.synthetic.json`, 'utf8'));
const CSV = readFileSync(`${F}mbo_opleidingsaanbod.synthetic.csv`);
const MAIN_URL = PACKAGE.result.resources[1].url as string;
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const regions = { arbeidsmarktregio: json('data/regions/arbeidsmarktregio.geojson'), provincie: json('data/regions/provincie.geojson'), gemeente: json('data/regions/gemeente.geojson') };
const quals = new Map((json('data/qualifications.json').rows as QualificationRow[]).map((q) => [q.crebo, q]));
// PC4 centroids for the fixture's postcodes (roughly central Groningen and Emmen)
const PC4: Record<string, { lon: number; lat: number }> = { '9727': { lon: 6.555, lat: 53.205 }, '7811': { lon: 6.903, lat: 52.782 } };
const deps = { locator: new RegionLocator(regions), pc4: (k: string) => PC4[k], qualifications: quals };

function fakeFetch(calls: string[]): FetchLike {
  return async (url) => {
    calls.push(url);
    const body = url === DUO_PACKAGE_URL ? new TextEncoder().encode(JSON.stringify(PACKAGE)) : url === MAIN_URL ? new Uint8Array(CSV) : undefined;
    if (!body) return { ok: false, status: 404, statusText: 'Not Found', arrayBuffer: async () => new ArrayBuffer(0) };
    return { ok: true, status: 200, arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer };
  };
}

describe('DUO mbo opleidingsaanbod reader (--online)', () => {
  it('resolves the resource by name through package_show and yields mbo offers per location', async () => {
    const calls: string[] = [];
    const cache = mkdtempSync(join(tmpdir(), 'duo-test-'));
    const r = await readDuoOnline({ fetch: fakeFetch(calls), cacheDir: cache, deps });
    expect(calls).toEqual([DUO_PACKAGE_URL, MAIN_URL]);
    // 7 rows: 2 leertrajecten of one Kok merge, 1 keuzedeel (no crebo), 1 unknown postcode → 4 offers
    expect(r.stats).toMatchObject({ rows: 7, withoutCrebo: 1, unknownPostcode: 1, notInCatalogue: 1, offers: 4 });
    const kokGroningen = r.rows.find((o) => o.crebo === '25180' && o.provider === 'ROC Synthetisch Noord')!;
    expect(kokGroningen).toMatchObject({
      kind: 'mbo', level: 'mbo2', leerweg: ['BOL', 'BBL'], title: 'Kok', arbeidsmarktregio: 'AM01',
      location: { postcode: '9727 AB', place: 'Groningen', address: 'Voorbeeldweg 1', precision: 'postcode' },
      url: 'https://voorbeeld.invalid/kok', source: 'duo-mbo-opleidingsaanbod',
    });
    // occupation links come from the qualification catalogue: Kok → BRC 1112 Koks
    expect(kokGroningen.groepen.map((g) => g.groep)).toEqual(['1112']);
    // the institution's own name wins over the qualification name; BBL only = combinable with work
    expect(r.rows.find((o) => o.crebo === '25655')).toMatchObject({ title: 'Verpleegkundige, werken en leren', level: 'mbo4', leerweg: ['BBL'] });
    expect(r.rows.find((o) => o.crebo === '25180' && o.provider === 'Synthetisch College')).toMatchObject({ arbeidsmarktregio: 'AM03', leerweg: ['BBL'], location: { address: 'Proefstraat 12 a' } });
    // a crebo code missing from the list keeps DUO's own level
    expect(r.rows.find((o) => o.crebo === '99999')).toMatchObject({ level: 'mbo3', groepen: [], klassen: [] });
    // second run reads the cache: only package_show is asked
    const again: string[] = [];
    await readDuoOnline({ fetch: fakeFetch(again), cacheDir: cache, deps });
    expect(again).toEqual([DUO_PACKAGE_URL]);
    rmSync(cache, { recursive: true });
  });

  it('picks the main file, not the cohorten file, and names what it found when the file is missing', () => {
    const res = ckanResources(PACKAGE);
    expect(resolveResource(res, 'mbo_opleidingsaanbod.csv').id).toBe('00000000-synt-0000-0000-aanbod000001');
    expect(() => resolveResource(res.slice(0, 1), 'mbo_opleidingsaanbod.csv')).toThrowError(/no resource "mbo_opleidingsaanbod\.csv"; the dataset lists: mbo_opleidingsaanbod_cohorten\.csv/);
    expect(() => ckanResources({ success: false, error: { message: 'Not found' } })).toThrowError(/result\.resources: missing/);
    expect(sniffDelimiter('A;B;C\n1;2;3')).toBe(';');
    expect(sniffDelimiter('A,B\n1;2')).toBe(',');
  });

  it('without network it stops with a clear message, not a stack trace', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND onderwijsdata.duo.nl') });
    };
    await expect(readDuoOnline({ fetch: offline, cacheDir: tmpdir(), deps })).rejects.toThrowError(
      /^DUO mbo opleidingsaanbod \(onderwijsdata\.duo\.nl\): cannot reach https:\/\/onderwijsdata\.duo\.nl\/api\/3\/action\/package_show\?id=mbo_opleidingsaanbod \(getaddrinfo ENOTFOUND onderwijsdata\.duo\.nl\)\. Is there a network connection\?.*--sources/,
    );
  });
});
