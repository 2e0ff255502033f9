/**
 * Facet filtering and counting. Two universes are filtered by one set of filters:
 * - training offers (rows of offers.json, by id): sector (through `klassen`), region, level, leerweg, kind,
 *   "only kansberoepen" (offers linked to a group that is a kansberoep in the area), and a home point (near);
 * - occupation groups (BRC beroepsgroepen): sector, level (`levels`), "only kansberoepen".
 * Every option gets the count it would have if it were chosen while the *other* filters stay as they are
 * (within a facet options are OR-ed, across facets AND-ed).
 *
 * Entry point: computeFacets(index, filters). Offer work is bitset ANDs plus one pass over each facet's posting
 * lists (src/data/indexes.ts), never a pass over row objects; see bench/ for its speed against crossfilter2.
 */
import type { Filters } from '../state/types';
import { NATIONAL, type OccupationGroep } from '../data/schemas';
import type { OfferIndex } from '../data/indexes';
import { andAll, countAnd, countBits, countIn, fromPostings, toIds, type Bitset } from './bitset';

export interface FacetIndex {
  /** absent while offers.json is not (yet) loaded: offer counts are then 0 */
  offers: OfferIndex | undefined;
  groepen: readonly OccupationGroep[];
  klassen: readonly string[];
  amrCodes: readonly string[];
  provincieCodes: readonly string[];
  /** is this group a kansberoep in this area (cached per area) */
  kansberoepGroepen(area: string): ReadonlySet<string>;
  /** offers linked to a kansberoep of this area (cached per area) */
  kansberoepOffers(area: string): Bitset;
  /** offers within reach of a home point; supplied by the distance model (routes). null = no constraint */
  nearOffers?(near: NonNullable<Filters['near']>): Bitset | null;
}

export interface FacetIndexInput {
  offers: OfferIndex | undefined;
  groepen: readonly OccupationGroep[];
  klassen: readonly string[];
  amrCodes: readonly string[];
  provincieCodes: readonly string[];
  isKansberoep(groep: string, area: string): boolean;
  nearOffers?: FacetIndex['nearOffers'];
}

export function buildFacetIndex(input: FacetIndexInput): FacetIndex {
  const groepCache = new Map<string, ReadonlySet<string>>();
  const offerCache = new Map<string, Bitset>();
  const kansberoepGroepen = (area: string) => {
    let s = groepCache.get(area);
    if (!s) groepCache.set(area, (s = new Set(input.groepen.filter((g) => input.isKansberoep(g.code, area)).map((g) => g.code))));
    return s;
  };
  const kansberoepOffers = (area: string) => {
    let b = offerCache.get(area);
    if (!b) {
      const o = input.offers;
      b = o ? fromPostings(o.n, [...kansberoepGroepen(area)].map((g) => o.byGroep.get(g))) : new Uint32Array(0);
      offerCache.set(area, b);
    }
    return b;
  };
  return { ...input, kansberoepGroepen, kansberoepOffers };
}

/** Count for one option: occupation groups (null where the facet does not apply to occupations) and offers. */
export interface OptionCount {
  value: string;
  occupations: number | null;
  offers: number;
}

export type FacetId = 'sector' | 'region' | 'level' | 'leerweg' | 'kind' | 'onlyKansberoepen' | 'near';

export interface FacetResult {
  /** the area kansberoepen are judged in: the selected region or NL01 */
  area: string;
  /** matching offer ids (row positions), ascending */
  offerIds: Uint32Array;
  /** matching offers as a bitset (null = all offers) — for fast "offers of group g among the matches" */
  offerSet: Bitset | null;
  /** matching occupation groups (codes, in data order) */
  groepen: string[];
  /** of the groups matching sector and level, how many are a kansberoep in the area */
  kansberoepen: number;
  counts: {
    sector: OptionCount[];
    region: OptionCount[];
    level: OptionCount[];
    leerweg: OptionCount[];
    kind: OptionCount[];
    onlyKansberoepen: OptionCount;
  };
  /** when nothing matches: the active filters whose removal alone brings results back, best first */
  relax: { facet: FacetId; offers: number; occupations: number }[];
}

type OfferDim = Exclude<FacetId, never>;

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

export function computeFacets(fi: FacetIndex, f: Filters): FacetResult {
  const area = f.region ?? NATIONAL;
  const o = fi.offers;
  const n = o?.n ?? 0;

  // ---- offers: one bitset per active dimension (null = inactive)
  const sel: Record<OfferDim, Bitset | null> = {
    sector: null,
    region: null,
    level: null,
    leerweg: null,
    kind: null,
    onlyKansberoepen: null,
    near: null,
  };
  if (o) {
    if (f.sectors.length) sel.sector = fromPostings(n, f.sectors.map((k) => o.byKlasse.get(k)));
    if (f.region) sel.region = fromPostings(n, [(f.region.startsWith('PV') ? o.byProvincie : o.byAmr).get(f.region)]);
    if (f.levels.length) sel.level = fromPostings(n, f.levels.map((l) => o.byLevel.get(l)));
    if (f.leerwegen.length) sel.leerweg = fromPostings(n, f.leerwegen.map((l) => o.byLeerweg.get(l)));
    if (f.offerKinds.length) sel.kind = fromPostings(n, f.offerKinds.map((k) => o.byKind.get(k)));
    if (f.onlyKansberoepen) sel.onlyKansberoepen = fi.kansberoepOffers(area);
    if (f.near && fi.nearOffers) sel.near = fi.nearOffers(f.near);
  }
  const dims = Object.keys(sel) as OfferDim[];
  const except = (...skip: OfferDim[]) => andAll(dims.filter((d) => !skip.includes(d)).map((d) => sel[d]));
  const all = except();

  // ---- occupation groups
  const kbArea = fi.kansberoepGroepen(area);
  const sectorOk = (g: OccupationGroep) => f.sectors.length === 0 || f.sectors.includes(g.klasse);
  const levelOk = (g: OccupationGroep) => f.levels.length === 0 || intersects(g.levels, f.levels);
  const kbOk = (g: OccupationGroep, a = area) => !f.onlyKansberoepen || (a === area ? kbArea : fi.kansberoepGroepen(a)).has(g.code);
  const countGroepen = (pred: (g: OccupationGroep) => boolean) => fi.groepen.reduce((c, g) => (pred(g) ? c + 1 : c), 0);

  const groepen = fi.groepen.filter((g) => sectorOk(g) && levelOk(g) && kbOk(g)).map((g) => g.code);
  const kansberoepen = countGroepen((g) => sectorOk(g) && levelOk(g) && kbArea.has(g.code));

  // ---- counts per option
  const offerCounts = (postings: Map<string, Uint32Array> | undefined, value: string, others: Bitset | null, extra?: Bitset | null) =>
    o ? countIn(postings?.get(value), others, extra) : 0;

  const sectorOthers = except('sector');
  const sector = fi.klassen.map((k) => ({
    value: k,
    occupations: countGroepen((g) => g.klasse === k && levelOk(g) && kbOk(g)),
    offers: offerCounts(o?.byKlasse, k, sectorOthers),
  }));

  const levelOthers = except('level');
  const level = LEVEL_ORDER.map((l) => ({
    value: l,
    occupations: countGroepen((g) => (g.levels as readonly string[]).includes(l) && sectorOk(g) && kbOk(g)),
    offers: offerCounts(o?.byLevel, l, levelOthers),
  }));

  const leerwegOthers = except('leerweg');
  const leerweg = ['BOL', 'BBL'].map((l) => ({ value: l, occupations: null, offers: offerCounts(o?.byLeerweg, l, leerwegOthers) }));
  const kindOthers = except('kind');
  const kind = KIND_ORDER.map((k) => ({ value: k, occupations: null, offers: offerCounts(o?.byKind, k, kindOthers) }));

  // Region options judge "only kansberoepen" in the option's own region, not in the selected one.
  const regionOthers = f.onlyKansberoepen ? except('region', 'onlyKansberoepen') : except('region');
  const regionOption = (code: string, postings: Map<string, Uint32Array> | undefined): OptionCount => ({
    value: code,
    occupations: countGroepen((g) => sectorOk(g) && levelOk(g) && kbOk(g, code)),
    offers: offerCounts(postings, code, regionOthers, f.onlyKansberoepen && o ? fi.kansberoepOffers(code) : null),
  });
  const region = [...fi.amrCodes.map((c) => regionOption(c, o?.byAmr)), ...fi.provincieCodes.map((c) => regionOption(c, o?.byProvincie))];

  const kbOthers = except('onlyKansberoepen');
  const onlyKansberoepen: OptionCount = {
    value: 'true',
    occupations: kansberoepen,
    offers: o ? countAnd(fi.kansberoepOffers(area), kbOthers) : 0,
  };

  const offerIds = o ? toIds(all, n) : new Uint32Array(0);
  const relax = offerIds.length === 0 || groepen.length === 0 ? relaxations(fi, f, dims, sel, except, n) : [];
  return { area, offerIds, offerSet: all, groepen, kansberoepen, counts: { sector, region, level, leerweg, kind, onlyKansberoepen }, relax };
}

const LEVEL_ORDER = ['praktijkverklaring', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo'] as const;
const KIND_ORDER = ['mbo', 'hbo', 'wo', 'praktijkverklaring', 'short-course', 'private'] as const;

/** Which single active filter, dropped, brings results back (for "nothing found — undo X?"). */
function relaxations(
  fi: FacetIndex,
  f: Filters,
  dims: OfferDim[],
  sel: Record<OfferDim, Bitset | null>,
  except: (...skip: OfferDim[]) => Bitset | null,
  n: number,
): FacetResult['relax'] {
  const out: FacetResult['relax'] = [];
  for (const d of dims) {
    const active =
      d === 'sector' ? f.sectors.length > 0 : d === 'region' ? f.region !== null : d === 'level' ? f.levels.length > 0
        : d === 'leerweg' ? f.leerwegen.length > 0 : d === 'kind' ? f.offerKinds.length > 0 : d === 'onlyKansberoepen' ? f.onlyKansberoepen : f.near !== null;
    if (!active) continue;
    const offers = fi.offers ? (sel[d] === null ? 0 : countOrAll(except(d), n)) : 0;
    const without: Filters = {
      ...f,
      sectors: d === 'sector' ? [] : f.sectors,
      levels: d === 'level' ? [] : f.levels,
      onlyKansberoepen: d === 'onlyKansberoepen' ? false : f.onlyKansberoepen,
      region: d === 'region' ? null : f.region,
    };
    const area = without.region ?? NATIONAL;
    const kb = fi.kansberoepGroepen(area);
    const occupations = fi.groepen.filter(
      (g) =>
        (without.sectors.length === 0 || without.sectors.includes(g.klasse)) &&
        (without.levels.length === 0 || intersects(g.levels, without.levels)) &&
        (!without.onlyKansberoepen || kb.has(g.code)),
    ).length;
    if (offers > 0 || occupations > 0) out.push({ facet: d, offers, occupations });
  }
  return out.sort((a, b) => b.offers + b.occupations - (a.offers + a.occupations));
}

const countOrAll = (b: Bitset | null, n: number) => (b ? countBits(b) : n);
