/**
 * Benchmark 1 — filtering: one filter change (a person ticks or unticks one option, or picks a region) answered
 * by the app's facet model, by crossfilter2 and by a naive Array.filter/reduce, each over the same synthetic
 * 100,000 offers. The three are timed on the same change, one after another in rotating order, so machine noise
 * hits them alike. Before timing, all three must give the same counts.
 */
import { DEFAULT_STATE, type Filters } from '../src/state/types';
import { LEERWEGEN, LEVELS, type Leerweg, type Level, type OfferKind } from '../src/data/schemas';
import { seededRng, type Rng } from '../tests/lib/rng';
import { generateSet } from './synthetic';
import { naive, ours, withCrossfilter, type Counts, type FilterImpl } from './filterImpls';
import { median, percentile } from './stats';

const KINDS: OfferKind[] = ['mbo', 'hbo', 'wo', 'short-course'];

const toggle = <T>(xs: readonly T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

/** A random walk of single changes, as a person clicks through the filter panel. */
export function filterWalk(rng: Rng, steps: number, klassen: readonly string[], regions: readonly string[]): Filters[] {
  let f: Filters = structuredClone(DEFAULT_STATE.filters);
  const out: Filters[] = [];
  for (let i = 0; i < steps; i++) {
    const what = rng.int(0, 9);
    if (what <= 2) f = { ...f, sectors: toggle(f.sectors, rng.pick(klassen)).slice(-3) };
    else if (what <= 4) f = { ...f, region: rng.chance(0.25) ? null : rng.pick(regions) };
    else if (what <= 6) f = { ...f, levels: toggle<Level>(f.levels, rng.pick(LEVELS)).slice(-3) };
    else if (what === 7) f = { ...f, leerwegen: toggle<Leerweg>(f.leerwegen, rng.pick(LEERWEGEN)) };
    else if (what === 8) f = { ...f, offerKinds: toggle<OfferKind>(f.offerKinds, rng.pick(KINDS)) };
    else f = { ...f, onlyKansberoepen: !f.onlyKansberoepen };
    // now and then the reset button
    if (rng.chance(0.04)) f = structuredClone(DEFAULT_STATE.filters);
    out.push(f);
  }
  return out;
}

function sameCounts(a: Counts, b: Counts, withRegion: boolean): string | null {
  const keys: (keyof Counts)[] = ['total', 'sector', 'level', 'leerweg', 'kind', ...(withRegion ? (['region'] as const) : [])];
  for (const k of keys) {
    if (JSON.stringify(sortKeys(a[k])) !== JSON.stringify(sortKeys(b[k]))) return k;
  }
  return null;
}
const sortKeys = (v: unknown) => (typeof v === 'object' && v ? Object.fromEntries(Object.entries(v).sort()) : v);

export interface FilterBenchResult {
  offers: number;
  changes: number;
  times: Record<string, { median: number; p95: number }>;
  names: { ours: string; crossfilter: string; naive: string };
  setupMs: Record<string, number>;
}

export function runFilteringBench(opts: { offers?: number; changes?: number; warmup?: number } = {}): FilterBenchResult {
  const nOffers = opts.offers ?? 100_000;
  const changes = opts.changes ?? 200;
  const warmup = opts.warmup ?? 20;
  const set = generateSet(nOffers);
  const setupMs: Record<string, number> = {};
  const timed = <T>(name: string, make: () => T) => {
    const t0 = performance.now();
    const v = make();
    setupMs[name] = performance.now() - t0;
    return v;
  };
  const impls: FilterImpl[] = [timed('ours', () => ours(set)), timed('crossfilter', () => withCrossfilter(set)), timed('naive', () => naive(set))];
  const walk = filterWalk(seededRng(7), warmup + changes, set.klassen, [...set.amrCodes, ...set.provincieCodes]);

  // Same answers first: a faster wrong answer is no answer.
  for (const f of walk.slice(0, 60)) {
    const [a, b, c] = impls.map((i) => i.run(f)) as [Counts, Counts, Counts];
    // region options under "only kansberoepen" are judged per option region by the app (crossfilter cannot), so
    // region counts are compared when that filter is off
    const diff = sameCounts(a, b, !f.onlyKansberoepen) ?? sameCounts(a, c, !f.onlyKansberoepen);
    if (diff) throw new Error(`filtering bench: implementations disagree on "${diff}" for ${JSON.stringify(f)}`);
  }
  // Replay from the default state so crossfilter's incremental state starts where the walk starts.
  for (const i of impls) i.run(DEFAULT_STATE.filters);

  const samples: number[][] = impls.map(() => []);
  walk.forEach((f, step) => {
    for (let k = 0; k < impls.length; k++) {
      const which = (k + step) % impls.length;
      const t0 = performance.now();
      impls[which]!.run(f);
      const dt = performance.now() - t0;
      if (step >= warmup) samples[which]!.push(dt);
    }
  });
  const times = Object.fromEntries(impls.map((i, k) => [i.name, { median: median(samples[k]!), p95: percentile(samples[k]!, 95) }]));
  return { offers: nOffers, changes, times, names: { ours: impls[0]!.name, crossfilter: impls[1]!.name, naive: impls[2]!.name }, setupMs };
}
