/** Compare two regions. The fixture is synthetic (made up for this test, not real figures). */
import { describe, expect, it } from 'vitest';
import { compareRegions } from '../../src/model/compare';
import type { IndicatorRow, OfferRow } from '../../src/data/schemas';
import { makeIndicatorLookup } from '../../src/model/indicatorLookup';

const tensionRow = (groep: string, area: string, value: number): IndicatorRow => ({
  groep,
  area,
  indicator: 'tension',
  value,
  period: '2026Q1',
  source: 'synthetic',
  scope: area === 'NL01' ? 'national' : 'regional',
});
const indicator = makeIndicatorLookup(new Map(
  [tensionRow('1051', 'AM01', 5.2), tensionRow('1051', 'NL01', 3.0), tensionRow('2222', 'NL01', 2.0), tensionRow('4444', 'AM03', 0.5)].map((r) => [
    `${r.groep}|${r.area}|tension`,
    r,
  ]),
));
let n = 0;
const offer = (amr: string, provincie: string, level: OfferRow['level'], groepen: string[]): OfferRow => ({
  id: `o${++n}`,
  title: `Opleiding ${n}`,
  kind: level === 'hbo' ? 'hbo' : 'mbo',
  level,
  leerweg: [],
  provider: 'Synthetisch',
  location: { lon: 6.5, lat: 53 },
  arbeidsmarktregio: amr,
  provincie,
  groepen: groepen.map((groep) => ({ groep, confidence: 'high', method: 'test' })),
  klassen: [],
  source: 'synthetic',
});
const offers = [
  offer('AM01', 'PV20', 'mbo3', ['1051']),
  offer('AM01', 'PV20', 'mbo4', ['3333']),
  offer('AM01', 'PV20', 'hbo', ['3333', '3333']),
  offer('AM03', 'PV22', 'mbo2', ['2222']),
  offer('AM05', 'PV21', 'mbo2', ['1051']),
];
const kans = new Set(['1051|AM01', '1051|AM03', '2222|AM03', '3333|AM03']);
const groepen = [
  { code: '1051', name: 'Verzorgenden' },
  { code: '2222', name: 'Bakkers' },
  { code: '3333', name: 'Opticiens' },
  { code: '4444', name: 'Kappers' },
];

describe('compareRegions', () => {
  const r = compareRegions({ a: 'AM01', b: 'AM03', groepen, indicator, offers, isKansberoep: (g, area) => kans.has(`${g}|${area}`) });

  it('splits kansberoepen into shared and unique', () => {
    expect(r.shared.map((x) => x.groep)).toEqual(['1051']);
    expect(r.onlyA).toEqual([]);
    // krap (national) before no figure at all
    expect(r.onlyB.map((x) => x.groep)).toEqual(['2222', '3333']);
  });

  it('shows the tension in both regions, with the national figure marked where a region has none', () => {
    const v = r.shared[0]!;
    expect(v.tensionA).toMatchObject({ value: 5.2, class: 'zeer krap', scope: 'regional' });
    expect(v.tensionB).toMatchObject({ value: 3.0, class: 'krap', scope: 'national' });
    expect(r.onlyB[1]!.tensionA).toBeNull();
  });

  it('counts offers leading to each occupation in each region (an offer counted once per group)', () => {
    expect(r.shared[0]).toMatchObject({ offersA: 1, offersB: 0 });
    expect(r.onlyB[1]).toMatchObject({ offersA: 2, offersB: 0 });
  });

  it('flags where an occupation is needed but trained only in the other region', () => {
    expect(r.onlyB[1]!.mismatch).toBe('needed-in-b-offered-in-a');
    expect(r.onlyB[0]!.mismatch).toBeNull(); // 2222 is offered in Drenthe itself
    // 1051 is needed in both and trained only in A: B's need is met only across the border
    expect(r.shared[0]!.mismatch).toBe('needed-in-b-offered-in-a');
  });

  it('counts offers per level in each region', () => {
    const byLevel = Object.fromEntries(r.offersByLevel.map((x) => [x.level, [x.a, x.b]]));
    expect(byLevel).toEqual({ praktijkverklaring: [0, 0], mbo1: [0, 0], mbo2: [0, 1], mbo3: [1, 0], mbo4: [1, 0], hbo: [1, 0], wo: [0, 0] });
  });

  it('takes provincie codes as regions too', () => {
    const p = compareRegions({ a: 'PV20', b: 'PV22', groepen, indicator, offers, isKansberoep: () => false });
    expect(p.offersByLevel.find((x) => x.level === 'mbo2')).toEqual({ level: 'mbo2', a: 0, b: 1 });
  });

  it('carries the size of each occupation in both regions next to its tension (none without a size rule)', () => {
    const size = (value: number, area: string) => ({ indicator: 'jobOpenings' as const, value, period: 'tot 2030', source: 'roa', landelijk: area === 'AM03' });
    const withSize = compareRegions({
      a: 'AM01', b: 'AM03', groepen, indicator, offers, isKansberoep: (g, area) => kans.has(`${g}|${area}`),
      sizeOf: (g, area) => (g === groepen[0]!.code ? size(area === 'AM01' ? 120 : 4_500, area) : undefined),
    });
    const row = [...withSize.shared, ...withSize.onlyA, ...withSize.onlyB].find((x) => x.groep === groepen[0]!.code)!;
    expect([row.sizeA?.value, row.sizeB?.value, row.sizeB?.landelijk]).toEqual([120, 4_500, true]);
    const other = [...withSize.shared, ...withSize.onlyA, ...withSize.onlyB].find((x) => x.groep !== groepen[0]!.code);
    if (other) expect([other.sizeA, other.sizeB]).toEqual([null, null]);
    expect([...r.shared, ...r.onlyA, ...r.onlyB].every((x) => x.sizeA === null && x.sizeB === null)).toBe(true);
  });
});
