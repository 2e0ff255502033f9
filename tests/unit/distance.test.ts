/**
 * Radius search near a region border. Test points are SYNTHETIC: computed here, independently of the code under
 * test, by walking a known distance along a bearing on a sphere, and checked with a haversine written here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  clampRadius,
  distanceKm,
  measureFrom,
  splitByRadius,
  withinRadius,
  idsWithinRadius,
} from '../../src/model/distance';
import { radiusCircle, regionsTouched } from '../../src/model/regionsInReach';
import type { RegionCollection } from '../../src/data/schemas';

const R = 6371.0088; // mean earth radius (km), the one turf uses
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Destination from (lon, lat) after km along a bearing (degrees), spherical earth. */
function destination(lon: number, lat: number, km: number, bearing: number): { lon: number; lat: number } {
  const d = km / R;
  const φ1 = rad(lat);
  const λ1 = rad(lon);
  const θ = rad(bearing);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { lon: deg(λ2), lat: deg(φ2) };
}

function haversine(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dφ = rad(b.lat - a.lat);
  const dλ = rad(b.lon - a.lon);
  const h = Math.sin(dφ / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dλ / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

// Beilen (gemeente Midden-Drenthe, arbeidsmarktregio Drenthe AM03). North of it lie Assen and Tynaarlo,
// which belong to arbeidsmarktregio Groningen (AM01).
const home = { lon: 6.5136, lat: 52.8617 };

interface Row {
  id: string;
  lon: number;
  lat: number;
  arbeidsmarktregio: string;
}
const at = (id: string, km: number, bearing: number, region: string): Row => ({ id, ...destination(home.lon, home.lat, km, bearing), arbeidsmarktregio: region });

// synthetic offers in Groningen (AM01) at known distances north / north-east, and one in Drenthe
const offers: Row[] = [
  at('gr-24-north', 24, 0, 'AM01'),
  at('gr-26-north', 26, 0, 'AM01'),
  at('gr-24-ne', 24, 40, 'AM01'),
  at('gr-26-ne', 26, 40, 'AM01'),
  at('dr-10-south', 10, 180, 'AM03'),
];
const locate = (r: Row) => ({ lon: r.lon, lat: r.lat, region: r.arbeidsmarktregio });

describe('radius filtering near a border', () => {
  it('the test points really are at the stated distances (own haversine)', () => {
    expect(haversine(home, offers[0]!)).toBeCloseTo(24, 6);
    expect(haversine(home, offers[1]!)).toBeCloseTo(26, 6);
    expect(haversine(home, offers[2]!)).toBeCloseTo(24, 6);
    expect(haversine(home, offers[3]!)).toBeCloseTo(26, 6);
  });

  it('measures the same distances as the haversine in this test', () => {
    for (const o of offers) expect(distanceKm(home, o)).toBeCloseTo(haversine(home, o), 6);
  });

  it('keeps 24 km, drops 26 km for a 25 km radius, across the border, nearest first with region and km', () => {
    const { inside, nearestOutside } = withinRadius(home, 25, offers, locate);
    expect(inside.map((r) => r.item.id)).toEqual(['dr-10-south', 'gr-24-north', 'gr-24-ne']);
    expect(inside.map((r) => r.region)).toEqual(['AM03', 'AM01', 'AM01']);
    expect(inside[1]!.km).toBeCloseTo(24, 6);
    // the nearest one out of reach is one of the 26 km points
    expect(nearestOutside?.km).toBeCloseTo(26, 6);
    expect(nearestOutside?.region).toBe('AM01');
  });

  it('the facet filter (row-id bitset) keeps exactly the rows the route list keeps', () => {
    const rows = offers.map((o) => ({ location: { lon: o.lon, lat: o.lat } }));
    const bits = idsWithinRadius(home, 25, [...rows, { location: null }]);
    const ids = offers.filter((_, i) => (bits[i >>> 5]! >>> (i & 31)) & 1).map((o) => o.id).sort();
    expect(ids).toEqual(withinRadius(home, 25, offers, locate).inside.map((r) => r.item.id).sort());
    expect((bits[offers.length >>> 5]! >>> (offers.length & 31)) & 1).toBe(0); // no coordinates: never within reach
  });

  it('moving the radius re-cuts the same measured list', () => {
    const measured = measureFrom(home, offers, locate);
    expect(splitByRadius(measured, 5).inside).toHaveLength(0);
    expect(splitByRadius(measured, 5).nearestOutside?.item.id).toBe('dr-10-south');
    expect(splitByRadius(measured, 26.001).inside).toHaveLength(5);
    expect(splitByRadius(measured, 26.001).nearestOutside).toBeNull();
    expect(splitByRadius([], 30)).toEqual({ inside: [], nearestOutside: null });
  });

  it('clamps the radius to 5–75 km', () => {
    expect(clampRadius(2)).toBe(5);
    expect(clampRadius(100)).toBe(75);
    expect(clampRadius(29.6)).toBe(30);
    expect(clampRadius(Number.NaN)).toBe(5);
  });
});

/** A synthetic square region between two latitudes (and ±0.5° of longitude around the home point). */
function band(code: string, south: number, north: number): RegionCollection['features'][number] {
  const w = home.lon - 0.5;
  const e = home.lon + 0.5;
  return {
    type: 'Feature',
    properties: { code, name: code, kind: 'arbeidsmarktregio', label: [home.lon, (south + north) / 2] },
    geometry: { type: 'Polygon', coordinates: [[[w, south], [e, south], [e, north], [w, north], [w, south]]] },
  };
}

describe('regions the circle touches', () => {
  it('touches a region whose edge is 24 km away, not one whose edge is 26 km away', () => {
    const kmToLat = (km: number) => home.lat + deg(km / R); // due north along the meridian
    const regions: RegionCollection = {
      type: 'FeatureCollection',
      features: [band('AM03', home.lat - 0.3, kmToLat(5)), band('AM01', kmToLat(24), kmToLat(60)), band('AM02', kmToLat(26), kmToLat(60))],
    };
    expect(regionsTouched(home, 25, regions)).toEqual(['AM03', 'AM01']);
    expect(regionsTouched(home, 27, regions)).toEqual(['AM03', 'AM01', 'AM02']);
  });

  it('circle vertices lie on the radius', () => {
    const ring = radiusCircle(home, 30).geometry.coordinates[0]!;
    expect(ring).toHaveLength(65);
    for (const [lon, lat] of ring.slice(0, 8)) expect(haversine(home, { lon: lon!, lat: lat! })).toBeCloseTo(30, 3);
  });

  it('from Hoogeveen, 30 km reaches Drenthe, Regio Zwolle (Meppel) and Groningen (Assen) on the real region map', () => {
    const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as RegionCollection;
    const hoogeveen = { lon: 6.4764, lat: 52.7233 };
    const touched = regionsTouched(hoogeveen, 30, amr);
    expect(touched).toEqual(expect.arrayContaining(['AM03', 'AM36', 'AM01']));
    // far-away regions are not touched
    expect(touched).not.toContain('AM22');
    expect(touched).not.toContain('AM30');
  });
});

describe('region of the home point', () => {
  it('Hoogeveen lies in Drenthe, Meppel in Regio Zwolle, Assen in Groningen (real region map)', async () => {
    const { regionAt } = await import('../../src/model/regionsInReach');
    const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as RegionCollection;
    expect(regionAt({ lon: 6.4764, lat: 52.7233 }, amr)).toBe('AM03');
    expect(regionAt({ lon: 6.1944, lat: 52.6956 }, amr)).toBe('AM36');
    expect(regionAt({ lon: 6.5625, lat: 52.9925 }, amr)).toBe('AM01');
    expect(regionAt({ lon: 2.5, lat: 51.5 }, amr)).toBeNull();
  });
});
