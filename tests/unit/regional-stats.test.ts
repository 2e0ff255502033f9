/** data/regional-stats.json and data/regional-series.json (CBS per arbeidsmarktregio), read through the app's own loader. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset, type Dataset } from '../../src/data/load';
import { sizeOf } from '../../src/model/kansberoepSize';
import { fsFetcher } from '../lib/fsFetcher';

const DERIVED = '../shared/sources/cbs-statline-regionaal-arbeidsmarkt-2025-04/derived';
let ds: Dataset;
const load = async () => {
  if (ds) return ds;
  const r = await loadDataset(fsFetcher('data'), 'data/', { include: ['regions-arbeidsmarktregio', 'indicators', 'regional-stats', 'regional-series'] });
  if (!r.ok) throw new Error('manifest should load');
  expect(r.dataset.errors).toEqual([]);
  return (ds = r.dataset);
};
const latest = (area: string, measure: string) => ds.files['regional-series']!.series[area]![measure]!.at(-1);

describe('regional-stats.json', () => {
  it('unemployment 2024 matches CBS: Zeeland 2.9 %, Groot Amsterdam 4.7 %, Groningen 4.0 %, Nederland 3.7 %', async () => {
    await load();
    expect(latest('AM24', 'unemploymentRate')).toEqual(['2024', 2.9]);
    expect(latest('AM18', 'unemploymentRate')).toEqual(['2024', 4.7]);
    expect(latest('AM01', 'unemploymentRate')).toEqual(['2024', 4.0]);
    expect(latest('NL01', 'unemploymentRate')).toEqual(['2024', 3.7]);
    expect(Object.keys(ds.files['regional-series']!.series).filter((a) => a.startsWith('AM'))).toHaveLength(35);
    expect(Object.keys(ds.files['regional-stats']!.trendPoints).filter((a) => a.startsWith('AM'))).toHaveLength(35);
  });

  it('has the other CBS series with their periods', async () => {
    await load();
    expect(latest('NL01', 'wwPersons')).toEqual(['2025-01', 166220]); // PROVENANCE: NL WW Jan 2025 166,220
    expect(latest('AM01', 'labourForce')).toEqual(['2024', 425000]);
    expect(latest('AM01', 'employeeJobs')).toEqual(['2023', 351700]);
    // onbenut arbeidspotentieel NL 2023 = 359 + 528 + 188 + 108 thousand (85969NED parts, by hand)
    expect(latest('NL01', 'underusedLabourPotential')).toEqual(['2023', 1183000]);
    // older compositions left out: FoodValley (AM38) counts from 2017, Regio Zwolle (AM36) from 2016
    expect(ds.files['regional-series']!.series.AM38!.wwPersons![0]![0]).toBe('2017-01');
    expect(ds.files['regional-series']!.series.AM36!.employeeJobs![0]![0]).toBe('2016');
  });

  it('derived measures carry their formula; WW per 100 of the labour force recomputed from the source files', async () => {
    await load();
    const m = ds.files['regional-stats']!.measures;
    expect(m.filter((x) => x.derived).map((x) => x.id).sort()).toEqual(['underusedLabourPotential', 'wwPer100LabourForce']);
    // independent computation for Groningen 2024
    const ww = readFileSync(`${DERIVED}/amr_ww_personen_seizoengecorrigeerd_maand_2014_2025.csv`, 'utf8').split('\n').filter((l) => l.startsWith('AM01,') && l.includes(',2024-'));
    expect(ww).toHaveLength(12);
    const mean = ww.reduce((s, l) => s + Number(l.split(',')[4]), 0) / 12;
    const lf = readFileSync(`${DERIVED}/amr_arbeidsdeelname_2013_2024.csv`, 'utf8').split('\n').find((l) => l.startsWith('AM01,Groningen,2024,'))!.split(',')[4];
    const expected = Math.round((mean / (Number(lf) * 1000)) * 100 * 100) / 100;
    expect(latest('AM01', 'wwPer100LabourForce')).toEqual(['2024', expected]);
  });

  it('employed per beroepsklasse 2022: keys with the klassen they cover, labels marked as inferred', async () => {
    await load();
    const e = ds.files['regional-stats']!.employmentByKlasse;
    expect(e.period).toBe('2022');
    expect(e.groups.find((g) => g.key === '6000000')?.klassen).toEqual(['07', '08']);
    expect(e.groups.find((g) => g.key === '1100000')?.klassen).toEqual(['02', '09', '13']);
    expect(e.note).toMatch(/inferred/);
    expect(e.values.NL01!['7000000']).toBe(1343000); // 85276NED: 10 Zorg en welzijn, 1,343 thousand
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    expect(m.files.find((f: { id: string }) => f.id === 'regional-stats').stats.klasseCheckRoa).toMatch(/^1000000: 1\.00/);
  });

  it('gives the kansberoep size a derived regional estimate: 1051 in Groningen = 90,600 × 67,000 ÷ 1,343,000 ≈ 4,520', async () => {
    await load();
    expect(sizeOf(ds, '1051', 'AM01')).toMatchObject({ indicator: 'jobOpenings', value: 4520, scope: 'regional', landelijk: false });
    expect(sizeOf(ds, '1051', 'NL01')).toMatchObject({ value: 90600, landelijk: true });
  });

  it('regional-stats.json keeps the points a trend reads; the whole series are in the lazy regional-series.json', async () => {
    await load();
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { files: { id: string; lazy: boolean }[] };
    expect(m.files.find((f) => f.id === 'regional-stats')?.lazy).toBe(false);
    expect(m.files.find((f) => f.id === 'regional-series')?.lazy).toBe(true);
    const points = ds.files['regional-stats']!.trendPoints;
    // Groningen's unemployment: 2013 8.7 (first), 2023 3.8 (previous), 2024 4.0 (latest), as in the CBS file
    expect(points.AM01!.unemploymentRate).toEqual([['2013', 8.7], ['2023', 3.8], ['2024', 4]]);
    // monthly WW: January 2025 is compared with January 2024
    expect(points.NL01!.wwPersons!.map((p) => p[0])).toEqual(expect.arrayContaining(['2024-01', '2025-01']));
    // every series, by this test's own rule: first, latest, the comparable previous point; Nederland also every region's latest period
    const series = ds.files['regional-series']!.series;
    expect(Object.keys(points).sort()).toEqual(Object.keys(series).sort());
    for (const [area, byMeasure] of Object.entries(series)) {
      expect(Object.keys(points[area]!).sort()).toEqual(Object.keys(byMeasure).sort());
      for (const [measure, all] of Object.entries(byMeasure)) {
        const last = all.at(-1)![0];
        const previous = /^\d{4}(-\d{2}|Q\d)$/.test(last) ? `${Number(last.slice(0, 4)) - 1}${last.slice(4)}` : all.at(-2)?.[0];
        const want = new Set([all[0]![0], last, ...(previous ? [previous] : [])]);
        if (area === 'NL01') for (const [a, s] of Object.entries(series)) if (a.startsWith('AM') && s[measure]?.length) want.add(s[measure]!.at(-1)![0]);
        expect(points[area]![measure], `${area} ${measure}`).toEqual(all.filter((p) => want.has(p[0])));
      }
    }
  });
});
