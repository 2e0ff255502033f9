/**
 * Memoised selectors for the route view: each recomputes only when its own inputs change (by identity), so
 * dragging the radius slider re-cuts measured lists instead of measuring 7,000 offers again.
 */
import type { DatasetFiles, OfferRow, SchoolLocationRow } from '../data/schemas';
import { measureFrom, type InReach } from './distance';
import { regionsTouched } from './regionsInReach';
import { buildTitleIndex, type TitleEntry, type TitleIndex } from './occupationSearch';

/** Remember the last call's arguments and result. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/** ESCO titles plus the BRC group names themselves, so "Kappers en schoonheidsspecialisten" is found too. */
export const selectTitleIndex = memoLast(
  (titles: DatasetFiles['occupation-titles'] | undefined, occupations: DatasetFiles['occupations'] | undefined): TitleIndex => {
    const entries: TitleEntry[] = (occupations?.groepen ?? []).map((g) => ({ label: g.name, groep: g.code, preferred: true }));
    for (const r of titles?.rows ?? []) entries.push({ label: r.label, groep: r.groep, preferred: r.preferred });
    return buildTitleIndex(entries);
  },
);

export const selectMeasuredOffers = memoLast(
  (offers: DatasetFiles['offers'] | undefined, lon: number, lat: number): InReach<OfferRow>[] =>
    offers ? measureFrom({ lon, lat }, offers.rows, (o) => ({ lon: o.location.lon, lat: o.location.lat, region: o.arbeidsmarktregio })) : [],
);

export const selectMeasuredLocations = memoLast(
  (locations: DatasetFiles['school-locations'] | undefined, lon: number, lat: number): InReach<SchoolLocationRow>[] =>
    locations ? measureFrom({ lon, lat }, locations.rows, (l) => ({ lon: l.lon, lat: l.lat, region: l.arbeidsmarktregio })) : [],
);

export const selectTouched = memoLast(
  (amr: DatasetFiles['regions-arbeidsmarktregio'] | undefined, lon: number, lat: number, radiusKm: number): string[] =>
    amr ? regionsTouched({ lon, lat }, radiusKm, amr) : [],
);
