import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { OfferRow, SchoolLocationRow } from '../../src/data/schemas';
import { DEFAULT_STATE, type Filters } from '../../src/state/types';
import { matchingSchoolLocations, schoolAddress, schoolsHiddenBy } from '../../src/model/schoolLocations';
import { mboProgrammeData } from '../../src/model/coverage';
import { SCHOOL_LAYER, SCHOOL_RING, SCHOOL_SOURCE, buildSchoolFeatures, buildSchoolLayer, buildSchoolSource, schoolStateChanges } from '../../src/map/schoolLayers';
import { LAYER_ORDER, buildBaseStyle } from '../../src/map/style';
import { OFFER_LAYER } from '../../src/map/offerLayers';
import { contrastRatio } from '../../src/model/colour';
import { syntheticOffers } from '../fixtures/synthetic';

const rows = (JSON.parse(readFileSync('data/school-locations.json', 'utf8')) as { rows: SchoolLocationRow[] }).rows;
const offers = (JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: OfferRow[] }).rows;
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_STATE.filters, ...patch });

describe('mbo school locations (committed data)', () => {
  it('all 679 locations without filters; 37 in arbeidsmarktregio Groningen, 29 in provincie Groningen', () => {
    // 679: the KiesMBO extract's location count (PROVENANCE); 37 and 29 counted by hand from school-locations.json
    expect(matchingSchoolLocations(rows, f({})).ids).toHaveLength(679);
    expect(matchingSchoolLocations(rows, f({ region: 'AM01' })).ids).toHaveLength(37);
    expect(matchingSchoolLocations(rows, f({ region: 'PV20' })).ids).toHaveLength(29);
  });

  it('are not training offers: this build has only the example mbo offer, so no mbo programme data', () => {
    expect(offers.filter((o) => o.kind === 'mbo').map((o) => o.example)).toEqual([true]);
    expect(mboProgrammeData({ files: { offers: { rows: offers } } })).toBe('absent');
    const catalogue = syntheticOffers(); // synthetic mbo rows without `example`
    expect(mboProgrammeData({ files: { offers: { rows: catalogue } } })).toBe('present');
  });
});

describe('which filters hide the school locations', () => {
  it('an offer kind without mbo, or only levels outside mbo, hide them all and say which', () => {
    expect(schoolsHiddenBy(f({ offerKinds: ['hbo'] }))).toBe('kind');
    expect(schoolsHiddenBy(f({ offerKinds: ['hbo', 'mbo'] }))).toBeNull();
    expect(schoolsHiddenBy(f({ levels: ['hbo', 'wo'] }))).toBe('level');
    expect(schoolsHiddenBy(f({ levels: ['wo', 'mbo1'] }))).toBeNull();
    expect(matchingSchoolLocations(rows, f({ offerKinds: ['wo'], region: 'AM01' }))).toEqual({ ids: [], hiddenBy: 'kind' });
  });

  it('sector, leerweg and "only kansberoepen" cannot be judged without programmes: they leave the locations alone', () => {
    const all = matchingSchoolLocations(rows, f({ region: 'AM01' })).ids;
    expect(matchingSchoolLocations(rows, f({ region: 'AM01', sectors: ['10'], leerwegen: ['BBL'], onlyKansberoepen: true })).ids).toEqual(all);
  });

  it('distance: within the radius around the home point (synthetic rows, 0.1° of latitude = 11.1 km)', () => {
    const syn = (id: string, lat: number): SchoolLocationRow => ({ id, provider: 'Synthetic', name: id, lon: 6.5, lat, arbeidsmarktregio: 'AM01', provincie: 'PV20', source: 'synthetic' });
    const near = [syn('a', 53.1), syn('b', 53.3)]; // 11.1 km and 33.4 km from (6.5, 53.0)
    const home = { lon: 6.5, lat: 53.0, label: 'x' };
    expect(matchingSchoolLocations(near, f({ near: { ...home, radiusKm: 30 } })).ids).toEqual([0]);
    expect(matchingSchoolLocations(near, f({ near: { ...home, radiusKm: 35 } })).ids).toEqual([0, 1]);
  });

  it('an address line leaves out what the source does not give', () => {
    expect(schoolAddress({ address: 'Hereweg 99', postcode: '9721 AA', place: 'Groningen' })).toBe('Hereweg 99, 9721 AA Groningen');
    expect(schoolAddress({ place: 'Assen' })).toBe('Assen');
    expect(schoolAddress({})).toBe('');
  });
});

describe('school location layer builders', () => {
  it('one point per row, its feature id the row position (for feature state), its properties the location id', () => {
    const fc = buildSchoolFeatures(rows);
    expect(fc.features.length).toBe(rows.length);
    expect(fc.features.map((x) => x.id)).toEqual(rows.map((_, i) => i));
    expect(fc.features.map((x) => x.properties.id)).toEqual(rows.map((r) => r.id));
    expect(fc.features[2]!.geometry.coordinates).toEqual([rows[2]!.lon, rows[2]!.lat]);
  });

  it('a filter change becomes feature-state changes for exactly the locations whose visibility changed', () => {
    const applied = new Uint8Array(5);
    expect(schoolStateChanges(5, [0, 2], applied)).toEqual([{ id: 0, shown: true }, { id: 2, shown: true }]);
    applied[0] = 1;
    applied[2] = 1;
    // 2 stays, 0 goes, 4 comes; ids out of range (a stale selection) are ignored
    expect(schoolStateChanges(5, [2, 4, 9, -1], applied)).toEqual([{ id: 0, shown: false }, { id: 4, shown: true }]);
    expect(schoolStateChanges(5, [0, 2], applied)).toEqual([]);
  });

  it('hidden locations are drawn transparent: ring and fill opacity follow the shown state', () => {
    const paint = buildSchoolLayer().paint as Record<string, unknown>;
    const shown = ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0];
    expect(paint['circle-opacity']).toEqual(shown);
    expect(paint['circle-stroke-opacity']).toEqual(shown);
  });

  it('rings (white fill, dark edge with AA contrast on white), not clustered, drawn under the offer clusters', () => {
    const layer = buildSchoolLayer();
    expect(layer).toMatchObject({ id: SCHOOL_LAYER, type: 'circle', source: SCHOOL_SOURCE });
    expect(layer.paint?.['circle-color']).toBe('#ffffff');
    expect(layer.paint?.['circle-stroke-color']).toBe(SCHOOL_RING);
    expect(contrastRatio(SCHOOL_RING, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const source = buildSchoolSource({ type: 'FeatureCollection', features: [] });
    expect(source).toMatchObject({ type: 'geojson' });
    expect((source as { cluster?: boolean }).cluster).toBeUndefined();
    // not in the first style (nothing to draw before the file is in); it joins in its place in the drawing order
    const amr = { type: 'FeatureCollection' as const, features: [] };
    expect(buildBaseStyle({ amr, classes: { colours: new Map() }, selected: null }).sources[SCHOOL_SOURCE]).toBeUndefined();
    const ids = LAYER_ORDER;
    expect(ids.indexOf(SCHOOL_LAYER)).toBeGreaterThan(ids.indexOf('amr-fill'));
    expect(ids.indexOf(SCHOOL_LAYER)).toBeLessThan(ids.indexOf(OFFER_LAYER.clusters));
  });
});

describe('a school location card in a link', () => {
  it('sl= opens a school location and round-trips', async () => {
    const { decodeUrlState, encodeUrlState } = await import('../../src/state/urlState');
    const r = decodeUrlState('?v=3&r=AM01&sl=mbo-01NJ03');
    expect(r.notices).toEqual([]);
    expect(r.state.selection).toEqual({ occupation: null, offer: null, school: 'mbo-01NJ03' });
    expect(encodeUrlState(r.state)).toBe('v=3&r=AM01&sl=mbo-01NJ03');
    expect(decodeUrlState('?v=3&sl=<x>').notices).toEqual([{ param: 'sl', reason: 'invalid value' }]);
  });
});
