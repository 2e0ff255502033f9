import { describe, expect, it } from 'vitest';
import { classifySequential, classifyTension, niceBreaks, type RegionValue } from '../../src/model/choropleth';
import { contrastRatio, sequentialPalette, textOn, OFFER_KIND_COLOURS } from '../../src/model/colour';
import { TENSION_COLOURS, TENSION_TEXT } from '../../src/model/tension';
import { trendOf, yearly } from '../../src/model/regional';

const vals = (o: Record<string, number | null>) => new Map(Object.entries(o).map(([k, v]) => [k, { value: v } as RegionValue]));

describe('choropleth classes', () => {
  it('makes nice integer breaks and puts each region in its class (hand-checked)', () => {
    expect(niceBreaks(0, 23, true)).toEqual([0, 5, 10, 15, 20, 25]);
    const c = classifySequential(vals({ A: 0, B: 4, C: 5, D: 23, E: null }), { integer: true });
    expect(c.entries.map((e) => [e.min, e.max, e.regions])).toEqual([
      [0, 5, 2],
      [5, 10, 1],
      [10, 15, 0],
      [15, 20, 0],
      [20, 25, 1],
    ]);
    expect(c.classOf.get('A')).toBe(0);
    expect(c.classOf.get('C')).toBe(1);
    expect(c.classOf.get('D')).toBe(4);
    expect(c.noData).toEqual(['E']);
    expect(c.colours.get('D')).toBe(sequentialPalette(5)[4]);
    expect(c.flat).toBe(false);
  });

  it('decimal measures (unemployment %) get decimal breaks; 4.7 lands in the top class', () => {
    const c = classifySequential(vals({ Zeeland: 2.9, Groningen: 4.0, 'Groot Amsterdam': 4.7 }), { integer: false });
    // span 1.8 / 5 classes → d3's tick step 0.5 on the niced domain [2.5, 5]
    expect(c.entries.map((e) => [e.min, e.max])).toEqual([
      [2.5, 3],
      [3, 3.5],
      [3.5, 4],
      [4, 4.5],
      [4.5, 5],
    ]);
    expect(c.classOf.get('Zeeland')).toBe(0);
    expect(c.classOf.get('Groningen')).toBe(3);
    expect(c.classOf.get('Groot Amsterdam')).toBe(4);
  });

  it('one value everywhere is one flat class (e.g. only a national figure)', () => {
    const c = classifySequential(vals({ A: 7, B: 7 }), { integer: true });
    expect(c.flat).toBe(true);
    expect(c.entries).toHaveLength(1);
  });

  it('tension uses the UWV classes, also from a class label without a value', () => {
    const m = new Map<string, RegionValue>([
      ['A', { value: 11.83 }],
      ['B', { value: 1.5 }],
      ['C', { value: null, class: 'ruim' }],
      ['D', { value: null }],
    ]);
    const c = classifyTension(m);
    expect(c.colours.get('A')).toBe(TENSION_COLOURS['zeer krap']);
    expect(c.colours.get('B')).toBe(TENSION_COLOURS.krap);
    expect(c.colours.get('C')).toBe(TENSION_COLOURS.ruim);
    expect(c.noData).toEqual(['D']);
    expect(c.entries.map((e) => e.regions)).toEqual([0, 1, 0, 1, 1]);
  });
});

describe('contrast (WCAG AA for text on every fill)', () => {
  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('every palette colour gets a text colour with ratio ≥ 4.5', () => {
    const fills = [...[3, 4, 5, 6, 7, 8, 9].flatMap((k) => sequentialPalette(k)), ...Object.values(OFFER_KIND_COLOURS)];
    for (const f of fills) expect(contrastRatio(textOn(f), f)).toBeGreaterThanOrEqual(4.5);
    for (const [cls, fill] of Object.entries(TENSION_COLOURS)) expect(contrastRatio(TENSION_TEXT[cls as keyof typeof TENSION_TEXT], fill)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('regional trends', () => {
  it('compares a monthly figure with the same month a year earlier', () => {
    const t = trendOf([['2024-01', 6060], ['2024-12', 6900], ['2025-01', 6960]]);
    expect(t?.latest).toEqual(['2025-01', 6960]);
    expect(t?.previous).toEqual(['2024-01', 6060]);
    expect(yearly([['2024-01', 6060], ['2024-12', 6900], ['2025-01', 6960]])).toEqual([['2024', 6060], ['2025', 6960]]);
  });
  it('yearly series compare with the previous year', () => {
    expect(trendOf([['2013', 8.2], ['2023', 3.6], ['2024', 3.7]])?.previous).toEqual(['2023', 3.6]);
  });
});

describe('tension class shown', () => {
  it('keeps the source class (ROA passes 11,83 as krap) and classes bare values the UWV way', async () => {
    const { tensionClassOf } = await import('../../src/model/occupationList');
    expect(tensionClassOf(11.83, 'krap')).toBe('krap');
    expect(tensionClassOf(11.83, undefined)).toBe('zeer krap');
    expect(tensionClassOf(null, 'ruim')).toBe('ruim');
    expect(tensionClassOf(null, 'hoog')).toBeNull();
  });
});

describe('first-screen stand-ins for d3 (kept out of the bundle for size, bench/README.md)', () => {
  it('the YlGnBu constant is ColorBrewer YlGnBu as d3-scale-chromatic publishes it, 3–9 classes', async () => {
    const { schemeYlGnBu } = await import('d3-scale-chromatic');
    for (let k = 3; k <= 9; k++) expect(sequentialPalette(k)).toEqual([...schemeYlGnBu[k]!]);
    expect(sequentialPalette(1)).toEqual([schemeYlGnBu[3]![1]]);
    expect(sequentialPalette(2)).toEqual([schemeYlGnBu[3]![0], schemeYlGnBu[3]![2]]);
  });

  it('niceBreaks gives the same classes as d3-scale scaleLinear().nice().ticks() on 2,000 ranges', async () => {
    const { scaleLinear } = await import('d3-scale');
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** Math.floor(rnd() * 8 - 3);
      const a = Math.round(rnd() * 1000) * scale;
      const b = a + Math.max(1, Math.round(rnd() * 1000)) * scale;
      const integer = i % 2 === 0;
      let expected = scaleLinear().domain([a, b]).nice(5).ticks(5);
      if (integer) expected = [...new Set(expected.map((t) => Math.round(t)))];
      if (expected[0]! > a) expected.unshift(a);
      if (expected[expected.length - 1]! < b) expected.push(b);
      expect(niceBreaks(a, b, integer), `${a}…${b}`).toEqual(expected);
    }
  });
});
