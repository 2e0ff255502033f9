import { describe, expect, it } from 'vitest';
import { buildOfferIndex } from '../../src/data/indexes';
import { buildFacetIndex, computeFacets, type FacetResult, type OptionCount } from '../../src/model/facets';
import { andAll, countAnd, countIn, fromPostings, toIds } from '../../src/model/bitset';
import { DEFAULT_STATE, type Filters } from '../../src/state/types';
import { syntheticGroepen, syntheticIsKansberoep, syntheticOffers } from '../fixtures/synthetic';

// All expectations below were worked out by hand from the SYNTHETIC table in tests/fixtures/synthetic.ts.
const index = () =>
  buildFacetIndex({
    offers: buildOfferIndex(syntheticOffers()),
    groepen: syntheticGroepen(),
    klassen: ['07', '08', '10'],
    amrCodes: ['AM01', 'AM02'],
    provincieCodes: ['PV20', 'PV21'],
    isKansberoep: syntheticIsKansberoep,
  });
const filters = (f: Partial<Filters>): Filters => ({ ...DEFAULT_STATE.filters, ...f });
const byValue = (xs: OptionCount[]) => Object.fromEntries(xs.map((x) => [x.value, [x.occupations, x.offers]]));

describe('bitsets', () => {
  it('unions postings, intersects, counts and lists ids', () => {
    const a = fromPostings(70, [Uint32Array.of(1, 33, 69), Uint32Array.of(2, 33)]);
    const b = fromPostings(70, [Uint32Array.of(2, 40, 69)]);
    expect([...toIds(a, 70)]).toEqual([1, 2, 33, 69]);
    expect([...toIds(andAll([a, null, b]), 70)]).toEqual([2, 69]);
    expect(andAll([null, null])).toBeNull();
    expect(countAnd(a, b)).toBe(2);
    expect(countIn(Uint32Array.of(1, 2, 3, 40), a, b)).toBe(1);
    expect(countIn(Uint32Array.of(1, 2, 3), null)).toBe(3);
    expect([...toIds(null, 3)]).toEqual([0, 1, 2]);
  });
});

describe('computeFacets on combined filters (synthetic data, hand-computed)', () => {
  it('Groningen-like region AM01 + sector 10 + level mbo3', () => {
    const r: FacetResult = computeFacets(index(), filters({ region: 'AM01', sectors: ['10'], levels: ['mbo3'] }));
    expect(r.area).toBe('AM01');
    expect([...r.offerIds]).toEqual([1]);
    expect(r.groepen).toEqual(['1051', '1052']);
    expect(r.kansberoepen).toBe(1);
    expect(byValue(r.counts.sector)).toEqual({ '07': [0, 0], '08': [0, 0], '10': [2, 1] });
    const level = byValue(r.counts.level);
    expect(level).toMatchObject({ hbo: [0, 1], mbo3: [2, 1], mbo2: [1, 1], mbo4: [1, 0], wo: [0, 0], mbo1: [0, 0] });
    expect(byValue(r.counts.leerweg)).toEqual({ BOL: [null, 1], BBL: [null, 1] });
    expect(byValue(r.counts.kind)).toMatchObject({ mbo: [null, 1], hbo: [null, 0], 'short-course': [null, 0] });
    expect(byValue(r.counts.region)).toEqual({ AM01: [2, 1], AM02: [2, 1], PV20: [2, 1], PV21: [2, 1] });
    expect(r.counts.onlyKansberoepen).toEqual({ value: 'true', occupations: 1, offers: 1 });
    expect(r.relax).toEqual([]);
  });

  it('only kansberoepen, nationally: region options judge kansberoepen in their own region', () => {
    const r = computeFacets(index(), filters({ onlyKansberoepen: true }));
    expect(r.area).toBe('NL01');
    expect([...r.offerIds]).toEqual([0, 1, 4]);
    expect(r.groepen).toEqual(['1051', '0811']);
    // AM01: kansberoepen there are 1051 and 0811 (2 groups); offers in AM01 {0,1,3,5} ∩ linked to them {0,1,4} = {0,1}.
    // AM02: 1051, 1052, 0811 (3 groups); offers {2,4} ∩ {0,1,2,4,5} = {2,4}.
    // PV20/PV21: the toy rule knows no provincie codes, so only 1051 (1 group); PV20 {0,1,3,5} ∩ {0,1} = 2, PV21 {2,4} ∩ {0,1} = 0.
    expect(byValue(r.counts.region)).toEqual({ AM01: [2, 2], AM02: [3, 2], PV20: [1, 2], PV21: [1, 0] });
    expect(byValue(r.counts.sector)).toEqual({ '10': [1, 2], '07': [0, 1], '08': [1, 1] });
    expect(byValue(r.counts.kind)).toMatchObject({ hbo: [null, 2], mbo: [null, 1], 'short-course': [null, 0] });
  });

  it('says which filter emptied the result', () => {
    const r = computeFacets(index(), filters({ region: 'AM02', offerKinds: ['short-course'] }));
    expect(r.offerIds.length).toBe(0);
    expect(r.relax).toEqual([
      { facet: 'kind', offers: 2, occupations: 4 },
      { facet: 'region', offers: 1, occupations: 4 },
    ]);
  });

  it('counts stay right without offers loaded (occupations only)', () => {
    const fi = buildFacetIndex({ offers: undefined, groepen: syntheticGroepen(), klassen: ['10'], amrCodes: ['AM01'], provincieCodes: [], isKansberoep: syntheticIsKansberoep });
    const r = computeFacets(fi, filters({ sectors: ['10'], levels: ['mbo2'] }));
    expect(r.groepen).toEqual(['1052']);
    expect(r.offerIds.length).toBe(0);
    expect(byValue(r.counts.sector)).toEqual({ '10': [1, 0] });
  });
});
