/**
 * mbo school locations: places where mbo is taught, without the programmes (this build has no DUO
 * opleidingsaanbod). They are a layer of their own — never counted as training offers — and follow only the
 * filters that can say something about a place: region, distance, offer kind and level. Sector, leerweg and
 * "only kansberoepen" cannot be judged without programme data, so they leave the locations as they are (the
 * legend says so). Pure: no React, no MapLibre.
 */
import type { Level, SchoolLocationRow } from '../data/schemas';
import type { Filters } from '../state/types';
import { distanceKm } from './distance';

const MBO_LEVELS: readonly Level[] = ['mbo1', 'mbo2', 'mbo3', 'mbo4'];

/** Why no school location is shown: a filter that excludes mbo altogether. */
export type SchoolsHiddenBy = 'kind' | 'level' | null;

export function schoolsHiddenBy(f: Pick<Filters, 'offerKinds' | 'levels'>): SchoolsHiddenBy {
  if (f.offerKinds.length > 0 && !f.offerKinds.includes('mbo')) return 'kind';
  if (f.levels.length > 0 && !f.levels.some((l) => MBO_LEVELS.includes(l))) return 'level';
  return null;
}

export interface SchoolSelection {
  /** row positions in school-locations.json of the locations to show, in file order */
  ids: number[];
  hiddenBy: SchoolsHiddenBy;
}

/** The school locations that match the place filters (region or provincie, distance), unless kind or level exclude mbo. */
export function matchingSchoolLocations(rows: readonly SchoolLocationRow[], f: Pick<Filters, 'offerKinds' | 'levels' | 'region' | 'near'>): SchoolSelection {
  const hiddenBy = schoolsHiddenBy(f);
  if (hiddenBy) return { ids: [], hiddenBy };
  const ids: number[] = [];
  rows.forEach((r, i) => {
    if (f.region && r.arbeidsmarktregio !== f.region && r.provincie !== f.region) return;
    if (f.near && distanceKm(f.near, r) > f.near.radiusKm) return;
    ids.push(i);
  });
  return { ids, hiddenBy: null };
}

/** "Rosestraat 1101, 3071 AL Rotterdam": the address as one line, leaving out what the source does not give. */
export function schoolAddress(r: Pick<SchoolLocationRow, 'address' | 'postcode' | 'place'>): string {
  return [r.address, [r.postcode, r.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
