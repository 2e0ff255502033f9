/**
 * The --online ROA reader on a synthetic fixture that follows the raw DataverseNL file's structure
 * (tests/fixtures/roa/README.md), with an injected fetch: no network is used.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readRoaRegionalOnline, ROA_FILE_LIST_URL, ROA_LABEL } from '../../scripts/steps/fetch-roa-regional';
import { normaliseBrc, periodOfSubject } from '../../scripts/steps/read-roa-regional';
import type { FetchLike } from '../../scripts/lib/download';
import { buildData } from '../../scripts/build-data';

const FIXTURE = readFileSync('tests/fixtures/roa/arbeidsmarktinformatie.synthetic.csv');
const REGIONS = [
  { code: 'AM01', name: 'Groningen' },
  { code: 'AM02', name: 'Friesland' },
  { code: 'AM34', name: 'Zuid-Holland Centraal' },
];
const FILE_LIST = {
  status: 'OK',
  data: {
    latestVersion: {
      versionNumber: 5,
      files: [
        { label: 'AIStot2030_Arbeidsmarktinformatie_editie2026_toelichting.csv', dataFile: { id: 674140, checksum: { type: 'MD5', value: 'aa' } } },
        { label: ROA_LABEL, dataFile: { id: 999001, checksum: { type: 'MD5', value: 'bb' } } },
      ],
    },
  },
};

function fakeFetch(calls: string[], list: unknown = FILE_LIST): FetchLike {
  return async (url) => {
    calls.push(url);
    const body = url === ROA_FILE_LIST_URL ? new TextEncoder().encode(JSON.stringify(list)) : url.endsWith('/datafile/999001') ? FIXTURE : undefined;
    if (!body) return { ok: false, status: 404, statusText: 'Not Found', arrayBuffer: async () => new ArrayBuffer(0) };
    return { ok: true, status: 200, arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer };
  };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'roa-test-'));

describe('ROA AIS per-region reader (--online)', () => {
  it('resolves the file id by label, decodes cp1252 and yields regional typeringen', async () => {
    const calls: string[] = [];
    const cache = tmp();
    const r = await readRoaRegionalOnline({ fetch: fakeFetch(calls), cacheDir: cache, regions: REGIONS });
    expect(calls).toEqual([ROA_FILE_LIST_URL, 'https://dataverse.nl/api/access/datafile/999001']);
    expect(r.fileId).toBe(999001);
    expect(r.areas).toEqual(['AM01', 'AM02', 'AM34']);
    const get = (g: string, a: string, i: string) => r.rows.find((x) => x.groep === g && x.area === a && x.indicator === i);
    // hand-read from the fixture
    expect(get('0114', 'AM01', 'jobOpenings')).toEqual({
      groep: '0114', area: 'AM01', indicator: 'jobOpenings', value: 1234, class: 'erg hoog', pct: 35, period: 'tot 2030', source: 'roa-ais-2030-ed2026', scope: 'regional',
    });
    expect(get('0114', 'AM01', 'futureBottleneck')).toMatchObject({ value: 0.812, class: 'groot', period: '2030' });
    expect(get('0114', 'AM01', 'tension')).toMatchObject({ value: 9.5, class: 'krap', period: '2026Q1' });
    expect(get('0114', 'AM01', 'direction')).toMatchObject({ value: null, class: 'blijft krap', period: '2025-2030' });
    expect(get('1051', 'AM02', 'jobOpenings')).toMatchObject({ value: 2100, class: 'hoog' }); // "01051"
    expect(get('1051', 'AM34', 'expansionDemand')).toMatchObject({ value: 150 }); // "1051.0", name spelled differently
    expect(get('1121', 'AM01', 'jobOpenings')).toMatchObject({ value: 800 }); // row with a cp1252 é
    // national, provincial, suppressed, other-thema and vergelijkbaarheid rows yield nothing
    expect(r.rows).toHaveLength(7);
    expect(r.rows.every((x) => x.scope === 'regional' && x.area.startsWith('AM'))).toBe(true);
    // second run reads the cache: only the file list is fetched
    const again: string[] = [];
    await readRoaRegionalOnline({ fetch: fakeFetch(again), cacheDir: cache, regions: REGIONS });
    expect(again).toEqual([ROA_FILE_LIST_URL]);
    rmSync(cache, { recursive: true });
  });

  it('names the labels it found when the file is not in the dataset', async () => {
    const list = { data: { latestVersion: { files: [{ label: 'other.csv', dataFile: { id: 1 } }] } } };
    await expect(readRoaRegionalOnline({ fetch: fakeFetch([], list), cacheDir: tmp(), regions: REGIONS })).rejects.toThrowError(
      /no file labelled "AIStot2030_Arbeidsmarktinformatie_editie2026\.csv"; the dataset lists: other\.csv/,
    );
  });

  it('fails when a region gets no rows, naming it', async () => {
    const regions = [...REGIONS, { code: 'AM24', name: 'Zeeland' }];
    await expect(readRoaRegionalOnline({ fetch: fakeFetch([]), cacheDir: tmp(), regions })).rejects.toThrowError(/AM24 Zeeland/);
  });

  it('normalises BRC codes and periods as ROA writes them', () => {
    expect(normaliseBrc('01051')).toBe('1051');
    expect(normaliseBrc('114.0')).toBe('0114');
    expect(normaliseBrc('0114')).toBe('0114');
    expect(normaliseBrc('Mbo2')).toBeUndefined();
    expect(periodOfSubject('indicator huidige arbeidsmarktsituatie beroep (2026Q1)')).toBe('2026Q1');
    expect(periodOfSubject('verwachte baanopeningen tot 2030')).toBe('tot 2030');
  });

  it('without network, build:data --online stops with a clear message and leaves data/ untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'data');
    cpSync('data', out, { recursive: true });
    const before = readdirSync(out, { recursive: true }).map(String).sort().map((f) => [f, safeRead(join(out, f))]);
    const offline: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND dataverse.nl') });
    };
    const lines: string[] = [];
    const err = await buildData(['--online', '--out', out, '--cache', join(dir, 'cache')], (l) => lines.push(l), { fetch: offline }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    // the first online step (pipeline: PDOK regions) is the one that reports the missing network
    expect((err as Error).message).toMatch(/^[^:]+: cannot reach https:\/\/\S+ \(getaddrinfo ENOTFOUND dataverse\.nl\)\. Is there a network connection\?/);
    expect((err as Error).message).toMatch(/npm run build:data -- --sources/);
    const after = readdirSync(out, { recursive: true }).map(String).sort().map((f) => [f, safeRead(join(out, f))]);
    expect(after).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.data-build-'))).toEqual([]);
    rmSync(dir, { recursive: true });
  }, 60_000); // runs the local steps before this one: seconds on a loaded 2-core machine
});

function safeRead(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '(dir)';
  }
}
