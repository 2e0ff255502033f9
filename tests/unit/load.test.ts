import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/data/load';
import { describeError, locateIssue } from '../../src/data/validate';
import { fsFetcher } from '../lib/fsFetcher';

const amr = () => JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8'));

describe('loading the committed data', () => {
  it('loads and indexes the 35 arbeidsmarktregio\'s', async () => {
    const r = await loadDataset(fsFetcher('data'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.errors).toEqual([]);
    expect(r.dataset.files['regions-arbeidsmarktregio']?.features).toHaveLength(35);
    expect(r.dataset.index.regions.get('AM01')?.name).toBe('Groningen');
    expect(r.dataset.index.regions.get('AM36')?.name).toBe('Regio Zwolle');
  });
});

describe('bad data files become errors naming file, row and field', () => {
  it('a wrong field', async () => {
    const bad = amr();
    bad.features[3].properties.code = 'Groningen';
    const r = await loadDataset(fsFetcher('data', { 'regions/arbeidsmarktregio.geojson': JSON.stringify(bad) }));
    if (!r.ok) throw new Error('manifest should load');
    const e = r.dataset.errors[0]!;
    expect(e.file).toBe('regions/arbeidsmarktregio.geojson');
    expect(e.row).toBe(3);
    expect(e.field).toBe('properties.code');
    expect(describeError(e)).toMatch(/^regions\/arbeidsmarktregio\.geojson \(row 4, field "properties\.code"\): /);
    expect(r.dataset.files['regions-arbeidsmarktregio']).toBeUndefined();
    expect(r.dataset.files['regions-provincie']).toBeDefined();
  });

  it('a truncated file, an empty file and a missing file', async () => {
    const text = readFileSync('data/regions/provincie.geojson', 'utf8');
    const r = await loadDataset(
      fsFetcher('data', {
        'regions/provincie.geojson': text.slice(0, 500),
        'regions/arbeidsmarktregio.geojson': '',
      }),
      'data/',
      { includeLazy: true },
    );
    if (!r.ok) throw new Error('manifest should load');
    const byFile = Object.fromEntries(r.dataset.errors.map((e) => [e.file, e]));
    expect(byFile['regions/provincie.geojson']?.message).toMatch(/not valid JSON/);
    expect(byFile['regions/arbeidsmarktregio.geojson']?.message).toBe('the file is empty');
    expect(r.dataset.files['regions-gemeente']?.features).toHaveLength(342);
  });

  it('a manifest with texts in one language only (the old shape) is a fatal error naming the field', async () => {
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    m.files[0].coverage = 'only one language';
    const r = await loadDataset(fsFetcher('data', { 'manifest.json': JSON.stringify(m) }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.file, e.field])).toEqual([['manifest.json', 'files.0.coverage']]);
  });

  it('an unreadable manifest is a fatal, named error', async () => {
    const r = await loadDataset(fsFetcher('data', { 'manifest.json': '{"schemaVersion": 1}' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.file).toBe('manifest.json');
    expect(r.errors.map((e) => e.field)).toContain('buildId');
  });

  it('locates issues inside row containers', () => {
    expect(locateIssue(['rows', 12, 'location', 'lon'])).toEqual({ row: 12, field: 'location.lon' });
    expect(locateIssue(['series', 'AM01'])).toEqual({ field: 'series.AM01' });
  });
});

describe('the region outlines first (the map draws them while the rest is validated)', () => {
  it('hands the validated outlines over before any other file is in the dataset, then loads the rest', async () => {
    const seen: string[][] = [];
    const r = await loadDataset(fsFetcher('data'), 'data/', {
      first: { ids: ['regions-arbeidsmarktregio', 'regions-provincie'], onValidated: (files) => void seen.push(Object.keys(files).sort()) },
    });
    expect(seen).toEqual([['regions-arbeidsmarktregio', 'regions-provincie']]);
    if (!r.ok) throw new Error('manifest should load');
    expect(r.dataset.errors).toEqual([]);
    // the same eager files as without `first` (manifest: curated, indicators, occupations, regional-stats, 2 region files)
    expect(Object.keys(r.dataset.files).sort()).toEqual(['curated', 'indicators', 'occupations', 'regional-stats', 'regions-arbeidsmarktregio', 'regions-provincie']);
    expect(r.dataset.files['regions-arbeidsmarktregio']?.features).toHaveLength(35);
  });

  it('a broken outline file is not handed over and is still reported by file, row and field', async () => {
    const bad = amr();
    bad.features[0].geometry.type = 'Point';
    const seen: string[][] = [];
    const r = await loadDataset(fsFetcher('data', { 'regions/arbeidsmarktregio.geojson': JSON.stringify(bad) }), 'data/', {
      first: { ids: ['regions-arbeidsmarktregio', 'regions-provincie'], onValidated: (files) => void seen.push(Object.keys(files)) },
    });
    expect(seen).toEqual([['regions-provincie']]);
    if (!r.ok) throw new Error('manifest should load');
    expect(r.dataset.errors[0]).toMatchObject({ file: 'regions/arbeidsmarktregio.geojson', row: 0 });
    expect(r.dataset.files['regions-arbeidsmarktregio']).toBeUndefined();
  });
});
