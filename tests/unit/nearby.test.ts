/** Grouping what lies within reach by place. Rows are SYNTHETIC; distances are given directly. */
import { describe, expect, it } from 'vitest';
import type { OfferRow, SchoolLocationRow } from '../../src/data/schemas';
import type { InReach } from '../../src/model/distance';
import { countByRegion, nearbyPlaces } from '../../src/model/nearby';

const offer = (id: string, provider: string, lon: number, lat: number): OfferRow => ({
  id, title: id, kind: 'hbo', level: 'hbo', leerweg: ['BOL'], provider, location: { lon, lat, place: 'X' },
  arbeidsmarktregio: 'AM01', provincie: 'PV22', groepen: [], klassen: [], source: 'synthetic',
});
const loc = (id: string, provider: string, lon: number, lat: number): SchoolLocationRow => ({
  id, provider, name: id, lon, lat, arbeidsmarktregio: 'AM36', provincie: 'PV23', source: 'synthetic',
});
const at = <T,>(item: T, km: number, region: string): InReach<T> => ({ item, km, region });

describe('nearby places', () => {
  const offers = [at(offer('p1', 'Hanze', 6.5, 53.2), 24, 'AM01'), at(offer('p2', 'Hanze', 6.5, 53.2), 24, 'AM01'), at(offer('p3', 'Windesheim', 6.1, 52.5), 40, 'AM36')];
  const locations = [at(loc('meppel', 'Drenthe College', 6.19, 52.69), 19, 'AM36'), at(loc('hanze-mbo', 'Hanze', 6.5, 53.2), 24, 'AM01')];

  it('groups programmes at one location, merges a school location at the same spot, drops what is beyond the radius', () => {
    const places = nearbyPlaces(offers, locations, 30);
    expect(places.map((p) => [p.provider, p.km, p.region, p.offers.map((o) => o.id), p.mboLocation?.id ?? null])).toEqual([
      ['Drenthe College', 19, 'AM36', [], 'meppel'],
      ['Hanze', 24, 'AM01', ['p1', 'p2'], 'hanze-mbo'],
    ]);
    expect(countByRegion(places)).toEqual([{ region: 'AM36', places: 1 }, { region: 'AM01', places: 1 }]);
  });

  it('is empty for a tiny radius', () => {
    expect(nearbyPlaces(offers, locations, 5)).toEqual([]);
  });
});
