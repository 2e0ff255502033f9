import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastWithWhite, editionConfig } from '../../src/edition/schema';
import { regionsBounds } from '../../src/edition/bounds';
import { editionBase, makeBaseOf, EDITIONS } from '../../src/edition/editions';
import { decodeUrlState, encodeUrlState } from '../../src/state/urlState';
import { DEFAULT_STATE } from '../../src/state/types';
import type { RegionFeature } from '../../src/data/schemas';

const noordJson = JSON.parse(readFileSync('editions/noord.json', 'utf8'));

describe('edition config', () => {
  it('the shipped Noord-Nederland edition is valid and covers Groningen, Friesland and Drenthe', () => {
    const e = editionConfig.parse(noordJson);
    expect(e.regions).toEqual(['AM01', 'AM02', 'AM03']);
    expect(EDITIONS.get('noord')?.title.nl).toBe('Noord-Nederland');
  });

  it('refuses an accent colour white text cannot be read on (WCAG AA 4.5:1)', () => {
    // white on #154273: 10.2:1 (hand-computed luminance 0.0528); white on #ffbf47: 1.6:1
    expect(contrastWithWhite('#154273')).toBeCloseTo(10.2, 1);
    const r = editionConfig.safeParse({ ...noordJson, colours: { accent: '#ffbf47' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('4.5:1');
  });

  it('names the field of a bad config', () => {
    const r = editionConfig.safeParse({ ...noordJson, regions: ['AM01', 'Groningen'], defaults: { levels: ['mbo9'] } });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['defaults.levels.0', 'regions.1']);
  });
});

describe('edition bounds', () => {
  const square = (code: string, x0: number, y0: number, x1: number, y1: number): RegionFeature => ({
    type: 'Feature',
    properties: { code, name: code, kind: 'arbeidsmarktregio', label: [x0, y0] },
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
  });
  it('is the box around the chosen regions with a 5 % margin', () => {
    const fs = [square('AM01', 6, 53, 7, 53.5), square('AM03', 6.2, 52.6, 7, 53), square('AM99', 3, 51, 4, 52)];
    // west 6, east 7 (1° wide → 0.05 margin); south 52.6, north 53.5 (0.9° → 0.045)
    expect(regionsBounds(fs, ['AM01', 'AM03'])).toEqual({ west: 5.95, south: 52.555, east: 7.05, north: 53.545 });
    expect(regionsBounds(fs, ['AM42'])).toBeNull();
  });
});

describe('links against edition defaults', () => {
  const e = editionConfig.parse({ ...noordJson, defaults: { levels: ['mbo2', 'mbo3'], measure: 'tension' } });
  const editions = new Map([['noord', e]]);
  it('in the edition\'s own build, its defaults are not written; elsewhere ed= is', () => {
    const own = makeBaseOf(editions, 'noord');
    const national = makeBaseOf(editions, null);
    const base = editionBase(e);
    expect(base.filters.levels).toEqual(['mbo2', 'mbo3']);
    expect(base.view.measure).toBe('tension');
    expect(encodeUrlState(base, own)).toBe('v=3');
    expect(encodeUrlState(base, national)).toBe('v=3&ed=noord');
    expect(decodeUrlState('?v=3&ed=noord', national).state).toEqual(base);
    expect(decodeUrlState('?v=3', national).state).toEqual(DEFAULT_STATE);
  });
});
