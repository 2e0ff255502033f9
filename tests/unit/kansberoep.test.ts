/** The kansberoep rule on small synthetic fixtures (made-up figures) with hand-computed expectations. */
import { describe, expect, it } from 'vitest';
import { assessKansberoep, isKansberoep, kansberoepenIn, kansberoepRule } from '../../src/model/kansberoep';
import { buildIndexes } from '../../src/data/indexes';
import type { Dataset } from '../../src/data/load';
import type { CuratedRow, DatasetFiles, IndicatorRow, Manifest } from '../../src/data/schemas';
import { loadDataset } from '../../src/data/load';
import { fsFetcher } from '../lib/fsFetcher';

const NAT = 'roa-nat';
const row = (groep: string, area: string, indicator: IndicatorRow['indicator'], value: number | null, cls?: string, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  groep,
  area: area as IndicatorRow['area'],
  indicator,
  value,
  ...(cls ? { class: cls } : {}),
  period: indicator === 'tension' ? '2026Q1' : 'tot 2030',
  source: area === 'NL01' ? NAT : 'regio-import',
  scope: area === 'NL01' ? 'national' : 'regional',
  ...extra,
});

function dataset(rows: IndicatorRow[], more: Partial<DatasetFiles> = {}): Dataset {
  const files: Partial<DatasetFiles> = { indicators: { rows }, ...more };
  const manifest = { files: [{ id: 'curated', sources: ['lijst-noord'] }] } as unknown as Manifest;
  return { manifest, files, errors: [], index: buildIndexes(files) };
}

// synthetic groups: A = two signals, B = three signals, C = one signal
const NATIONAL_ROWS = [
  row('0114', 'NL01', 'tension', 11.83, 'krap'),
  row('0114', 'NL01', 'jobOpenings', 47200, 'hoog', { pct: 32 }),
  row('0114', 'NL01', 'futureBottleneck', 0.84, 'vrijwel geen', { period: '2030' }),
  row('0114', 'NL01', 'direction', null, 'richting evenwicht', { period: '2025-2030' }),
  row('0332', 'NL01', 'tension', 5.64, 'krap'),
  row('0332', 'NL01', 'jobOpenings', 69700, 'gemiddeld'),
  row('0332', 'NL01', 'futureBottleneck', 0.794, 'groot', { period: '2030' }),
  row('0332', 'NL01', 'direction', null, 'verdere verkrapping', { period: '2025-2030' }),
  row('1051', 'NL01', 'tension', 0.9, 'gemiddeld'),
  row('1051', 'NL01', 'jobOpenings', 90600, 'hoog'),
];

describe('assessKansberoep', () => {
  it('two signals met on national figures: kansrijk, every reason marked landelijk', () => {
    const a = assessKansberoep(dataset(NATIONAL_ROWS), '0114', 'AM01');
    expect(a).toMatchObject({ kansberoep: true, strength: 'kansrijk', signals: 2, scope: 'national', landelijk: true });
    expect(a.reasons.map((r) => [r.indicator, r.met, r.landelijk, r.area])).toEqual([
      ['tension', true, true, 'NL01'],
      ['jobOpenings', true, true, 'NL01'],
      ['futureBottleneck', false, true, 'NL01'],
      ['direction', false, true, 'NL01'],
    ]);
    expect(a.reasons[0]).toMatchObject({ value: 11.83, class: 'krap', period: '2026Q1', source: NAT });
    expect(a.reasons[0]!.threshold).toMatch(/krap of zeer krap/);
    // no regional-stats: the size is the national figure, landelijk
    expect(a.size).toEqual({ indicator: 'jobOpenings', value: 47200, period: 'tot 2030', source: NAT, area: 'NL01', scope: 'national', landelijk: true });
  });

  it('three signals: sterk; one signal: geen; an unknown group: onbekend', () => {
    const ds = dataset(NATIONAL_ROWS);
    expect(assessKansberoep(ds, '0332', 'AM01')).toMatchObject({ strength: 'sterk', kansberoep: true, signals: 3 });
    expect(assessKansberoep(ds, '1051', 'AM01')).toMatchObject({ strength: 'geen', kansberoep: false, signals: 1 });
    expect(assessKansberoep(ds, '9999', 'AM01')).toMatchObject({ strength: 'onbekend', kansberoep: false, reasons: [] });
  });

  it('a regional figure replaces the national one for that indicator only', () => {
    const ds = dataset([...NATIONAL_ROWS, row('0114', 'AM01', 'tension', 1.2, 'gemiddeld')]);
    const a = assessKansberoep(ds, '0114', 'AM01');
    // tension no longer met here: only job openings → 1 signal
    expect(a).toMatchObject({ kansberoep: false, strength: 'geen', signals: 1, scope: 'regional', landelijk: false });
    expect(a.reasons[0]).toMatchObject({ indicator: 'tension', value: 1.2, area: 'AM01', scope: 'regional', landelijk: false, source: 'regio-import' });
    expect(a.reasons[1]).toMatchObject({ indicator: 'jobOpenings', landelijk: true });
    // another region still gets the national verdict
    expect(assessKansberoep(ds, '0114', 'AM02')).toMatchObject({ kansberoep: true, landelijk: true });
  });

  it('an imported tension ratio without a class gets UWV\'s class of that value', () => {
    const at = (v: number) => assessKansberoep(dataset([...NATIONAL_ROWS, row('1051', 'AM05', 'tension', v)]), '1051', 'AM05').reasons[0];
    expect(at(4.2)).toMatchObject({ class: 'zeer krap', met: true });
    expect(at(1.5)).toMatchObject({ class: 'krap', met: true });
    expect(at(1.49)).toMatchObject({ class: 'gemiddeld', met: false });
  });

  it('a region\'s own list counts as a reason "genoemd door …" and can make a kansberoep', () => {
    const cur = (groep: string, status: CuratedRow['status']): CuratedRow => ({
      area: 'AM01', occupation: 'verzorgende ig', groep, status, reason: 'UWV noemt het', period: '2025-07',
      sourceTitle: 'OOG tv', sourceUrl: 'https://example.org/x', completeness: 'partieel',
    });
    const ds = dataset(NATIONAL_ROWS, { curated: { rows: [cur('1051', 'kansrijk'), cur('0114', 'minder kansrijk')] } });
    const a = assessKansberoep(ds, '1051', 'AM01');
    expect(a).toMatchObject({ kansberoep: true, strength: 'kansrijk', signals: 1, scope: 'regional', landelijk: false });
    expect(a.reasons.at(-1)).toMatchObject({ indicator: 'curated', met: true, threshold: 'genoemd door OOG tv (2025-07)', source: 'lijst-noord', period: '2025-07' });
    // "minder kansrijk" is listed (not met) beside the figures; the figures still decide
    const b = assessKansberoep(ds, '0114', 'AM01');
    expect(b.reasons.at(-1)).toMatchObject({ indicator: 'curated', met: false, status: 'minder kansrijk' });
    expect(b.kansberoep).toBe(true);
    // the list is about AM01 only
    expect(assessKansberoep(ds, '1051', 'AM02').kansberoep).toBe(false);
    // a list from 2018 (more than 3 years before the data's 2026Q1) is shown but does not count
    const old = dataset(NATIONAL_ROWS, { curated: { rows: [{ ...cur('1051', 'kansrijk'), period: '2018-05' }] } });
    const c = assessKansberoep(old, '1051', 'AM01');
    expect(c).toMatchObject({ kansberoep: false, strength: 'geen' });
    expect(c.reasons.at(-1)).toMatchObject({ indicator: 'curated', met: false, period: '2018-05' });
    expect(c.reasons.at(-1)!.threshold).toMatch(/ouder dan 3 jaar/);
    // 2023 is within three years of 2026
    expect(assessKansberoep(dataset(NATIONAL_ROWS, { curated: { rows: [{ ...cur('1051', 'kansrijk'), period: '2023' }] } }), '1051', 'AM01').kansberoep).toBe(true);
  });

  it('size: the area\'s own figure first, else national job openings scaled by the area\'s occupation mix (derived)', () => {
    const regionalStats = {
      measures: [],
      trendPoints: {},
      employmentByKlasse: {
        period: '2022',
        source: 'cbs',
        groups: [{ key: '7000000', klassen: ['10'], label: '10 Zorg en welzijn' }],
        values: { NL01: { '7000000': 1343000 }, AM01: { '7000000': 67000 } },
      },
    };
    const ds = dataset(NATIONAL_ROWS, { 'regional-stats': regionalStats });
    // 90,600 × 67,000 / 1,343,000 = 4,519.9 → 4,520
    expect(assessKansberoep(ds, '1051', 'AM01').size).toMatchObject({ indicator: 'jobOpenings', value: 4520, scope: 'regional', landelijk: false, source: NAT, alsoSources: ['cbs'] });
    expect(assessKansberoep(ds, '1051', 'AM01').size?.derived).toMatch(/werkzame beroepsbevolking/);
    // klasse 01 has no CBS key in this fixture: national figure, landelijk
    expect(assessKansberoep(ds, '0114', 'AM01').size).toMatchObject({ value: 47200, landelijk: true });
    // an own employment figure wins
    const own = dataset([...NATIONAL_ROWS, row('1051', 'AM01', 'employment', 5100, undefined, { period: '2024' })], { 'regional-stats': regionalStats });
    expect(assessKansberoep(own, '1051', 'AM01').size).toMatchObject({ indicator: 'employment', value: 5100, scope: 'regional', period: '2024' });
  });
});

describe('kansberoepRule', () => {
  it('answers like assessKansberoep and returns the same object for the same question', () => {
    const ds = dataset(NATIONAL_ROWS);
    const rule = kansberoepRule(ds);
    expect(rule('0332', 'AM01')).toEqual(assessKansberoep(ds, '0332', 'AM01'));
    expect(rule('0332', 'AM01')).toBe(kansberoepRule(ds)('0332', 'AM01'));
  });
});

describe('isKansberoep (the yes/no alone, for the map)', () => {
  it('hand-checked on the synthetic groups: two and three signals yes, one signal no, unknown no', () => {
    const ds = dataset(NATIONAL_ROWS);
    expect(['0114', '0332', '1051', '9999'].map((g) => isKansberoep(ds, g, 'AM01'))).toEqual([true, true, false, false]);
  });

  it('agrees with assessKansberoep for every group in use × every area of the committed data (incl. curated lists)', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/', { include: ['occupations', 'indicators', 'curated', 'regions-arbeidsmarktregio', 'regions-provincie'] });
    if (!r.ok) throw new Error('manifest should load');
    const ds = r.dataset;
    const areas = ['NL01', ...[...ds.index.regions.keys()]];
    const groepen = [...ds.index.groepen.values()].filter((g) => g.replacedBy === undefined).map((g) => g.code);
    expect(areas.length).toBeGreaterThan(40);
    let yes = 0;
    for (const a of areas)
      for (const g of groepen) {
        const full = assessKansberoep(ds, g, a).kansberoep;
        expect([g, a, isKansberoep(ds, g, a)]).toEqual([g, a, full]);
        if (full) yes++;
      }
    expect(yes).toBeGreaterThan(0);
  });
});

describe('kansberoepenIn', () => {
  it('lists kansberoepen, sterk first, then by size', () => {
    const ds = dataset([...NATIONAL_ROWS, row('0211', 'NL01', 'tension', 3.3, 'krap'), row('0211', 'NL01', 'jobOpenings', 3800, 'erg hoog')]);
    expect(kansberoepenIn(ds, 'AM01').map((a) => [a.groep, a.strength])).toEqual([
      ['0332', 'sterk'],
      ['0114', 'kansrijk'], // 47,200
      ['0211', 'kansrijk'], // 3,800
    ]);
    expect(kansberoepenIn(ds, 'AM01', { all: true }).map((a) => a.groep)).toEqual(['0332', '0114', '0211', '1051']);
  });
});

describe('on the committed data', () => {
  it('0114 in Groningen: kansrijk on national figures (krap 11.83, job openings hoog 47,200), marked landelijk', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/', { include: ['occupations', 'indicators'] });
    if (!r.ok) throw new Error('manifest should load');
    const a = assessKansberoep(r.dataset, '0114', 'AM01');
    expect(a).toMatchObject({ kansberoep: true, landelijk: true });
    expect(a.reasons.find((x) => x.indicator === 'tension')).toMatchObject({ value: 11.83, class: 'krap', met: true, landelijk: true });
    expect(a.reasons.find((x) => x.indicator === 'jobOpenings')).toMatchObject({ value: 47200, class: 'hoog', met: true });
    // retired 2015 codes are not assessed; the 114 groups in use are
    expect(kansberoepenIn(r.dataset, 'AM01', { all: true })).toHaveLength(114);
  });
});
