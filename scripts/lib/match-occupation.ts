/**
 * Matches an occupation as a list writes it ("verpleegkundigen", "(assistent) accountant") to a BRC beroepsgroep,
 * only where the match is unambiguous, and says how: (1) a short table of hand-made matches with their reason,
 * (2) a BRC group name (or one of its "… en …" parts), (3) an ESCO title whose ISCO unit group lies in exactly one
 * BRC group. Anything else — several candidate groups, or none — stays unmatched (the row keeps no `groep`).
 */

export interface OccupationMatch {
  groepen: string[];
  /** how the match was made, in words (shown with the row) */
  method: string;
}

export interface MatchTables {
  /** BRC groups in use: code → name */
  groepen: ReadonlyMap<string, string>;
  /** ESCO titles: label → groep (several rows per label possible) */
  titles: readonly { label: string; groep: string; isco?: string }[];
}

/** Hand-made matches: normalised occupation → groups, with the reason (BRC splits, synonyms). */
export const MANUAL_MATCHES: Record<string, { groepen: string[]; why: string }> = {
  verpleegkundigen: { groepen: ['1012', '1033'], why: 'BRC splits nurses into hbo (1012 gespecialiseerd verpleegkundigen) and mbo (1033); the source names both' },
  verpleegkundige: { groepen: ['1012', '1033'], why: 'BRC splits nurses into hbo (1012 gespecialiseerd verpleegkundigen) and mbo (1033); the source names both' },
  'mbo 4-verpleegkundigen': { groepen: ['1033'], why: 'mbo-4 nurses are BRC 1033 Verpleegkundigen (mbo)' },
  'hbo-verpleegkundigen': { groepen: ['1012'], why: 'hbo nurses are BRC 1012 Gespecialiseerd verpleegkundigen (ISCO 2221)' },
  'verzorgenden ig': { groepen: ['1051'], why: 'verzorgende IG (individuele gezondheidszorg) is BRC 1051 Verzorgenden (ESCO "verzorgende ig", ISCO 5322)' },
  ingenieurs: { groepen: ['0712', '0713'], why: 'BRC splits engineers into 0712 (not electrical) and 0713 (electrical); the source names both' },
  dokters: { groepen: ['1011'], why: 'synonym of artsen (BRC 1011)' },
  'bedienend personeel': { groepen: ['1113'], why: 'waiting staff: BRC 1113 Kelners en barpersoneel' },
  'bedienend personeel in de horeca': { groepen: ['1113'], why: 'waiting staff: BRC 1113 Kelners en barpersoneel' },
  'docenten maatschappelijke vakken': { groepen: ['0113'], why: 'maatschappijleer and aardrijkskunde are general subjects in secondary education (BRC 0113)' },
  'leerkrachten technische vakken': { groepen: ['0112'], why: 'technical subjects are vocational subjects in secondary education (BRC 0112)' },
  programmeurs: { groepen: ['0814'], why: 'programming is the work of BRC 0814 Software- en applicatieontwikkelaars (ISCO 2512)' },
};

/** Lower case, no text in parentheses, single spaces. */
export function normaliseOccupation(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The phrase and plausible Dutch singular/plural stems of its last word (koks → kok, advocaten → advocaat). */
export function forms(phrase: string): Set<string> {
  const out = new Set([phrase, phrase.replace(/ /g, '-'), phrase.replace(/-/g, ' ')]);
  const m = /^(.*?)([^\s]+)$/.exec(phrase);
  if (!m) return out;
  const [, head = '', last = ''] = m;
  const stems = new Set<string>();
  if (last.endsWith("'s")) stems.add(last.slice(0, -2));
  if (last.endsWith('s')) stems.add(last.slice(0, -1));
  if (last.endsWith('en')) {
    const st = last.slice(0, -2);
    stems.add(st);
    stems.add(last.slice(0, -1)); // verzorgenden → verzorgende
    // open syllable: advocat-en → advocaat, psycholog-en → psycholoog
    const open = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(st);
    if (open) stems.add(`${open[1]}${open[2]}${open[2]}${open[3]}`);
  }
  for (const s of stems) if (s.length >= 3) out.add(`${head}${s}`);
  return out;
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

export function makeOccupationMatcher(t: MatchTables): (occupation: string) => OccupationMatch | undefined {
  const nameParts = [...t.groepen].map(([code, name]) => ({
    code,
    parts: normaliseOccupation(name)
      .split(/,\s*| en /)
      .map((p) => forms(p.trim())),
  }));
  const titles = new Map<string, { groepen: Set<string>; isco: Set<string> }>();
  for (const r of t.titles) {
    if (!t.groepen.has(r.groep)) continue;
    const k = r.label.toLowerCase();
    const e = titles.get(k) ?? { groepen: new Set(), isco: new Set() };
    e.groepen.add(r.groep);
    if (r.isco) e.isco.add(r.isco);
    titles.set(k, e);
  }
  return (occupation) => {
    const norm = normaliseOccupation(occupation);
    const manual = MANUAL_MATCHES[norm];
    if (manual) return { groepen: manual.groepen, method: `hand-made match: ${manual.why}` };
    const f = forms(norm);
    const byName = nameParts.filter((g) => g.parts.some((p) => intersects(p, f)));
    if (byName.length === 1) return { groepen: [byName[0]!.code], method: `BRC group name "${t.groepen.get(byName[0]!.code)}"` };
    if (byName.length > 1) return undefined;
    const hits = [...f].map((x) => [x, titles.get(x)] as const).filter((h): h is readonly [string, { groepen: Set<string>; isco: Set<string> }] => h[1] !== undefined);
    const groepen = new Set(hits.flatMap(([, h]) => [...h.groepen]));
    if (groepen.size !== 1) return undefined;
    const [label, h] = hits[0]!;
    return { groepen: [...groepen], method: `ESCO title "${label}" (ISCO ${[...h.isco].join(', ')})` };
  };
}
