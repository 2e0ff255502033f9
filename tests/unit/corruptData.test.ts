import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/data/load';
import { describeError } from '../../src/data/validate';
import type { DatasetId } from '../../src/data/schemas';
import { fsFetcher } from '../lib/fsFetcher';
import { CORRUPTIONS, corrupt } from '../lib/corruptions';
import { syntheticDataFolder } from '../lib/syntheticDataset';

interface Folder {
  name: string;
  /** file text by path relative to data/ */
  read(path: string): string;
  base: Record<string, string>;
}

const committed: Folder = { name: 'committed data/', read: (p) => readFileSync(`data/${p}`, 'utf8'), base: {} };
const synthetic = syntheticDataFolder();
const full: Folder = { name: 'synthetic complete set', read: (p) => synthetic[p]!, base: synthetic };

for (const folder of [committed, full]) {
  const manifest = JSON.parse(folder.read('manifest.json')) as { files: { id: DatasetId; path: string }[] };
  const load = (overrides: Record<string, string | null>) =>
    loadDataset(fsFetcher('data', { ...folder.base, ...overrides }), 'data/', { includeLazy: true });

  describe(`every file of the ${folder.name}, corrupted`, () => {
    it('loads cleanly before it is corrupted', async () => {
      const r = await load({});
      if (!r.ok) throw new Error(r.errors.map(describeError).join('\n'));
      expect(r.dataset.errors).toEqual([]);
      expect(Object.keys(r.dataset.files).sort()).toEqual(manifest.files.map((f) => f.id).sort());
    });

    for (const file of manifest.files) {
      for (const how of CORRUPTIONS) {
        it(`${file.path}, ${how}: a message names the file${how === 'truncated' || how === 'empty' ? '' : ', row and field'}; the other files still load`, async () => {
          const bad = corrupt(file.id, how, folder.read(file.path));
          const r = await load({ [file.path]: bad.text });
          if (!r.ok) throw new Error('the manifest should still load');
          const mine = r.dataset.errors.filter((e) => e.file === file.path);
          expect(mine.length).toBeGreaterThan(0);
          if (bad.expect.field !== undefined) {
            const where = bad.expect.row === undefined ? { field: bad.expect.field } : { row: bad.expect.row, field: bad.expect.field };
            expect(mine).toContainEqual(expect.objectContaining(where));
            const text = describeError(mine.find((e) => e.field === bad.expect.field)!);
            expect(text).toContain(file.path);
            expect(text).toContain(`field "${bad.expect.field}"`);
          } else {
            expect(mine[0]!.message).toMatch(how === 'empty' ? /empty/ : /not valid JSON/);
          }
          // the broken file is left out; every other file is still there, and no other file is blamed
          expect(r.dataset.files[file.id]).toBeUndefined();
          const others = manifest.files.filter((f) => f.id !== file.id).map((f) => f.id).sort();
          expect(Object.keys(r.dataset.files).sort()).toEqual(others);
          expect(r.dataset.errors.filter((e) => e.file !== file.path)).toEqual([]);
        });
      }

      it(`${file.path}, missing: says it could not be loaded; the other files still load`, async () => {
        const r = await load({ [file.path]: null });
        if (!r.ok) throw new Error('the manifest should still load');
        expect(r.dataset.errors).toEqual([{ file: file.path, message: 'could not be loaded (HTTP 404)', kind: 'missing' }]);
        expect(Object.keys(r.dataset.files).sort()).toEqual(manifest.files.filter((f) => f.id !== file.id).map((f) => f.id).sort());
      });
    }
  });

  describe(`manifest.json of the ${folder.name}, corrupted`, () => {
    const text = folder.read('manifest.json');
    const cases: [string, string, RegExp | string][] = [
      ['truncated', text.slice(0, Math.floor(text.length / 2)), /not valid JSON/],
      ['empty', '', 'the file is empty'],
      ['wrong type', JSON.stringify({ ...JSON.parse(text), buildId: 12345 }), 'buildId'],
      ['missing field', JSON.stringify({ ...JSON.parse(text), files: undefined }), 'files'],
    ];
    for (const [how, body, expected] of cases) {
      it(`${how}: a fatal error naming manifest.json`, async () => {
        const r = await load({ 'manifest.json': body });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.every((e) => e.file === 'manifest.json')).toBe(true);
        const said = r.errors.map((e) => `${e.field ?? ''} ${e.message}`).join('\n');
        if (typeof expected === 'string') expect(said).toContain(expected);
        else expect(said).toMatch(expected);
      });
    }

    it('unknown source id: named in manifest.json, the files still load', async () => {
      const m = JSON.parse(text);
      m.files[0].sources = ['no-such-source'];
      const r = await load({ 'manifest.json': JSON.stringify(m) });
      if (!r.ok) throw new Error('manifest should load');
      expect(r.dataset.errors).toContainEqual(
        expect.objectContaining({ file: 'manifest.json', field: `files.${m.files[0].id}.sources`, message: 'unknown source id "no-such-source"' }),
      );
    });
  });
}
