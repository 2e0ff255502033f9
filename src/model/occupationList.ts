/**
 * The occupation (kansberoepen) list for the current filters: per group its tension class, its size beside it
 * (a kansberoep with few jobs must look small: bars share one scale over all groups) and the number of matching
 * training offers in the selection. Sorting is a pure function of the rows.
 */
import type { IndicatorId, OccupationGroep } from '../data/schemas';
import type { OfferIndex } from '../data/indexes';
import { countIn, type Bitset } from './bitset';
import type { IndicatorLookup } from './indicatorLookup';
import type { SizeFigure } from './kansberoepPort';
import { TENSION_CLASSES, tensionClass, type TensionClass } from './tension';

export interface Figure {
  value: number | null;
  class?: string;
  period: string;
  source: string;
  landelijk: boolean;
  indicator: IndicatorId;
  /** formula of a derived estimate */
  derived?: string;
}

export interface OccupationRow {
  groep: string;
  name: string;
  klasse: string;
  kansberoep: boolean;
  tension?: Figure & { tensionClass: TensionClass | null };
  size?: Figure;
  /** matching offers (all filters) linked to this group */
  offers: number;
}

export interface OccupationList {
  rows: OccupationRow[];
  /** largest size over ALL groups (same indicator and area), so bars are comparable across filters */
  sizeMax: number;
  sizeIndicator: IndicatorId | null;
}

/** Size: employment where the data has it, else expected job openings to 2030. */
const SIZE_INDICATORS: IndicatorId[] = ['employment', 'jobOpenings'];

/**
 * The tension class to show: the source's own class where it gives one of the five (never reclassified — ROA
 * passes UWV's class on, e.g. 11,83 as *krap*), else UWV's class of the value.
 */
export function tensionClassOf(value: number | null, label: string | undefined): TensionClass | null {
  if ((TENSION_CLASSES as readonly string[]).includes(label ?? '')) return label as TensionClass;
  if (value !== null && Number.isFinite(value) && value >= 0) return tensionClass(value);
  return null;
}

const figure = (lookup: IndicatorLookup, groep: string, area: string, id: IndicatorId): Figure | undefined => {
  const f = lookup(groep, area, id);
  return f ? { value: f.row.value, class: f.row.class, period: f.row.period, source: f.row.source, landelijk: f.landelijk, indicator: id } : undefined;
};

export function buildOccupationList(input: {
  groepen: readonly OccupationGroep[];
  /** codes of the groups that pass the filters, in any order */
  matching: readonly string[];
  area: string;
  kansberoepen: ReadonlySet<string>;
  indicator: IndicatorLookup;
  offers: OfferIndex | undefined;
  offerSet: Bitset | null;
  /** the rule's size for a group in the area (may be a derived regional estimate); else the indicators are read */
  sizeOf?(groep: string): SizeFigure | undefined;
}): OccupationList {
  const { area, indicator } = input;
  const size = (g: string): Figure | undefined => {
    const s = input.sizeOf?.(g);
    if (s) return { value: s.value, period: s.period, source: s.source, landelijk: s.landelijk, indicator: s.indicator, derived: s.derived };
    return sizeIndicator ? figure(indicator, g, area, sizeIndicator) : undefined;
  };
  const sizeIndicator = input.sizeOf
    ? null
    : (SIZE_INDICATORS.find((id) => input.groepen.some((g) => indicator(g.code, area, id)?.row.value != null)) ?? null);
  let sizeMax = 0;
  const sizes = new Map(input.groepen.map((g) => [g.code, size(g.code)]));
  for (const s of sizes.values()) sizeMax = Math.max(sizeMax, s?.value ?? 0);
  const shownIndicator = sizeIndicator ?? [...sizes.values()].find((s) => s)?.indicator ?? null;
  const wanted = new Set(input.matching);
  const rows: OccupationRow[] = [];
  for (const g of input.groepen) {
    if (!wanted.has(g.code)) continue;
    const t = figure(indicator, g.code, area, 'tension');
    rows.push({
      groep: g.code,
      name: g.name,
      klasse: g.klasse,
      kansberoep: input.kansberoepen.has(g.code),
      tension: t ? { ...t, tensionClass: tensionClassOf(t.value, t.class) } : undefined,
      size: sizes.get(g.code),
      offers: input.offers ? countIn(input.offers.byGroep.get(g.code), input.offerSet) : 0,
    });
  }
  return { rows, sizeMax, sizeIndicator: shownIndicator };
}

export type OccupationSort = 'tension' | 'size' | 'offers' | 'name';

const tensionRank = (r: OccupationRow) => (r.tension?.tensionClass ? TENSION_CLASSES.indexOf(r.tension.tensionClass) : -1);

/** Sort descending by the key (name: A–Z); kansberoepen first, ties by tension value then name. */
export function sortOccupations(rows: readonly OccupationRow[], key: OccupationSort): OccupationRow[] {
  const value = (r: OccupationRow): number =>
    key === 'tension' ? tensionRank(r) * 1e6 + (r.tension?.value ?? 0) : key === 'size' ? (r.size?.value ?? -1) : key === 'offers' ? r.offers : 0;
  return [...rows].sort(
    (a, b) =>
      Number(b.kansberoep) - Number(a.kansberoep) ||
      (key === 'name' ? a.name.localeCompare(b.name, 'nl') : value(b) - value(a)) ||
      (b.tension?.value ?? 0) - (a.tension?.value ?? 0) ||
      a.name.localeCompare(b.name, 'nl'),
  );
}
