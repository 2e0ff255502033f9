import { describe, expect, it } from 'vitest';
import { beforeOf, buildBaseStyle, buildRegionFillLayer, EMPTY_REGIONS, fillColourExpression, PALETTE, regionColourStates } from '../../src/map/style';
import type { RegionCollection } from '../../src/data/schemas';
import { OFFER_CLUSTERING, buildOfferClusterFeatures, buildOfferClusterLayer, buildOfferPointLayer, buildOfferSource, clusterRadius, dominantKind, offerClusterStates } from '../../src/map/offerLayers';
import { buildOfferClusters, expansionZoom, matchingMembers } from '../../src/model/offerClusters';
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

  it('the first style draws what the first frame shows and nothing else', () => {
    const prov: RegionCollection = {
      type: 'FeatureCollection',
      features: [{ ...amr.features[0]!, properties: { code: 'PV20', name: 'Groningen', kind: 'provincie', label: [6.6, 53.2] } }],
    };
    const style = buildBaseStyle({ amr, provincie: prov, classes: { colours: new Map() }, selected: null });
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'amr-fill', 'amr-line', 'provincie-line']);
    // one source for region and province outlines; each layer picks its kind
    expect(Object.keys(style.sources)).toEqual(['arbeidsmarktregio']);
    // a small tile buffer: only fills and thin lines on it (less geometry per tile for the worker)
    expect(style.sources.arbeidsmarktregio).toMatchObject({ type: 'geojson', promoteId: 'code', buffer: 32 });
    expect((style.sources.arbeidsmarktregio as unknown as { data: RegionCollection }).data.features.map((f) => f.properties.code)).toEqual(['AM01', 'PV20']);
    const filterOf = (id: string) => (style.layers.find((l) => l.id === id) as { filter?: unknown }).filter;
    expect(filterOf('amr-fill')).toEqual(['==', ['get', 'kind'], 'arbeidsmarktregio']);
    expect(filterOf('amr-line')).toEqual(['==', ['get', 'kind'], 'arbeidsmarktregio']);
    expect(filterOf('provincie-line')).toEqual(['==', ['get', 'kind'], 'provincie']);
    // before the outlines are in: the source is there, empty
    const early = buildBaseStyle({ amr: EMPTY_REGIONS, classes: { colours: new Map() }, selected: null });
    expect((early.sources.arbeidsmarktregio as unknown as { data: RegionCollection }).data.features).toEqual([]);
    // a region selected by the link: its outline is in the first style; municipal borders when their file is in
    const later = buildBaseStyle({ amr, gemeente: prov, classes: { colours: new Map() }, selected: 'AM01' });
    expect(later.layers.map((l) => l.id)).toEqual(['sea', 'amr-fill', 'gemeente-line', 'amr-line', 'provincie-line', 'amr-selected']);
    expect(later.sources.gemeente).toEqual({ type: 'geojson', data: prov, promoteId: 'code', buffer: 32 });
  });

  it('layers that join later go in their place in the drawing order', () => {
    const first = ['sea', 'amr-fill', 'amr-line', 'provincie-line'];
    expect(beforeOf(first, 'gemeente-line')).toBe('amr-line');
    expect(beforeOf(first, 'amr-hover')).toBeUndefined(); // on top of what is there
    expect(beforeOf([...first, 'amr-selected', 'school-locations'], 'amr-hover')).toBe('amr-selected');
    expect(beforeOf([...first, 'offer-clusters', 'offer-points'], 'school-locations')).toBe('offer-clusters');
    expect(beforeOf([...first, 'offer-points'], 'offer-clusters')).toBe('offer-points');
    // a route overlay is drawn above all of them: an outline that joins later goes under it
    expect(beforeOf([...first, 'route-touched', 'route-circle-fill'], 'amr-selected')).toBe('route-touched');
    expect(beforeOf([...first, 'route-touched'], 'gemeente-line')).toBe('amr-line');
    expect(() => beforeOf(first, 'route-circle')).toThrow(/not in LAYER_ORDER/);
  });
});

describe('offer layer builders (synthetic offers)', () => {
  // three made-up offers: A and B 0.0001° apart, C 0.5° east of A (at zoom 5 that is 22.8 px: one cluster;
  // at zoom 6 45.5 px: apart; A and B stay together up to zoom 12, the last clustered level)
  const points = [
    { lon: 5.0, lat: 52.0 },
    { lon: 5.0001, lat: 52.0 },
    { lon: 5.5, lat: 52.0 },
  ];
  const kinds = ['mbo', 'hbo', 'hbo'] as const;
  const c = buildOfferClusters(points, OFFER_CLUSTERING);
  const level = (z: number) => [...c.zoom.keys()].filter((k) => c.zoom[k] === z).map((k) => [...c.memberIds.slice(c.memberStart[k], c.memberStart[k + 1])]);

  it('clusters once per zoom level, by screen distance; single offers above the last clustered level', () => {
    expect(level(5)).toEqual([[0, 1, 2]]);
    expect(level(6)).toEqual([[0, 1], [2]]);
    expect(level(12)).toEqual([[0, 1], [2]]);
    expect(level(13)).toEqual([[0], [1], [2]]);
    const fc = buildOfferClusterFeatures(c);
    expect(fc.features.map((f) => [f.id, f.properties.z])).toEqual(
      [[0, 5], [1, 6], [2, 6], [3, 7], [4, 7], [5, 8], [6, 8], [7, 9], [8, 9], [9, 10], [10, 10], [11, 11], [12, 11], [13, 12], [14, 12], [15, 13], [16, 13], [17, 13]],
    );
    // position: the mean of the members
    expect(fc.features[0]!.geometry.coordinates).toEqual([(5.0 + 5.0001 + 5.5) / 3, 52.0]);
  });

  it('a filter change is feature state only: matching count and dominant kind per cluster', () => {
    const all = offerClusterStates(c, (row) => kinds[row]!, null);
    expect(all[0]).toEqual({ n: 3, kind: 'hbo' });
    const aAndC = offerClusterStates(c, (row) => kinds[row]!, Uint32Array.of(0b101));
    expect(aAndC[0]).toEqual({ n: 2, kind: 'mbo' }); // a tie goes to the kind listed first
    expect(aAndC[1]).toEqual({ n: 1, kind: 'mbo' }); // A alone matches in the A+B cluster at zoom 6
    expect(offerClusterStates(c, (row) => kinds[row]!, 'none').every((s) => s.n === 0 && s.kind === '')).toBe(true);
  });

  it('a click on a cluster zooms to where its matching offers split', () => {
    expect(expansionZoom(c, 0, null)).toBe(6); // C leaves at zoom 6
    expect(expansionZoom(c, 0, Uint32Array.of(0b011))).toBe(13); // A and B only split at 13
    expect(matchingMembers(c, 0, Uint32Array.of(0b100))).toEqual([2]);
  });

  it('colours clusters by their dominant kind and sizes them by count; no text on the canvas', () => {
    expect(dominantKind({ mbo: 3, hbo: 5, wo: 1 })).toBe('hbo');
    expect(dominantKind({ mbo: 2, hbo: 2 })).toBe('mbo');
    expect([clusterRadius(2), clusterRadius(10), clusterRadius(60), clusterRadius(5000)]).toEqual([13, 17, 22, 28]);
    const clusters = buildOfferClusterLayer();
    expect(clusters.type).toBe('circle');
    // the level of the tile's zoom; what matches comes from feature state, so the filter never changes
    expect(clusters.filter).toEqual(['==', ['get', 'z'], ['zoom']]);
    expect(clusters.paint?.['circle-radius']).toEqual(['step', ['coalesce', ['feature-state', 'n'], 0], 0, 2, 13, 10, 17, 50, 22, 200, 28]);
    const points = buildOfferPointLayer();
    expect(JSON.stringify(points.paint?.['circle-color'])).toContain(OFFER_KIND_COLOURS.wo);
    expect(buildOfferSource(buildOfferClusterFeatures(null))).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
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
