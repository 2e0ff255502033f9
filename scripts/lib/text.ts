/** Small text helpers for ids and labels. */

/** A readable id part: lowercase ascii words joined by '-', at most `max` characters, cut at a word boundary. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : s.slice(0, max)).replace(/-+$/, '');
}

/** 'GOUDA' → 'Gouda', "'S-HERTOGENBOSCH" → "'s-Hertogenbosch"; mixed-case names are kept as they are. */
export function placeName(text: string): string {
  const t = text.trim();
  if (t !== t.toUpperCase()) return t;
  return t
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/^'S-/i, "'s-");
}

/** Drop tracking parameters (utm_*) from a URL; anything that is not an http(s) URL becomes undefined. */
export function cleanUrl(raw: string): string | undefined {
  const t = raw.trim();
  if (!/^https?:\/\//i.test(t)) return undefined;
  try {
    const u = new URL(t);
    for (const k of [...u.searchParams.keys()]) if (/^utm_/i.test(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return undefined;
  }
}

/** Dutch postcode: '9401 AB' / '9401AB' → { pc6: '9401 AB', pc4: '9401' }; anything else → undefined. */
export function parsePostcode(raw: string): { pc6?: string; pc4: string } | undefined {
  const m = /^\s*(\d{4})\s*([A-Za-z]{2})?\s*$/.exec(raw);
  if (!m || m[1]!.startsWith('0')) return undefined;
  return { pc4: m[1]!, ...(m[2] ? { pc6: `${m[1]} ${m[2].toUpperCase()}` } : {}) };
}
