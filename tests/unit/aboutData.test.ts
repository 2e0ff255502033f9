import { describe, expect, it } from 'vitest';
import { aboutData } from '../../src/model/aboutData';
import type { Manifest } from '../../src/data/schemas';

const src = (id: string, licenceVerified: boolean) => ({ id, title: id, publisher: 'P', url: 'https://x', licence: 'L', licenceVerified, retrieved: '2025-01-01', status: 'raw' as const });
const file = (id: Manifest['files'][number]['id'], sources: string[], coverage?: { nl: string; en: string }) => ({ id, path: `${id}.json`, schemaVersion: 1, sources, rows: 3, bytes: 10, sha256: '0'.repeat(64), lazy: false, ...(coverage ? { coverage } : {}) });
const m: Manifest = {
  schemaVersion: 1,
  buildId: 'b1',
  generated: '2025-02-17',
  generator: 'test',
  sources: [src('a', false), src('b', true), src('unused', false)],
  files: [file('offers', ['a'], { nl: 'geen mbo', en: 'no mbo' }), file('regions-arbeidsmarktregio', ['b']), file('indicators', ['a', 'b'])],
  missing: [{ layer: { nl: 'laag', en: 'layer' }, reason: { nl: 'reden', en: 'reason' }, howTo: { nl: 'zo', en: 'how' } }],
};

describe('about-the-data model', () => {
  it('orders layers as the map is read, resolves sources and counts unverified licences among the cited ones', () => {
    const a = aboutData(m, 'nl');
    expect(a.layers.map((l) => l.id)).toEqual(['regions-arbeidsmarktregio', 'indicators', 'offers']);
    expect(a.layers[2]).toMatchObject({ coverage: 'geen mbo', sources: [{ id: 'a' }] });
    expect(a.unverified).toBe(1);
    expect(a.sourceCount).toBe(2);
  });

  it('gives the manifest\'s texts in the language asked for', () => {
    expect(aboutData(m, 'nl').missing).toEqual([{ layer: 'laag', reason: 'reden', howTo: 'zo' }]);
    expect(aboutData(m, 'en').missing).toEqual([{ layer: 'layer', reason: 'reason', howTo: 'how' }]);
    expect(aboutData(m, 'en').layers[2]!.coverage).toBe('no mbo');
  });
});
