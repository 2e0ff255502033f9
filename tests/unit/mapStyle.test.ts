import { describe, expect, it } from 'vitest';
import { buildBaseStyle, buildRegionFillLayer, fillColourExpression, PALETTE } from '../../src/map/style';
import type { RegionCollection } from '../../src/data/schemas';

const amr: RegionCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'AM01', name: 'Groningen', kind: 'arbeidsmarktregio', label: [6.6, 53.2] },
      geometry: { type: 'Polygon', coordinates: [[[6, 53], [7, 53], [7, 53.5], [6, 53]]] },
    },
  ],
};

describe('map style builders', () => {
  it('colours regions by code with a no-data fallback', () => {
    const expr = fillColourExpression({ colours: new Map([['AM01', '#123456']]) });
    expect(expr).toEqual(['match', ['get', 'code'], 'AM01', '#123456', PALETTE.noData]);
    expect(buildRegionFillLayer({ colours: new Map() }).paint?.['fill-color']).toBe(PALETTE.land);
  });

  it('needs no glyphs, sprites or tiles from anywhere', () => {
    const style = buildBaseStyle({ amr, classes: { colours: new Map() }, selected: 'AM01' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    expect(style.layers.find((l) => l.id === 'amr-selected')).toMatchObject({ filter: ['==', ['get', 'code'], 'AM01'] });
  });
});
