/**
 * Typo-tolerant search over occupation titles (ESCO Dutch labels and BRC group names, ~23k labels).
 *
 * Method (docs/routes.md, "Zoeken op beroep"):
 * 1. Normalise: lower case, accents removed, everything that is not a letter or digit becomes one space.
 * 2. Exact title → score 1. The query as the start of the title or of one of its words → "prefix" (typing as
 *    you go: "kap" finds "kapper", "kapster").
 * 3. Otherwise candidates come from a trigram index (each word padded as in PostgreSQL pg_trgm), scored by the
 *    Dice coefficient of the trigram sets; the best candidates are re-scored with the Damerau (optimal string
 *    alignment) distance, so one swapped, missing or extra letter costs little ("kaper", "heftruk chauffeur").
 * Building the index is linear in the labels; a query touches only the posting lists of its own trigrams.
 */

export interface TitleEntry {
  label: string;
  /** BRC beroepsgroep the title belongs to */
  groep: string;
  /** ESCO preferred label or BRC group name (ranks before alternative labels on ties) */
  preferred: boolean;
}

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface TitleHit extends TitleEntry {
  /** 0..1, 1 = exact */
  score: number;
  match: MatchKind;
}

export interface TitleIndex {
  entries: readonly TitleEntry[];
  norm: readonly string[];
  /** trigram → ids of the entries containing it */
  postings: ReadonlyMap<string, Uint32Array>;
  /** distinct trigrams per entry */
  size: Uint16Array;
}

/** Below this score a hit is a suggestion ("bedoelde u …?"), not a match. */
export const MATCH_THRESHOLD = 0.72;
const MAX_QUERY = 60;
const RESCORE = 120;

export function normaliseTitle(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Distinct trigrams of a normalised string; each word padded with two spaces before and one after. */
export function trigrams(norm: string): string[] {
  const set = new Set<string>();
  for (const w of norm.split(' ')) {
    if (!w) continue;
    const p = `  ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) set.add(p.slice(i, i + 3));
  }
  return [...set];
}

/** Damerau–Levenshtein distance, optimal string alignment variant (adjacent swaps cost 1). */
export function osaDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Edit similarity 0..1 (1 = equal). Word order is ignored by comparing sorted words as well. */
function editSimilarity(q: string, t: string): number {
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  const joined = (s: string) => s.replace(/ /g, '');
  const sim = (a: string, b: string) => 1 - osaDistance(a, b) / Math.max(a.length, b.length);
  return Math.max(sim(q, t), sim(sorted(q), sorted(t)), sim(joined(q), joined(t)));
}

/** Build the index once per titles file. Duplicate (title, groep) pairs are kept once. */
export function buildTitleIndex(input: readonly TitleEntry[]): TitleIndex {
  const seen = new Map<string, number>();
  const entries: TitleEntry[] = [];
  const norm: string[] = [];
  for (const e of input) {
    const n = normaliseTitle(e.label);
    if (!n) continue;
    const key = `${n}|${e.groep}`;
    const prior = seen.get(key);
    if (prior !== undefined) {
      if (e.preferred && !entries[prior]!.preferred) entries[prior] = e;
      continue;
    }
    seen.set(key, entries.length);
    entries.push(e);
    norm.push(n);
  }
  const lists = new Map<string, number[]>();
  const size = new Uint16Array(entries.length);
  norm.forEach((n, id) => {
    const tg = trigrams(n);
    size[id] = tg.length;
    for (const t of tg) {
      let l = lists.get(t);
      if (!l) lists.set(t, (l = []));
      l.push(id);
    }
  });
  return { entries, norm, size, postings: new Map([...lists].map(([k, l]) => [k, Uint32Array.from(l)])) };
}

function better(a: TitleHit, b: TitleHit): number {
  const rank = { exact: 0, prefix: 1, fuzzy: 2 } as const;
  return (
    rank[a.match] - rank[b.match] ||
    b.score - a.score ||
    Number(b.preferred) - Number(a.preferred) ||
    a.label.length - b.label.length ||
    a.label.localeCompare(b.label, 'nl')
  );
}

/**
 * The best titles for a query, best first. Always returns the nearest titles it has (up to `limit`), so an
 * unknown or misspelt title still gets suggestions; use `isMatch` to tell a match from a suggestion.
 */
export function searchTitles(index: TitleIndex, query: string, limit = 8): TitleHit[] {
  const q = normaliseTitle(query.slice(0, MAX_QUERY));
  if (!q) return [];
  const hits: TitleHit[] = [];
  const taken = new Set<number>();
  const padded = ` ${q}`;
  index.norm.forEach((n, id) => {
    if (n === q) hits.push({ ...index.entries[id]!, score: 1, match: 'exact' });
    else if (n.startsWith(q) || ` ${n}`.includes(padded)) hits.push({ ...index.entries[id]!, score: 0.9 + 0.09 * (q.length / n.length), match: 'prefix' });
    else return;
    taken.add(id);
  });

  // trigram candidates
  const qt = trigrams(q);
  const shared = new Uint16Array(index.entries.length);
  const touched: number[] = [];
  for (const t of qt) {
    const list = index.postings.get(t);
    if (!list) continue;
    for (const id of list) {
      if (shared[id] === 0) touched.push(id);
      shared[id]!++;
    }
  }
  const dice = (id: number) => (2 * shared[id]!) / (qt.length + index.size[id]!);
  let candidates = touched.filter((id) => !taken.has(id)).sort((a, b) => dice(b) - dice(a)).slice(0, RESCORE);
  // Nothing shares a trigram (e.g. a badly misspelt short word): fall back to edit distance over every title,
  // so the person still sees the nearest titles instead of an empty list.
  if (candidates.length + hits.length < limit) {
    const scored: [number, number][] = [];
    index.norm.forEach((n, id) => {
      // a title more than twice as long or short as the query cannot be within half its length in edits
      if (taken.has(id) || shared[id]! > 0 || n.length > 2 * q.length || 2 * n.length < q.length) return;
      scored.push([id, 1 - osaDistance(q, n) / Math.max(q.length, n.length)]);
    });
    candidates = [...candidates, ...scored.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id)];
  }
  for (const id of candidates) {
    const score = Math.max(dice(id), editSimilarity(q, index.norm[id]!));
    hits.push({ ...index.entries[id]!, score: Math.min(score, 0.89), match: 'fuzzy' });
  }
  return hits.sort(better).slice(0, limit);
}

export const isMatch = (hit: TitleHit) => hit.match !== 'fuzzy' || hit.score >= MATCH_THRESHOLD;
