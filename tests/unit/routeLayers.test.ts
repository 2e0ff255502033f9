/** Route overlay builders (pure). Points are SYNTHETIC. */
import { describe, expect, it } from 'vitest';
import { buildRouteOverlay, buildTouchedLayer, ROUTE_LAYER, ROUTE_SOURCE } from '../../src/map/routeLayers';

const home = { lon: 6.4764, lat: 52.7233 };

describe('route overlay', () => {
  const o = buildRouteOverlay({
    home,
    radiusKm: 30,
    touched: ['AM03', 'AM36'],
    points: [
      { id: 'a', lon: 6.1944, lat: 52.6956, kind: 'mbo-location' },
      { id: 'b', lon: 6.1944, lat: 52.6956, kind: 'mbo-location' }, // same spot: one dot
      { id: 'c', lon: 6.1944, lat: 52.6956, kind: 'hbo' },
    ],
  });

  it('has the circle, the home point and one dot per place and kind', () => {
    expect(Object.keys(o.sources).sort()).toEqual([ROUTE_SOURCE.circle, ROUTE_SOURCE.home, ROUTE_SOURCE.points].sort());
    expect(o.sources[ROUTE_SOURCE.circle]!.features[0]!.geometry.type).toBe('Polygon');
    expect(o.sources[ROUTE_SOURCE.home]!.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [6.4764, 52.7233] });
    expect(o.sources[ROUTE_SOURCE.points]!.features.map((f) => f.properties?.id)).toEqual(['a', 'c']);
  });

  it('draws touched regions, circle, points and home in that order, without text (no glyphs needed)', () => {
    expect(o.layers.map((l) => l.id)).toEqual([ROUTE_LAYER.touched, ROUTE_LAYER.circleFill, ROUTE_LAYER.circleLine, ROUTE_LAYER.points, ROUTE_LAYER.home]);
    expect(o.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(buildTouchedLayer(['AM03']).filter).toEqual(['in', ['get', 'code'], ['literal', ['AM03']]]);
  });

  it('fits the camera to the circle: 30 km north and south of home, in degrees of latitude', () => {
    const dLat = (30 / 6371.0088) * (180 / Math.PI); // ≈ 0.2698°
    const [[, south], [, north]] = o.fit!;
    expect(north - home.lat).toBeCloseTo(dLat, 3);
    expect(home.lat - south).toBeCloseTo(dLat, 3);
  });
});
