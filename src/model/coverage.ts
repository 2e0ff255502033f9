/**
 * What a build does and does not contain, for messages on screen. An illustrative example row (`example: true`,
 * e.g. one mbo switch programme from a regional news item) is not programme data: a build whose only mbo offers
 * are examples still has no mbo programmes per location, and says so.
 */
import type { Dataset } from '../data/load';

const memo = new WeakMap<object, boolean>();

/** 'loading' while offers.json is not loaded yet; otherwise whether real (non-example) mbo programmes are in it. */
export function mboProgrammeData(ds: Pick<Dataset, 'files'>): 'loading' | 'present' | 'absent' {
  const rows = ds.files.offers?.rows;
  if (!rows) return 'loading';
  let present = memo.get(rows);
  if (present === undefined) {
    present = rows.some((o) => o.kind === 'mbo' && !o.example);
    memo.set(rows, present);
  }
  return present ? 'present' : 'absent';
}
