/**
 * Fixed-size bitsets over row ids 0..n-1 (one bit per row in a Uint32Array). Facet filtering ANDs these and
 * tests posting lists against them, so a filter change costs O(n/32) word operations plus one pass over the
 * postings of each facet — never a pass over row objects. Pure functions; `null` stands for "every row".
 */
export type Bitset = Uint32Array;

export const wordsFor = (n: number) => (n + 31) >>> 5;

export function emptyBitset(n: number): Bitset {
  return new Uint32Array(wordsFor(n));
}

/** Set bits for the ids in one or more sorted posting lists (union). */
export function fromPostings(n: number, lists: readonly (Uint32Array | undefined)[]): Bitset {
  const b = emptyBitset(n);
  for (const ids of lists) {
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      b[id >>> 5]! |= 1 << (id & 31);
    }
  }
  return b;
}

/** AND of all non-null bitsets; null when every input is null (no constraint). */
export function andAll(sets: readonly (Bitset | null)[]): Bitset | null {
  let out: Bitset | null = null;
  for (const s of sets) {
    if (!s) continue;
    if (!out) {
      out = s.slice();
      continue;
    }
    for (let w = 0; w < out.length; w++) out[w]! &= s[w]!;
  }
  return out;
}

export const has = (b: Bitset, id: number) => (b[id >>> 5]! & (1 << (id & 31))) !== 0;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(b: Bitset): number {
  let c = 0;
  for (let w = 0; w < b.length; w++) c += popcount32(b[w]!);
  return c;
}

/** |a ∩ b|; b null = every row. */
export function countAnd(a: Bitset, b: Bitset | null): number {
  if (!b) return countBits(a);
  let c = 0;
  for (let w = 0; w < a.length; w++) {
    const x = a[w]! & b[w]!;
    if (x !== 0) c += popcount32(x);
  }
  return c;
}

/** How many ids of a sorted posting list lie in `b` (and in `extra`, when given); null = every row. */
export function countIn(ids: Uint32Array | undefined, b: Bitset | null, extra?: Bitset | null): number {
  if (!ids) return 0;
  if (!b && !extra) return ids.length;
  let c = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if ((!b || has(b, id)) && (!extra || has(extra, id))) c++;
  }
  return c;
}

/** The ids set in `b`, ascending; null stands for all n rows. */
export function toIds(b: Bitset | null, n: number): Uint32Array {
  if (!b) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const out = new Uint32Array(countBits(b));
  let k = 0;
  for (let w = 0; w < b.length; w++) {
    let word = b[w]!;
    while (word !== 0) {
      const t = word & -word;
      out[k++] = (w << 5) + (31 - Math.clz32(t));
      word ^= t;
    }
  }
  return out;
}
