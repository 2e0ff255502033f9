/**
 * Related kansberoepen: occupations a person could move to from their current one, ranked by an explainable
 * closeness combined with the prospects within reach. The measure is written out in docs/routes.md; every
 * suggestion carries the reasons that produced its score, and no suggestion is made without a content reason.
 */
import { LEVELS, type Level, type OccupationGroep } from '../data/schemas';
import { prospectsInReach, type AreaProspect, type ProspectRule } from './prospects';

/** The person's highest finished education; 'none' = no diploma (yet). */
export type PersonLevel = Level | 'none';
export const PERSON_LEVELS: readonly PersonLevel[] = ['none', ...LEVELS];

/** Ladder position: 'none' sits below praktijkverklaring. */
export const levelIndex = (l: PersonLevel): number => (l === 'none' ? -1 : LEVELS.indexOf(l));

/** The level an occupation asks for at entry: the lowest of its usual levels. */
export function entryLevel(g: OccupationGroep): Level {
  return [...g.levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))[0]!;
}

/** The level a person in this occupation is assumed to have when they did not say: the entry level. */
export const assumedLevel = entryLevel;

export type RelatedReason =
  | { kind: 'segment'; code: string }
  | { kind: 'klasse'; code: string }
  /** digits of the ISCO-08 code the two occupations share (4 = same unit group) */
  | { kind: 'isco'; digits: 2 | 3 | 4; code: string }
  /** target entry level minus the person's level, in ladder steps (≤ 0: no higher level needed) */
  | { kind: 'level'; diff: number }
  | { kind: 'prospects'; areas: AreaProspect[]; landelijk: boolean };

export type Evidence = 'strong' | 'moderate' | 'thin';

export interface RelatedSuggestion {
  groep: string;
  /** 0..1 */
  closeness: number;
  /** 0..1, best within reach */
  prospect: number;
  /** 0..1, what the list is sorted by */
  score: number;
  reasons: RelatedReason[];
  evidence: Evidence;
  /** why the evidence is thin, when it is */
  thinBecause: ('landelijk' | 'weakLink' | 'namedOnly')[];
}

/** Weights of the closeness parts (ESCO skills would be a fourth part; not in this build, see docs/routes.md). */
export const WEIGHTS = { structure: 0.4, isco: 0.4, level: 0.2 } as const;
/** Weights of closeness and prospects in the final score. */
export const SCORE_WEIGHTS = { closeness: 0.6, prospect: 0.4 } as const;

/** Longest common prefix of two ISCO-08 codes, over all pairs of the groups' unit groups. */
export function sharedIscoDigits(a: readonly string[], b: readonly string[]): { digits: number; code: string } {
  let best = { digits: 0, code: '' };
  for (const x of a)
    for (const y of b) {
      let k = 0;
      while (k < 4 && x[k] === y[k]) k++;
      if (k > best.digits) best = { digits: k, code: x.slice(0, k) };
    }
  return best;
}

export function levelFit(diff: number): number {
  return diff <= 0 ? 1 : Math.max(0, 1 - diff / 4);
}

export interface Closeness {
  closeness: number;
  reasons: RelatedReason[];
  /** same segment or ≥ 3 shared ISCO digits */
  strongLink: boolean;
  /** at least one content link (same klasse, or ≥ 2 shared ISCO digits): without one, nothing is suggested */
  hasLink: boolean;
}

export function closeness(from: OccupationGroep, to: OccupationGroep, person: PersonLevel): Closeness {
  const reasons: RelatedReason[] = [];
  let structure = 0;
  if (from.segment === to.segment) {
    structure = 1;
    reasons.push({ kind: 'segment', code: to.segment });
  } else if (from.klasse === to.klasse) {
    structure = 0.5;
    reasons.push({ kind: 'klasse', code: to.klasse });
  }
  const isco = sharedIscoDigits(from.isco, to.isco);
  if (isco.digits >= 2) reasons.push({ kind: 'isco', digits: isco.digits as 2 | 3 | 4, code: isco.code });
  const diff = levelIndex(entryLevel(to)) - levelIndex(person);
  reasons.push({ kind: 'level', diff });
  const value = WEIGHTS.structure * structure + WEIGHTS.isco * (isco.digits / 4) + WEIGHTS.level * levelFit(diff);
  return {
    closeness: value,
    reasons,
    strongLink: structure === 1 || isco.digits >= 3,
    hasLink: structure > 0 || isco.digits >= 2,
  };
}

export interface RelatedInput {
  from: OccupationGroep;
  person: PersonLevel;
  groepen: Iterable<OccupationGroep>;
  /** arbeidsmarktregio codes the radius circle touches */
  touched: readonly string[];
  rule: ProspectRule;
  limit?: number;
}

/**
 * Kansberoepen within reach, closest first. A group is suggested only when it has a content link to the
 * current occupation and is a kansberoep in at least one touched region (or nationally, marked landelijk).
 */
export function relatedKansberoepen(input: RelatedInput): RelatedSuggestion[] {
  const out: RelatedSuggestion[] = [];
  for (const to of input.groepen) {
    if (to.code === input.from.code) continue;
    const c = closeness(input.from, to, input.person);
    if (!c.hasLink) continue;
    const reach = prospectsInReach(input.rule, to.code, input.touched);
    const good = reach.areas.filter((a) => a.kansberoep);
    if (good.length === 0) continue;
    const thinBecause: RelatedSuggestion['thinBecause'] = [];
    if (good.every((a) => a.landelijk)) thinBecause.push('landelijk');
    if (!c.strongLink) thinBecause.push('weakLink');
    // regional only through a region's own (partial, dated) example list, no regional figure: not strong
    if (!thinBecause.includes('landelijk') && good.every((a) => a.landelijk || a.named !== undefined)) thinBecause.push('namedOnly');
    // national-only prospects make the evidence thin whatever the link; a loose link alone makes it moderate
    const evidence: Evidence = thinBecause.includes('landelijk') ? 'thin' : thinBecause.length > 0 ? 'moderate' : 'strong';
    out.push({
      groep: to.code,
      closeness: c.closeness,
      prospect: reach.best,
      score: SCORE_WEIGHTS.closeness * c.closeness + SCORE_WEIGHTS.prospect * reach.best,
      reasons: [...c.reasons, { kind: 'prospects', areas: good, landelijk: thinBecause.includes('landelijk') }],
      evidence,
      thinBecause,
    });
  }
  out.sort((a, b) => b.score - a.score || b.closeness - a.closeness || a.groep.localeCompare(b.groep));
  return out.slice(0, input.limit ?? 8);
}
