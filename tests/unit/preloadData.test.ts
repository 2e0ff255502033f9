/** The build's <link rel="preload"> list: the manifest and the eager data files, with the URLs the app fetches. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preloadUrls } from '../../scripts/vite/preloadData';

describe('preloadUrls', () => {
  it('a made-up manifest: manifest.json first, then each eager file with ?v=<buildId>; lazy files left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preload-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ buildId: 'abc', files: [{ path: 'a.json' }, { path: 'big.json', lazy: true }, { path: 'regions/r.geojson', lazy: false }] }),
    );
    expect(preloadUrls(dir)).toEqual(['data/manifest.json', 'data/a.json?v=abc', 'data/regions/r.geojson?v=abc']);
  });

  it('the committed data: exactly the files not marked lazy', () => {
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { buildId: string; files: { path: string; lazy: boolean }[] };
    const eager = m.files.filter((f) => f.lazy !== true).map((f) => f.path);
    expect(eager).toContain('regions/arbeidsmarktregio.geojson');
    expect(preloadUrls('data')).toEqual(['data/manifest.json', ...eager.map((p) => `data/${p}?v=${m.buildId}`)]);
  });

  it('no manifest or a broken one: nothing to preload (the app reports the problem itself)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preload-'));
    expect(preloadUrls(dir)).toEqual([]);
    writeFileSync(join(dir, 'manifest.json'), '{ broken');
    expect(preloadUrls(dir)).toEqual([]);
  });
});
