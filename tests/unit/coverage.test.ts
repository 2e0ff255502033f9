import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mboProgrammeData } from '../../src/model/coverage';
import type { Dataset } from '../../src/data/load';

const ds = (rows?: { kind: string; example?: boolean }[]) => ({ files: rows ? { offers: { rows } } : {} }) as unknown as Pick<Dataset, 'files'>;

describe('mboProgrammeData', () => {
  it('is loading until offers.json is there', () => {
    expect(mboProgrammeData(ds())).toBe('loading');
  });
  it('does not count illustrative example rows as mbo programmes', () => {
    expect(mboProgrammeData(ds([{ kind: 'hbo' }, { kind: 'mbo', example: true }]))).toBe('absent');
    expect(mboProgrammeData(ds([{ kind: 'mbo', example: true }, { kind: 'mbo' }]))).toBe('present');
  });
  it('the committed build has no mbo programmes per location (only examples), as the manifest says', () => {
    const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { kind: string; example?: boolean }[] };
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { missing: { layer: { en: string } }[] };
    expect(mboProgrammeData(ds(offers.rows))).toBe('absent');
    expect(manifest.missing.map((m) => m.layer.en)).toContain('mbo programmes per school location');
  });
});
