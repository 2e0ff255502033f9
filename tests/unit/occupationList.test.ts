import { describe, expect, it } from 'vitest';
import { buildOfferIndex, indicatorKey } from '../../src/data/indexes';
import type { IndicatorRow, RegionCollection, RegionalSeries, RegionalStats } from '../../src/data/schemas';
import { makeIndicatorLookup } from '../../src/model/indicatorLookup';
import { buildOccupationList, sortOccupations } from '../../src/model/occupationList';
import { fromPostings } from '../../src/model/bitset';
import { neighbours } from '../../src/model/adjacency';
import { occupationMix, offersByLevel, regionFigures } from '../../src/model/regionCard';
import { indicatorLines, km, nearestOffers } from '../../src/model/occupationCard';
import { syntheticGroepen, syntheticOffers } from '../fixtures/synthetic';

// SYNTHETIC figures throughout; expectations worked out by hand.
const row = (groep: string, area: string, indicator: IndicatorRow['indicator'], value: number | null, cls?: string): IndicatorRow => ({
  groep, area, indicator, value, class: cls, period: '2026Q1', source: 'synthetic', scope: area === 'NL01' ? 'national' : 'regional',
});
const rows = [
  row('1051', 'NL01', 'tension', 8.16, 'krap'),
  row('1051', 'NL01', 'jobOpenings', 900),
  row('1052', 'NL01', 'jobOpenings', 40),
  row('1052', 'AM01', 'tension', 0.5),
  row('0811', 'NL01', 'jobOpenings', 4000),
];
const lookup = makeIndicatorLookup(new Map(rows.map((r) => [indicatorKey(r.groep, r.area, r.indicator), r])));

describe('occupation list', () => {
  const offers = buildOfferIndex(syntheticOffers());
  const list = buildOccupationList({
    groepen: syntheticGroepen(),
    matching: ['1051', '1052'],
    area: 'AM01',
    kansberoepen: new Set(['1051']),
    indicator: lookup,
    offers,
    offerSet: fromPostings(offers.n, [offers.byAmr.get('AM01')]),
  });
  it('takes regional figures first, national ones marked landelijk, one size scale over all groups', () => {
    const [a, b] = list.rows;
    expect(a).toMatchObject({ groep: '1051', kansberoep: true, offers: 2, tension: { value: 8.16, tensionClass: 'krap', landelijk: true }, size: { value: 900, landelijk: true } });
    // 1052 in AM01: the regional tension 0.5 (ruim); offers in AM01 linked to 1052: offer 5 only
    expect(b).toMatchObject({ groep: '1052', kansberoep: false, offers: 1, tension: { value: 0.5, tensionClass: 'ruim', landelijk: false }, size: { value: 40 } });
    // the largest group (0811, 4000) sets the scale although it is not listed: 40 must look small
    expect(list.sizeMax).toBe(4000);
    expect(list.sizeIndicator).toBe('jobOpenings');
  });
  it('sorts kansberoepen first, then by the key', () => {
    expect(sortOccupations(list.rows, 'size').map((r) => r.groep)).toEqual(['1051', '1052']);
    expect(sortOccupations(list.rows, 'name').map((r) => r.groep)).toEqual(['1051', '1052']);
    const noKb = list.rows.map((r) => ({ ...r, kansberoep: false }));
    expect(sortOccupations(noKb, 'offers').map((r) => r.groep)).toEqual(['1051', '1052']);
    expect(sortOccupations(noKb, 'tension').map((r) => r.groep)).toEqual(['1051', '1052']);
  });
  it('uses the rule\'s size (e.g. a derived regional estimate) when given', () => {
    const l = buildOccupationList({
      groepen: syntheticGroepen(), matching: ['1051'], area: 'AM01', kansberoepen: new Set(), indicator: lookup, offers: undefined, offerSet: null,
      sizeOf: (g) => (g === '1051' ? { indicator: 'jobOpenings', value: 30, period: 'tot 2030', source: 'synthetic', landelijk: false, derived: 'x × y' } : undefined),
    });
    expect(l.rows[0]?.size).toMatchObject({ value: 30, derived: 'x × y' });
    expect(l.sizeMax).toBe(30);
  });
});

describe('occupation card model', () => {
  it('lists each indicator with the regional and the national figure', () => {
    const lines = indicatorLines('1052', 'AM01', lookup, { kansberoep: false, landelijk: false, reasons: [] });
    expect(lines.map((l) => [l.indicator, l.regional?.value ?? null, l.national?.value ?? null])).toEqual([
      ['tension', 0.5, null],
      ['jobOpenings', null, 40],
    ]);
  });
  it('orders offers nearest first (haversine)', () => {
    expect(km([5, 52], [5, 53])).toBeCloseTo(111.2, 0);
    const o = nearestOffers(syntheticOffers(), [0, 3, 5], [6.5, 52.5]);
    expect(o.map((x) => x.offer.id)).toEqual(['syn-5', 'syn-3', 'syn-0']);
  });
});

describe('region card model', () => {
  const stats: RegionalStats = {
    measures: [
      { id: 'unemploymentPct', unit: 'pct', source: 'synthetic' },
      { id: 'ww', unit: 'persons', source: 'synthetic' },
    ],
    // the points a trend reads (first, previous, latest), as the pipeline keeps them; the whole series in `all`
    trendPoints: {
      AM01: { unemploymentPct: [['2013', 9], ['2023', 3.8], ['2024', 4]], ww: [['2024-01', 6000], ['2025-01', 7000]] },
      NL01: { unemploymentPct: [['2013', 8.2], ['2023', 3.6], ['2024', 3.7]] },
    },
    employmentByKlasse: {
      period: '2022', source: 'synthetic',
      groups: [{ key: 'a', klassen: ['10'], label: 'Zorg' }, { key: 'b', klassen: ['07', '08'], label: 'Techniek en ICT' }],
      values: { AM01: { a: 30, b: 10 }, NL01: { a: 100, b: 300 } },
    },
  };
  const all: RegionalSeries = {
    series: {
      AM01: { unemploymentPct: [['2013', 9], ['2018', 6], ['2023', 3.8], ['2024', 4]], ww: [['2024-01', 6000], ['2024-06', 6500], ['2025-01', 7000]] },
      NL01: { unemploymentPct: [['2013', 8.2], ['2018', 5.5], ['2023', 3.6], ['2024', 3.7]] },
    },
  };
  it('gives each figure with its trend and the national value of the same period', () => {
    const f = regionFigures(stats, undefined, 'AM01');
    expect(f.map((x) => x.key)).toEqual(['unemployment', 'ww']);
    expect(f[0]).toMatchObject({ trend: { latest: ['2024', 4], previous: ['2023', 3.8], first: ['2013', 9] }, national: ['2024', 3.7] });
    expect(f[1]?.trend.previous).toEqual(['2024-01', 6000]);
    // the charts' series are not there until regional-series.json is
    expect(f[0]?.series).toBeUndefined();
    expect(f[0]?.nationalSeries).toBeUndefined();
  });
  it('gives the whole series for the charts once regional-series.json is in; the figures stay the same', () => {
    const f = regionFigures(stats, all, 'AM01');
    expect(f[0]).toMatchObject({ trend: { latest: ['2024', 4], previous: ['2023', 3.8], first: ['2013', 9] }, national: ['2024', 3.7] });
    expect(f[0]?.series).toEqual([['2013', 9], ['2018', 6], ['2023', 3.8], ['2024', 4]]);
    expect(f[0]?.nationalSeries).toEqual([['2013', 8.2], ['2018', 5.5], ['2023', 3.6], ['2024', 3.7]]);
    expect(f[1]?.series).toHaveLength(3);
  });
  it('gives the occupation mix as shares beside the national ones', () => {
    expect(occupationMix(stats, 'AM01').map((m) => [m.key, m.share, m.nationalShare])).toEqual([
      ['a', 0.75, 0.25],
      ['b', 0.25, 0.75],
    ]);
  });
  it('counts offers in the region per level', () => {
    expect(offersByLevel(buildOfferIndex(syntheticOffers()), 'AM01')).toEqual([
      { level: 'mbo2', n: 2 },
      { level: 'mbo3', n: 1 },
      { level: 'hbo', n: 1 },
    ]);
  });
});

describe('neighbouring regions from shared boundary vertices', () => {
  it('two squares sharing an edge are neighbours, a distant one is not', () => {
    const sq = (code: string, x: number): RegionCollection['features'][number] => ({
      type: 'Feature',
      properties: { code, name: code, kind: 'arbeidsmarktregio', label: [x + 0.5, 52.5] },
      geometry: { type: 'Polygon', coordinates: [[[x, 52], [x + 1, 52], [x + 1, 53], [x, 53], [x, 52]]] },
    });
    const n = neighbours({ type: 'FeatureCollection', features: [sq('AM01', 4), sq('AM02', 5), sq('AM03', 7)] });
    expect(n.get('AM01')).toEqual(['AM02']);
    expect(n.get('AM02')).toEqual(['AM01']);
    expect(n.get('AM03')).toEqual([]);
  });
});
