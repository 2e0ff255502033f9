/**
 * Whole-build checks: the committed data/ is reproducible byte for byte from the local sources; a source that
 * changed shape stops the build naming file and field and leaves data/ untouched; --online without network
 * stops with a plain message. Every build writes into a temporary copy, never into data/.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildData } from '../../scripts/build-data';
import type { FetchLike } from '../../scripts/lib/download';

const SOURCES = resolve('../shared/sources');

/** sha256 of every file under dir, by relative path. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const p = join(f.parentPath, f.name);
    out[p.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** A copy of data/ to build into, in a fresh temp folder. */
function dataCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-build-'));
  const out = join(dir, 'data');
  cpSync('data', out, { recursive: true });
  return { dir, out };
}

/** ../shared/sources with one file replaced: every other folder and file is a symlink to the original. */
function sourcesWith(folder: string, file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-sources-'));
  for (const f of readdirSync(SOURCES)) if (f !== folder) symlinkSync(join(SOURCES, f), join(dir, f));
  mkdirSync(join(dir, folder));
  for (const f of readdirSync(join(SOURCES, folder), { recursive: true, withFileTypes: true })) {
    const rel = join(f.parentPath, f.name).slice(join(SOURCES, folder).length + 1);
    if (f.isDirectory()) mkdirSync(join(dir, folder, rel), { recursive: true });
    else if (rel !== file) symlinkSync(join(SOURCES, folder, rel), join(dir, folder, rel));
  }
  writeFileSync(join(dir, folder, file), edit(readFileSync(join(SOURCES, folder, file), 'utf8')));
  return dir;
}

describe('build:data from the local sources', () => {
  it('reproduces the committed data/ byte for byte (sha256 of every file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipeline-rebuild-'));
    const out = join(dir, 'data');
    await buildData(['--sources', SOURCES, '--out', out], () => {});
    const rebuilt = hashes(out);
    expect(rebuilt).toEqual(hashes(resolve('data')));
    // every file is one the manifest lists (and every listed file exists), with the size and sha256 it states
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
    expect(Object.keys(rebuilt).sort()).toEqual(['manifest.json', ...manifest.files.map((f) => f.path)].sort());
    for (const f of manifest.files) {
      expect(rebuilt[f.path], f.path).toBe(f.sha256);
      expect(readFileSync(join(out, f.path)).length, f.path).toBe(f.bytes);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  const cases: [string, string, string, (t: string) => string, RegExp][] = [
    [
      'a renamed column (ESCO iscoGroup → isco_group)',
      'esco',
      'occupations_nl.csv',
      (t) => t.replace('iscoGroup', 'isco_group'),
      /esco\/occupations_nl\.csv: iscoGroup: column missing/,
    ],
    [
      'a missing feature (gemeente Assen dropped from the TopoJSON)',
      'cbs-gebiedsindelingen-2025',
      'gemeente_2025.topojson',
      (t) => {
        const topo = JSON.parse(t);
        const obj = topo.objects.gemeente_2025;
        obj.geometries = obj.geometries.filter((g: { properties: { statcode: string } }) => g.properties.statcode !== 'GM0106');
        return JSON.stringify(topo);
      },
      /gemeente_2025\.topojson: objects\.gemeente_2025: expected 342 features, found 341/,
    ],
    [
      'broken JSON (membership table cut off)',
      'cbs-gemeente-arbeidsmarktregio',
      'arbeidsmarktregio_gemeente.json',
      (t) => t.slice(0, 500),
      /arbeidsmarktregio_gemeente\.json: \(file\): not valid JSON/,
    ],
  ];
  for (const [what, folder, file, edit, message] of cases) {
    it(`stops on ${what}, naming file and field, and leaves data/ untouched`, async () => {
      const sources = sourcesWith(folder, file, edit);
      const { dir, out } = dataCopy();
      const before = hashes(out);
      const err = await buildData(['--sources', sources, '--out', out], () => {}).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(message);
      expect(hashes(out)).toEqual(before);
      expect(readdirSync(dir)).toEqual(['data']); // no half-built temp folder left behind
      rmSync(dir, { recursive: true, force: true });
      rmSync(sources, { recursive: true, force: true });
    }, 120_000);
  }
});

describe('build:data --online without network', () => {
  it('stops at the first download with a plain message and leaves data/ untouched', async () => {
    const { dir, out } = dataCopy();
    const before = hashes(out);
    const offline: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.pdok.nl') });
    };
    const err = await buildData(['--online', '--out', out, '--cache', join(dir, 'cache')], () => {}, { fetch: offline }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^PDOK arbeidsmarktregio: cannot reach https:\/\/api\.pdok\.nl\/.* \(getaddrinfo ENOTFOUND api\.pdok\.nl\)\. Is there a network connection\?/);
    expect((err as Error).message).toMatch(/npm run build:data -- --sources/);
    expect(hashes(out)).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
