/**
 * One indicator for (group, area) with the national figure standing in where the region has none — marked
 * *landelijk*, never silently. Pure over the index built at load (src/data/indexes.ts).
 */
import { NATIONAL, type IndicatorId, type IndicatorRow } from '../data/schemas';
import { indicatorKey } from '../data/indexes';

export interface FoundIndicator {
  row: IndicatorRow;
  /** the row is the national figure used for a region (or the area itself is NL01) */
  landelijk: boolean;
}

export type IndicatorLookup = (groep: string, area: string, id: IndicatorId) => FoundIndicator | undefined;

export function makeIndicatorLookup(index: ReadonlyMap<string, IndicatorRow>): IndicatorLookup {
  return (groep, area, id) => {
    const own = index.get(indicatorKey(groep, area, id));
    if (own) return { row: own, landelijk: own.scope === 'national' || area === NATIONAL };
    if (area === NATIONAL) return undefined;
    const nat = index.get(indicatorKey(groep, NATIONAL, id));
    return nat ? { row: nat, landelijk: true } : undefined;
  };
}
