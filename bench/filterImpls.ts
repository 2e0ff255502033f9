/**
 * Three ways to answer one filter change over the synthetic offers: how many offers match, and for every option of
 * every facet how many would match if it were chosen while the other facets stay (sector, region, level, leerweg,
 * kind). "Ours" is the app's own model (src/model/facets.ts over src/data/indexes.ts); the others are
 * crossfilter2 and a naive Array.filter/reduce. Each returns the same Counts, checked equal before timing.
 */
import crossfilter from 'crossfilter2';
import type { Filters } from '../src/state/types';
import type { OfferRow } from '../src/data/schemas';
import { buildOfferIndex } from '../src/data/indexes';
import { buildFacetIndex, computeFacets, type FacetIndex } from '../src/model/facets';
import type { SyntheticSet } from './synthetic';

export interface Counts {
  total: number;
  sector: Record<string, number>;
  region: Record<string, number>;
  level: Record<string, number>;
  leerweg: Record<string, number>;
  kind: Record<string, number>;
}

export interface FilterImpl {
  name: string;
  /** apply the filters (the state after one change) and read every count */
  run(f: Filters): Counts;
}

/** A synthetic kansberoep rule for the benchmark: tension of at least 1.5 in the area. */
const kansberoepRule = (set: SyntheticSet) => (groep: string, area: string) => (set.tension.get(`${groep}|${area}`) ?? 0) >= 1.5;

export function ours(set: SyntheticSet): FilterImpl & { facetIndex: FacetIndex } {
  const facetIndex = buildFacetIndex({
    offers: buildOfferIndex(set.offers),
    groepen: set.groepen,
    klassen: set.klassen,
    amrCodes: set.amrCodes,
    provincieCodes: set.provincieCodes,
    isKansberoep: kansberoepRule(set),
  });
  const rec = (xs: { value: string; offers: number }[]) => Object.fromEntries(xs.filter((x) => x.offers > 0).map((x) => [x.value, x.offers]));
  return {
    name: 'ours (computeFacets)',
    facetIndex,
    run(f) {
      const r = computeFacets(facetIndex, f);
      return {
        total: r.offerIds.length,
        sector: rec(r.counts.sector),
        region: rec(r.counts.region),
        level: rec(r.counts.level),
        leerweg: rec(r.counts.leerweg),
        kind: rec(r.counts.kind),
      };
    },
  };
}

/** Does this offer pass facet `d` of the filters (the kansberoep test judged in `area`)? */
function passes(set: SyntheticSet, kb: (area: string) => Set<string>) {
  return (o: OfferRow, f: Filters, d: string, area: string): boolean => {
    switch (d) {
      case 'sector':
        return f.sectors.length === 0 || o.klassen.some((k) => f.sectors.includes(k));
      case 'region':
        return f.region === null || o.arbeidsmarktregio === f.region || o.provincie === f.region;
      case 'level':
        return f.levels.length === 0 || (o.level !== undefined && f.levels.includes(o.level));
      case 'leerweg':
        return f.leerwegen.length === 0 || o.leerweg.some((l) => f.leerwegen.includes(l));
      case 'kind':
        return f.offerKinds.length === 0 || f.offerKinds.includes(o.kind);
      default:
        return !f.onlyKansberoepen || o.groepen.some((g) => kb(area).has(g.groep));
    }
  };
}

const DIMS = ['sector', 'region', 'level', 'leerweg', 'kind', 'kb'] as const;

export function naive(set: SyntheticSet): FilterImpl {
  const rule = kansberoepRule(set);
  const kbCache = new Map<string, Set<string>>();
  const kb = (area: string) => {
    let s = kbCache.get(area);
    if (!s) kbCache.set(area, (s = new Set(set.groepen.filter((g) => rule(g.code, area)).map((g) => g.code))));
    return s;
  };
  const pass = passes(set, kb);
  const valuesOf: Record<Exclude<(typeof DIMS)[number], 'kb'>, (o: OfferRow) => string[]> = {
    sector: (o) => o.klassen,
    region: (o) => [o.arbeidsmarktregio, o.provincie],
    level: (o) => (o.level ? [o.level] : []),
    leerweg: (o) => o.leerweg,
    kind: (o) => [o.kind],
  };
  return {
    name: 'naive Array.filter/reduce',
    run(f) {
      const area = f.region ?? 'NL01';
      const others = (skip: string) => (o: OfferRow) => DIMS.every((d) => d === skip || pass(o, f, d, area));
      const countBy = (d: keyof typeof valuesOf) =>
        set.offers.filter(others(d)).reduce<Record<string, number>>((acc, o) => {
          for (const v of valuesOf[d](o)) acc[v] = (acc[v] ?? 0) + 1;
          return acc;
        }, {});
      return {
        total: set.offers.filter(others('')).length,
        sector: countBy('sector'),
        region: countBy('region'),
        level: countBy('level'),
        leerweg: countBy('leerweg'),
        kind: countBy('kind'),
      };
    },
  };
}

export function withCrossfilter(set: SyntheticSet): FilterImpl {
  const rule = kansberoepRule(set);
  const cf = crossfilter(set.offers);
  const sector = cf.dimension((o) => o.klassen, true);
  const region = cf.dimension((o) => [o.arbeidsmarktregio, o.provincie], true);
  const level = cf.dimension((o) => o.level ?? '');
  const leerweg = cf.dimension((o) => o.leerweg, true);
  const kind = cf.dimension((o) => o.kind);
  const kbDim = cf.dimension((o) => o.groepen.map((g) => g.groep), true);
  const groups = {
    sector: sector.group().reduceCount(),
    region: region.group().reduceCount(),
    level: level.group().reduceCount(),
    leerweg: leerweg.group().reduceCount(),
    kind: kind.group().reduceCount(),
  };
  const all = cf.groupAll().reduceCount();
  // crossfilter is incremental: only dimensions whose filter changed are touched
  const applied: Record<string, string> = {};
  const set1 = (name: string, key: string, apply: () => void) => {
    if (applied[name] === key) return;
    applied[name] = key;
    apply();
  };
  const anyOf = (dim: ReturnType<typeof cf.dimension>, values: readonly string[]) =>
    values.length === 0 ? dim.filterAll() : dim.filterFunction((v) => values.includes(v as string));
  const read = (g: { all(): ReadonlyArray<{ key: unknown; value: unknown }> }) =>
    Object.fromEntries(g.all().filter((x) => (x.value as number) > 0 && x.key !== '').map((x) => [x.key as string, x.value as number]));
  return {
    name: 'crossfilter2',
    run(f) {
      set1('sector', f.sectors.join(), () => anyOf(sector, f.sectors));
      set1('region', f.region ?? '', () => (f.region ? region.filterExact(f.region) : region.filterAll()));
      set1('level', f.levels.join(), () => anyOf(level, f.levels));
      set1('leerweg', f.leerwegen.join(), () => anyOf(leerweg, f.leerwegen));
      set1('kind', f.offerKinds.join(), () => anyOf(kind, f.offerKinds));
      const area = f.region ?? 'NL01';
      set1('kb', f.onlyKansberoepen ? area : '', () => (f.onlyKansberoepen ? kbDim.filterFunction((g) => rule(g as string, area)) : kbDim.filterAll()));
      return {
        total: all.value() as unknown as number,
        sector: read(groups.sector),
        region: read(groups.region),
        level: read(groups.level),
        leerweg: read(groups.leerweg),
        kind: read(groups.kind),
      };
    },
  };
}
