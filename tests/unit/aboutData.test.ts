import { describe, expect, it } from 'vitest';
import { aboutData } from '../../src/model/aboutData';
import type { Manifest } from '../../src/data/schemas';

const src = (id: string, licenceVerified: boolean) => ({ id, title: id, publisher: 'P', url: 'https://x', licence: 'L', licenceVerified, retrieved: '2025-01-01', status: 'raw' as const });
const file = (id: Manifest['files'][number]['id'], sources: string[], coverage?: string) => ({ id, path: `${id}.json`, schemaVersion: 1, sources, rows: 3, bytes: 10, sha256: '0'.repeat(64), lazy: false, ...(coverage ? { coverage } : {}) });

describe('about-the-data model', () => {
  it('orders layers as the map is read, resolves sources and counts unverified licences among the cited ones', () => {
    const m: Manifest = {
      schemaVersion: 1,
      buildId: 'b1',
      generated: '2025-02-17',
      generator: 'test',
      sources: [src('a', false), src('b', true), src('unused', false)],
      files: [file('offers', ['a'], 'no mbo'), file('regions-arbeidsmarktregio', ['b']), file('indicators', ['a', 'b'])],
      missing: [{ layer: 'x', reason: 'y', howTo: 'z' }],
    };
    const a = aboutData(m);
    expect(a.layers.map((l) => l.id)).toEqual(['regions-arbeidsmarktregio', 'indicators', 'offers']);
    expect(a.layers[2]).toMatchObject({ coverage: 'no mbo', sources: [{ id: 'a' }] });
    expect(a.unverified).toBe(1);
    expect(a.sourceCount).toBe(2);
    expect(a.missing).toHaveLength(1);
  });
});
