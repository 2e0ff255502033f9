/**
 * "Why is this a kansberoep here": every indicator of the group for the area, side by side with the national
 * figure, the rule's reasons (value, class, threshold, period, source), neighbouring regions, covered titles
 * and the training offers that lead to it, nearest first.
 */
import { NATIONAL, type IndicatorId, type IndicatorRow, type OfferRow } from '../data/schemas';
import type { KansberoepReason, KansberoepVerdict } from './kansberoepPort';
import type { IndicatorLookup } from './indicatorLookup';
import { tensionClassOf } from './occupationList';
import type { TensionClass } from './tension';

export const CARD_INDICATORS: IndicatorId[] = ['tension', 'jobOpenings', 'expansionDemand', 'replacementDemand', 'futureBottleneck', 'direction', 'vacancies', 'jobSeekers', 'employment'];

export interface IndicatorLine {
  indicator: IndicatorId;
  /** figure for the area itself; absent when the area has none */
  regional?: IndicatorRow;
  national?: IndicatorRow;
  /** what the rule made of it, when the rule used it */
  reason?: KansberoepReason;
}

export interface NeighbourLine {
  area: string;
  kansberoep: boolean;
  landelijk: boolean;
  tension?: { value: number | null; cls: TensionClass | null; landelijk: boolean };
}

export interface NearOffer {
  offer: OfferRow;
  km: number;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function km(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

export function indicatorLines(groep: string, area: string, lookup: IndicatorLookup, verdict: KansberoepVerdict): IndicatorLine[] {
  const lines: IndicatorLine[] = [];
  for (const id of CARD_INDICATORS) {
    const own = area === NATIONAL ? undefined : lookup(groep, area, id);
    const nat = lookup(groep, NATIONAL, id);
    const regional = own && !own.landelijk ? own.row : undefined;
    const reason = verdict.reasons.find((r) => r.indicator === id);
    if (!regional && !nat && !reason) continue;
    lines.push({ indicator: id, regional, national: nat?.row, reason });
  }
  return lines;
}

export function neighbourLines(groep: string, areas: readonly string[], lookup: IndicatorLookup, verdict: (g: string, a: string) => KansberoepVerdict): NeighbourLine[] {
  return areas.map((area) => {
    const v = verdict(groep, area);
    const t = lookup(groep, area, 'tension');
    return {
      area,
      kansberoep: v.kansberoep,
      landelijk: v.landelijk,
      tension: t ? { value: t.row.value, cls: tensionClassOf(t.row.value, t.row.class), landelijk: t.landelijk } : undefined,
    };
  });
}

/** Offers linked to the group, nearest to `origin` first. */
export function nearestOffers(rows: readonly OfferRow[], ids: ArrayLike<number>, origin: readonly [number, number], limit = 25): NearOffer[] {
  const out: NearOffer[] = [];
  for (let i = 0; i < ids.length; i++) {
    const o = rows[ids[i]!]!;
    out.push({ offer: o, km: km(origin, [o.location.lon, o.location.lat]) });
  }
  return out.sort((a, b) => a.km - b.km || a.offer.title.localeCompare(b.offer.title, 'nl')).slice(0, limit);
}
