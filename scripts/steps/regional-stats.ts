/**
 * Step: regional-stats. CBS figures per arbeidsmarktregio (and Nederland) from the derived files of
 * ../shared/sources/cbs-statline-regionaal-arbeidsmarkt-2025-04/: unemployment, labour force, employed (86088NED,
 * 2013–2024), WW persons per month (85554NED, to 2025-01), employee jobs in December (83582NED, 2014–2023),
 * underused labour potential (85969NED, 2013–2023) and employed persons per beroepsklasse (84916NED, 2022).
 * Derived measures carry their formula. Two files: regional-stats.json with what the first screen shows (measures,
 * each series' trend points, employed per beroepsklasse) and regional-series.json (lazy) with the whole series for
 * the region card's charts — the series are four fifths of the bytes and no first-screen figure needs them.
 */
import { NATIONAL, type RegionalSeries, type RegionalStats } from '../../src/data/schemas';
import { trendPoints } from '../../src/model/regional';
import type { Step } from '../lib/context';
import { readCbsCsv, readSeries, round, type Point, type SeriesTable } from './read-cbs-regional';
import { readEmploymentByKlasse } from './read-cbs-klasse';

export const CBS_SOURCE = 'cbs-statline-regionaal-2025-04';

type Measure = RegionalStats['measures'][number];
const m = (id: string, unit: Measure['unit'], note: string, derived?: string): Measure => ({ id, unit, source: CBS_SOURCE, ...(derived ? { derived } : {}), note });

const EBB = 'CBS EBB (labour force survey); regional figures rounded to thousands, wide margins for small regions; method break 2020/2021 (CBS recalculated the headline figures).';
export const MEASURES: Measure[] = [
  m('unemploymentRate', 'pct', `Werkloosheidspercentage, 86088NED (2024 regional classification for all years). ${EBB}`),
  m('labourForce', 'persons', `Beroepsbevolking, 86088NED. ${EBB}`),
  m('employed', 'persons', `Werkzame beroepsbevolking, 86088NED. ${EBB}`),
  m('unemployed', 'persons', `Werkloze beroepsbevolking, 86088NED. ${EBB}`),
  m('netParticipation', 'pct', `Netto arbeidsparticipatie, 86088NED. ${EBB}`),
  m('wwPersons', 'persons', 'Personen met een WW-uitkering, seizoengecorrigeerd, by region of residence (85554NED). Months in which a region had an older composition (AM36 before 2016, AM37 before 2016, AM38 before 2017) are left out.'),
  m('employeeJobs', 'jobs', 'Banen van werknemers in december, by location of work (83582NED). Years in which a region had an older composition (AM36, AM37 before 2016; AM38 before 2017) are left out.'),
  m('underemployedPartTimers', 'persons', `Deeltijders die meer uren willen werken en direct beschikbaar zijn, 85969NED. ${EBB}`),
  m('availableNotSeeking', 'persons', `Niet gezocht maar wel direct beschikbaar, 85969NED. ${EBB}`),
  m('seekingNotAvailable', 'persons', `Wel gezocht maar niet direct beschikbaar, 85969NED. ${EBB}`),
  m(
    'underusedLabourPotential',
    'persons',
    `Onbenut arbeidspotentieel as CBS defines it, summed here from 85969NED. ${EBB}`,
    'werklozen + deeltijders die meer uren willen werken (direct beschikbaar) + niet gezocht maar direct beschikbaar + gezocht maar niet direct beschikbaar (85969NED)',
  ),
  m(
    'wwPer100LabourForce',
    'per100',
    'A ratio computed here, not a CBS figure: WW recipients live in the region, the labour force too (both by residence).',
    'gemiddeld aantal personen met WW-uitkering (seizoengecorrigeerd, 12 maanden van het jaar, 85554NED) ÷ beroepsbevolking van dat jaar (86088NED) × 100; alleen jaren met 12 maanden in de huidige regio-afbakening',
  ),
];

/** Yearly WW per 100 of the labour force, from the monthly WW series and the yearly labour force. */
export function wwPer100(ww: readonly Point[], labourForce: readonly Point[]): Point[] {
  const lf = new Map(labourForce);
  const byYear = new Map<string, number[]>();
  for (const [month, v] of ww) {
    const y = month.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), v]);
  }
  const out: Point[] = [];
  for (const [y, vals] of byYear) {
    const force = lf.get(y);
    if (vals.length !== 12 || !force) continue;
    out.push([y, round(((vals.reduce((s, v) => s + v, 0) / 12) / force) * 100, 2)]);
  }
  return out;
}

export const regionalStatsStep: Step = {
  name: 'regional-stats',
  run(ctx) {
    const src = ctx.opts.sources;
    const table: SeriesTable = new Map();
    const t1 = readCbsCsv(src, 'amr_arbeidsdeelname_2013_2024.csv', ['regio_code', 'jaar', 'Werkloosheidspercentage_13', 'Beroepsbevolking_2']);
    readSeries(t1, 'jaar', [
      { column: 'Werkloosheidspercentage_13', measure: 'unemploymentRate', thousands: false },
      { column: 'Beroepsbevolking_2', measure: 'labourForce', thousands: true },
      { column: 'WerkzameBeroepsbevolking_3', measure: 'employed', thousands: true },
      { column: 'WerklozeBeroepsbevolking_12', measure: 'unemployed', thousands: true },
      { column: 'NettoArbeidsparticipatie_16', measure: 'netParticipation', thousands: false },
    ], table);
    const t2 = readCbsCsv(src, 'amr_ww_personen_seizoengecorrigeerd_maand_2014_2025.csv', ['regio_code', 'oude_afbakening', 'maand', 'personen_met_ww_uitkering']);
    const ww = readSeries(t2, 'maand', [{ column: 'personen_met_ww_uitkering', measure: 'wwPersons', thousands: false }], table);
    const t3 = readCbsCsv(src, 'amr_banen_werknemers_december_2014_2023.csv', ['regio_code', 'oude_afbakening', 'jaar', 'banen_van_werknemers_x1000']);
    // regional values start in December 2014; national ones are cut to the same years
    const jobs = readSeries(t3, 'jaar', [{ column: 'banen_van_werknemers_x1000', measure: 'employeeJobs', thousands: true }], table, { fromPeriod: '2014' });
    const t4 = readCbsCsv(src, 'amr_onbenut_arbeidspotentieel_2013_2023.csv', ['regio_code', 'jaar', 'WerklozeBeroepsbevolking_6', 'WilMeerUrenWerkenBeschikbaar_3']);
    readSeries(t4, 'jaar', [
      { column: 'WilMeerUrenWerkenBeschikbaar_3', measure: 'underemployedPartTimers', thousands: true },
      { column: 'BeschikbaarNietGezocht_8', measure: 'availableNotSeeking', thousands: true },
      { column: 'GezochtNietBeschikbaar_11', measure: 'seekingNotAvailable', thousands: true },
      { column: 'WerklozeBeroepsbevolking_6', measure: 'unemployed85969', thousands: true },
    ], table);

    const series: RegionalSeries['series'] = {};
    for (const [area, byMeasure] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
      const get = (id: string) => byMeasure.get(id) ?? [];
      // underused labour potential: the four CBS parts, only where all four exist for the year
      const parts = ['unemployed85969', 'underemployedPartTimers', 'availableNotSeeking', 'seekingNotAvailable'].map((id) => new Map(get(id)));
      const underused: Point[] = [...parts[0]!.keys()].filter((y) => parts.every((p) => p.has(y))).map((y) => [y, parts.reduce((s, p) => s + p.get(y)!, 0)]);
      byMeasure.delete('unemployed85969');
      byMeasure.set('underusedLabourPotential', underused);
      byMeasure.set('wwPer100LabourForce', wwPer100(get('wwPersons'), get('labourForce')));
      series[area] = Object.fromEntries(
        MEASURES.map((x) => [x.id, [...get(x.id)].sort((a, b) => a[0].localeCompare(b[0]))] as const).filter(([, pts]) => pts.length > 0),
      );
    }
    const klasse = readEmploymentByKlasse(src, CBS_SOURCE, ctx.products.indicators ?? []);
    const areas = Object.keys(series).filter((a) => a.startsWith('AM'));
    // Nederland keeps every period that is a region's latest, so the card can put Nederland beside each figure
    const latestPeriods = (measure: string) => new Set(areas.map((a) => series[a]![measure]?.at(-1)?.[0]).filter((p): p is string => p !== undefined));
    const points: RegionalStats['trendPoints'] = Object.fromEntries(
      Object.entries(series).map(([area, byMeasure]) => [
        area,
        Object.fromEntries(Object.entries(byMeasure).map(([id, pts]) => [id, trendPoints(pts, area === NATIONAL ? latestPeriods(id) : undefined)])),
      ]),
    );
    const data: RegionalStats = { measures: MEASURES, trendPoints: points, employmentByKlasse: klasse.ebk };
    const breaks = (s: Map<string, string[]>) => [...s].map(([a, p]) => `${a} ${p[0]}…${p.at(-1)}`).join(', ');
    ctx.out.add({
      id: 'regional-stats',
      path: 'regional-stats.json',
      data,
      sources: [CBS_SOURCE],
      rows: areas.length,
      coverage: {
        nl:
          'CBS-cijfers per arbeidsmarktregio, niet per beroepsgroep (behalve werkzame personen per beroepsklasse, 2022). Geen vacatures per ' +
          'arbeidsmarktregio (CBS publiceert die alleen per provincie). Momentopname van april 2025: jaren t/m 2024, WW t/m 2025-01, banen t/m 2023.',
        en:
          'CBS figures per arbeidsmarktregio, not per occupation group (except employed persons per beroepsklasse, 2022). No vacancies per ' +
          'arbeidsmarktregio (CBS publishes them per provincie only). Snapshot of April 2025: years to 2024, WW to 2025-01, jobs to 2023.',
      },
      stats: { areas: areas.length, wwOlderCompositionLeftOut: breaks(ww.skippedOld), jobsOlderCompositionLeftOut: breaks(jobs.skippedOld), ...klasse.stats },
    });
    ctx.out.add({
      id: 'regional-series',
      path: 'regional-series.json',
      data: { series } satisfies RegionalSeries,
      sources: [CBS_SOURCE],
      rows: areas.length,
      lazy: true,
      coverage: {
        nl: 'De hele reeksen achter de regiocijfers (2013–2024, WW per maand t/m 2025-01, banen 2014–2023), voor de trendlijnen op de regiokaart.',
        en: 'The whole series behind the regional figures (2013–2024, WW monthly to 2025-01, jobs 2014–2023), for the trend charts on the region card.',
      },
    });
    return `${areas.length} arbeidsmarktregio's + NL, ${MEASURES.length} measures, employed per beroepsklasse 2022 (labels checked)`;
  },
};
