import { describe, expect, it } from 'vitest';
import { buildBaseStyle, buildRegionFillLayer, fillColourExpression, PALETTE, regionColourStates } from '../../src/map/style';
import type { RegionCollection } from '../../src/data/schemas';
import { buildOfferClusterLayer, buildOfferFeatures, buildOfferPointLayer, buildOfferSource, clusterRadius, dominantKind } from '../../src/map/offerLayers';
import { syntheticOffers } from '../fixtures/synthetic';
import { OFFER_KIND_COLOURS } from '../../src/model/colour';
import { roughArea, visibleLabels } from '../../src/map/labels';

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
    // the first frame's colours are baked in as the fallback of the feature-state colour
    expect(buildRegionFillLayer({ colours: new Map() }).paint?.['fill-color']).toEqual([
      'case',
      ['==', ['typeof', ['feature-state', 'colour']], 'string'],
      ['to-color', ['feature-state', 'colour']],
      PALETTE.land,
    ]);
  });

  it('later colours are feature state per region: class colour, else no-data; plain land when nothing is classed', () => {
    const states = regionColourStates(['AM01', 'AM02'], { colours: new Map([['AM01', '#123456']]) });
    expect([...states]).toEqual([
      ['AM01', { colour: '#123456' }],
      ['AM02', { colour: PALETTE.noData }],
    ]);
    expect([...regionColourStates(['AM01'], { colours: new Map() })]).toEqual([['AM01', { colour: PALETTE.land }]]);
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


describe('offer layer builders (synthetic offers)', () => {
  it('makes points for exactly the matching ids, clustered with a count per kind', () => {
    const fc = buildOfferFeatures(syntheticOffers(), Uint32Array.of(1, 4));
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'syn-1', kind: 'mbo' },
      { id: 'syn-4', kind: 'hbo' },
    ]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([6.1, 52.1]);
    const src = buildOfferSource(fc);
    expect(src.cluster).toBe(true);
    expect(Object.keys(src.clusterProperties ?? {})).toEqual(['mbo', 'hbo', 'wo', 'praktijkverklaring', 'short-course', 'private']);
  });
  it('colours clusters by their dominant kind and sizes them by count; no text on the canvas', () => {
    expect(dominantKind({ mbo: 3, hbo: 5, wo: 1 })).toBe('hbo');
    expect(dominantKind({ mbo: 2, hbo: 2 })).toBe('mbo');
    expect([clusterRadius(2), clusterRadius(10), clusterRadius(60), clusterRadius(5000)]).toEqual([13, 17, 22, 28]);
    const clusters = buildOfferClusterLayer();
    expect(clusters.type).toBe('circle');
    expect(clusters.filter).toEqual(['has', 'point_count']);
    const points = buildOfferPointLayer();
    expect(JSON.stringify(points.paint?.['circle-color'])).toContain(OFFER_KIND_COLOURS.wo);
  });
});

describe('region label placement', () => {
  it('hides the lower-priority label where two overlap, keeps separate ones', () => {
    const v = visibleLabels([
      { code: 'A', x: 100, y: 100, w: 80, h: 14, priority: 1 },
      { code: 'B', x: 130, y: 105, w: 80, h: 14, priority: 5 },
      { code: 'C', x: 300, y: 100, w: 80, h: 14, priority: 0 },
    ]);
    expect([...v].sort()).toEqual(['B', 'C']);
  });
  it('ranks by rough area', () => {
    expect(roughArea([[[0, 0], [2, 0], [2, 1], [0, 0]]])).toBe(2);
  });
});
