/**
 * Two regions side by side: which kansberoepen they share and which only one has, how many training offers each
 * has per level, and for every occupation the tension in both and the offers that lead to it in both — the
 * "where is it offered, where is it needed" question (e.g. opticiens: trained in Groningen, needed in Drenthe).
 *
 * Pure. Whether an occupation is a kansberoep in a region is decided by the caller (the kansberoep rule lives in
 * src/model/kansberoep.ts); this model only compares.
 */
import { LEVELS, type Level, type OfferRow } from '../data/schemas';
import type { IndicatorLookup } from './indicatorLookup';
import { tensionClassOf } from './occupationList';
import type { TensionClass } from './tension';
import type { SizeFigure } from './kansberoepPort';

export interface CompareInput {
  a: string;
  b: string;
  /** occupation groups to compare (already narrowed by the sector filter, if any) */
  groepen: readonly { code: string; name: string }[];
  /** indicator with the national figure standing in, marked landelijk (src/model/indicatorLookup.ts) */
  indicator: IndicatorLookup;
  offers: readonly OfferRow[];
  isKansberoep(groep: string, area: string): boolean;
  /** how big the group is in the area (the kansberoep rule's size figure): a kansrijk but tiny occupation looks tiny */
  sizeOf?(groep: string, area: string): SizeFigure | undefined;
}

export interface TensionFigure {
  value: number | null;
  class: TensionClass | null;
  period: string;
  source: string;
  /** 'national' = no figure for this region: the national one is shown, marked landelijk */
  scope: 'regional' | 'national';
}

export interface CompareRow {
  groep: string;
  name: string;
  kansA: boolean;
  kansB: boolean;
  tensionA: TensionFigure | null;
  tensionB: TensionFigure | null;
  offersA: number;
  offersB: number;
  sizeA: SizeFigure | null;
  sizeB: SizeFigure | null;
  /** needed (kansberoep) in one region while offers leading to it are only in the other */
  mismatch: 'needed-in-a-offered-in-b' | 'needed-in-b-offered-in-a' | null;
}

export interface CompareResult {
  a: string;
  b: string;
  shared: CompareRow[];
  onlyA: CompareRow[];
  onlyB: CompareRow[];
  offersByLevel: { level: Level; a: number; b: number }[];
}

/** An offer lies in a region: its arbeidsmarktregio (AMxx) or provincie (PVxx). */
export const offerInRegion = (o: OfferRow, region: string) => o.arbeidsmarktregio === region || o.provincie === region;

function tension(indicator: IndicatorLookup, groep: string, area: string): TensionFigure | null {
  const found = indicator(groep, area, 'tension');
  if (!found) return null;
  const { row } = found;
  return { value: row.value, class: tensionClassOf(row.value, row.class), period: row.period, source: row.source, scope: found.landelijk ? 'national' : 'regional' };
}

/** Tightest first; occupations without a figure last; then by name. */
const TIGHTNESS: Record<TensionClass, number> = { 'zeer krap': 0, krap: 1, gemiddeld: 2, ruim: 3, 'zeer ruim': 4 };
function byTension(x: CompareRow, y: CompareRow) {
  const of = (t: TensionFigure | null) => (t?.class ? TIGHTNESS[t.class] : 9);
  const rank = (r: CompareRow) => Math.min(of(r.tensionA), of(r.tensionB));
  return rank(x) - rank(y) || x.name.localeCompare(y.name, 'nl');
}

export function compareRegions(input: CompareInput): CompareResult {
  const { a, b } = input;
  const inA = input.offers.filter((o) => offerInRegion(o, a));
  const inB = input.offers.filter((o) => offerInRegion(o, b));
  const countByGroep = (rows: readonly OfferRow[]) => {
    const m = new Map<string, number>();
    for (const o of rows) for (const g of new Set(o.groepen.map((x) => x.groep))) m.set(g, (m.get(g) ?? 0) + 1);
    return m;
  };
  const offersA = countByGroep(inA);
  const offersB = countByGroep(inB);

  const rows: CompareRow[] = input.groepen.map(({ code, name }) => {
    const kansA = input.isKansberoep(code, a);
    const kansB = input.isKansberoep(code, b);
    const oa = offersA.get(code) ?? 0;
    const ob = offersB.get(code) ?? 0;
    const mismatch = kansA && oa === 0 && ob > 0 ? 'needed-in-a-offered-in-b' : kansB && ob === 0 && oa > 0 ? 'needed-in-b-offered-in-a' : null;
    return { groep: code, name, kansA, kansB, tensionA: tension(input.indicator, code, a), tensionB: tension(input.indicator, code, b), offersA: oa, offersB: ob, sizeA: input.sizeOf?.(code, a) ?? null, sizeB: input.sizeOf?.(code, b) ?? null, mismatch };
  });

  const levelCount = (rows: readonly OfferRow[], level: Level) => rows.filter((o) => o.level === level).length;
  return {
    a,
    b,
    shared: rows.filter((r) => r.kansA && r.kansB).sort(byTension),
    onlyA: rows.filter((r) => r.kansA && !r.kansB).sort(byTension),
    onlyB: rows.filter((r) => !r.kansA && r.kansB).sort(byTension),
    offersByLevel: LEVELS.map((level) => ({ level, a: levelCount(inA, level), b: levelCount(inB, level) })),
  };
}
