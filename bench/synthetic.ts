/**
 * SYNTHETIC benchmark data (never shown as real): a national-scale set of 100,000 training offers over the 35 real
 * arbeidsmarktregio codes and 114 invented BRC beroepsgroepen in 13 klassen, with a tension figure per region ×
 * group. Distributions are shaped like the real ones — big regions have many more offers than small ones, mbo
 * levels 2–4 dominate, most offers link to one or two groups, BBL is rarer than BOL — and fixed by a seed, so every
 * run measures the same data.
 */
import { readFileSync } from 'node:fs';
import type { Leerweg, Level, OccupationGroep, OfferKind, OfferRow } from '../src/data/schemas';
import { seededRng, type Rng } from '../tests/lib/rng';

export interface SyntheticSet {
  offers: OfferRow[];
  groepen: OccupationGroep[];
  klassen: string[];
  amrCodes: string[];
  provincieCodes: string[];
  /** tension per `${groep}|${area}` (vacancies per WW benefit), areas = AMR codes and NL01 */
  tension: Map<string, number>;
}

const KLASSEN = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'];

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Zipf-like weights: the k-th item has weight 1 / (k + 1)^s. */
const zipf = <T>(xs: readonly T[], s: number) => xs.map((x, k) => [x, 1 / (k + 1) ** s] as const);

export function generateSet(nOffers = 100_000, seed = 424_242): SyntheticSet {
  const rng = seededRng(seed);
  const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as {
    features: { properties: { code: string; provincies?: string[] } }[];
  };
  const regions = amr.features.map((f) => ({ code: f.properties.code, provincie: f.properties.provincies?.[0] ?? 'PV27' }));
  const provincieCodes = [...new Set(regions.map((r) => r.provincie))].sort();
  // shuffle so region size is not tied to code order
  const bySize = rng.shuffle([...regions]);
  const regionWeights = zipf(bySize, 0.8);

  const groepen: OccupationGroep[] = [];
  for (let i = 0; i < 114; i++) {
    const klasse = KLASSEN[i % KLASSEN.length]!;
    const levels = [weighted<Level>(rng, [['mbo1', 1], ['mbo2', 4], ['mbo3', 5], ['mbo4', 5], ['hbo', 4], ['wo', 2]])];
    if (rng.chance(0.4)) levels.push(weighted<Level>(rng, [['mbo2', 2], ['mbo3', 3], ['mbo4', 3], ['hbo', 2]]));
    groepen.push({
      code: `${klasse}${String(i).padStart(2, '0')}`,
      name: `Synthetische beroepsgroep ${i}`,
      segment: `${klasse}${i % 10}`,
      klasse,
      levels: [...new Set(levels)],
      isco: [],
      edition: '2015',
    });
  }
  const groepWeights = zipf(rng.shuffle([...groepen]), 0.9);

  const tension = new Map<string, number>();
  for (const g of groepen) {
    const national = Math.exp(rng.next() * 2.2 - 1.1); // 0.33 … 3.0
    tension.set(`${g.code}|NL01`, national);
    for (const r of regions) tension.set(`${g.code}|${r.code}`, national * Math.exp(rng.next() * 0.8 - 0.4));
  }

  const offers: OfferRow[] = [];
  for (let i = 0; i < nOffers; i++) {
    const region = weighted(rng, regionWeights);
    const level = weighted<Level>(rng, [['praktijkverklaring', 3], ['mbo1', 5], ['mbo2', 20], ['mbo3', 25], ['mbo4', 30], ['hbo', 12], ['wo', 5]]);
    const kind: OfferKind = level === 'hbo' || level === 'wo' ? level : level === 'praktijkverklaring' ? 'praktijkverklaring' : weighted<OfferKind>(rng, [['mbo', 85], ['short-course', 10], ['private', 5]]);
    const leerweg: Leerweg[] = kind === 'mbo' ? weighted<Leerweg[]>(rng, [[['BOL'], 60], [['BBL'], 25], [['BOL', 'BBL'], 15]]) : [];
    const links = weighted(rng, [[1, 60], [2, 30], [3, 10]] as const);
    const gs = [...new Set(Array.from({ length: links }, () => weighted(rng, groepWeights)))];
    offers.push({
      id: `syn-${i}`,
      title: `Synthetische opleiding ${i}`,
      kind,
      level,
      leerweg,
      provider: `Synthetische school ${i % 400}`,
      location: { lon: 5 + rng.next(), lat: 52 + rng.next() },
      arbeidsmarktregio: region.code,
      provincie: region.provincie,
      groepen: gs.map((g) => ({ groep: g.code, confidence: 'high', method: 'synthetic' })),
      klassen: [...new Set(gs.map((g) => g.klasse))],
      source: 'synthetic-bench',
    });
  }
  return { offers, groepen, klassen: KLASSEN, amrCodes: regions.map((r) => r.code).sort(), provincieCodes, tension };
}
