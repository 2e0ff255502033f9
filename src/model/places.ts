/**
 * Postcode and place lookup over places.json: "9401", "9401 AB" or "Assen" → a place row with its region
 * codes; accent- and case-insensitive; nearest-name suggestions when the input is unknown. Pure functions.
 */
import type { PlaceRow } from '../data/schemas';

/** Lower case, no diacritics, one kind of apostrophe, hyphens as spaces: "Súdwest-Fryslân" → "sudwest fryslan". */
export function normalisePlaceName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐–—_.,/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PlaceIndex {
  byPc4: Map<string, PlaceRow>;
  /** normalised name → rows, places before postcodes, larger population first */
  byName: Map<string, PlaceRow[]>;
  /** distinct normalised names, for suggestions */
  names: string[];
}

const rank = (a: PlaceRow, b: PlaceRow) =>
  (a.kind === b.kind ? 0 : a.kind === 'place' ? -1 : 1) || (b.population ?? 0) - (a.population ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function indexPlaces(rows: readonly PlaceRow[]): PlaceIndex {
  const byPc4 = new Map<string, PlaceRow>();
  const byName = new Map<string, PlaceRow[]>();
  for (const r of rows) {
    if (r.kind === 'pc4') byPc4.set(r.key, r);
    // a PC4 row's name may list several places ("Amsterdam, Ouderkerk aan de Amstel"): each is a name
    const names = r.kind === 'pc4' ? r.name.split(', ') : [r.name];
    for (const n of names) {
      const k = normalisePlaceName(n);
      const list = byName.get(k) ?? [];
      list.push(r);
      byName.set(k, list);
    }
  }
  for (const list of byName.values()) list.sort(rank);
  return { byPc4, byName, names: [...byName.keys()] };
}

export type PlaceLookup =
  | { kind: 'empty' }
  /** found: the best row, and other rows with the same name (e.g. a village name used in two gemeenten) */
  | { kind: 'found'; place: PlaceRow; others: PlaceRow[] }
  | { kind: 'unknown'; query: string; what: 'pc4' | 'place'; suggestions: PlaceRow[] };

const PC = /^(\d{4})\s*([a-z]{2})?$/i;

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `n` rows whose names are nearest to the query (prefix matches first, then by edit distance). */
export function suggestPlaces(index: PlaceIndex, query: string, n = 5): PlaceRow[] {
  const q = normalisePlaceName(query);
  if (!q) return [];
  const max = Math.max(2, Math.floor(q.length / 3));
  const scored: { name: string; score: number; pop: number }[] = [];
  for (const name of index.names) {
    const best = index.byName.get(name)![0]!;
    const score = name.startsWith(q) ? 0 : editDistance(q, name, max) + 1;
    if (score <= max + 1) scored.push({ name, score, pop: best.population ?? 0 });
  }
  scored.sort((a, b) => a.score - b.score || b.pop - a.pop || (a.name < b.name ? -1 : 1));
  return scored.slice(0, n).map((s) => index.byName.get(s.name)![0]!);
}

/** Nearest known postcodes by number (the same street block of numbers is usually nearby). */
function nearestPc4(index: PlaceIndex, pc4: string, n = 3): PlaceRow[] {
  const target = Number(pc4);
  return [...index.byPc4.values()]
    .map((r) => ({ r, d: Math.abs(Number(r.key) - target) }))
    .sort((a, b) => a.d - b.d || Number(a.r.key) - Number(b.r.key))
    .slice(0, n)
    .map((x) => x.r);
}

export function lookupPlace(index: PlaceIndex, input: string): PlaceLookup {
  const query = input.trim();
  if (!query) return { kind: 'empty' };
  const pc = PC.exec(query);
  if (pc) {
    const row = index.byPc4.get(pc[1]!);
    return row ? { kind: 'found', place: row, others: [] } : { kind: 'unknown', query, what: 'pc4', suggestions: nearestPc4(index, pc[1]!) };
  }
  const rows = index.byName.get(normalisePlaceName(query));
  if (rows?.length) return { kind: 'found', place: rows[0]!, others: rows.slice(1).filter((r) => r.kind === 'place') };
  return { kind: 'unknown', query, what: 'place', suggestions: suggestPlaces(index, query) };
}
