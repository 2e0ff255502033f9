/**
 * A route as a ladder of small steps from the person's level to the level a target occupation asks for at entry
 * (praktijkverklaring → entree/mbo-1 → mbo-2 → mbo-3 …), or one switch step for a person who already has a
 * degree at or above that level. Each step names concrete offers within reach, work-based (BBL) first; a step
 * without one says so and names the nearest offer beyond the radius. A build without mbo programmes per
 * location shows the nearby mbo school locations instead, and says that it cannot tell what they teach.
 */
import { LEVELS, type Level, type OccupationGroep, type OfferRow, type QualificationRow, type SchoolLocationRow } from '../data/schemas';
import type { InReach } from './distance';
import { entryLevel, levelIndex, type PersonLevel } from './related';

/** 'level': climb one level; 'retrain': same level, other field; 'switch': short course / hbo switch programme. */
export type StepKind = 'level' | 'retrain' | 'switch';

/** How an offer is tied to the target occupation. */
export type Relevance = 'groep' | 'groep-low' | 'klasse';

export interface StepOffer extends InReach<OfferRow> {
  relevance: Relevance;
  /** work-based learning: can be combined with a job */
  bbl: boolean;
}

export interface LadderStep {
  kind: StepKind;
  level: Level;
  /** relevant offers within the radius, best first */
  offers: StepOffer[];
  /** no offer within reach: the nearest relevant one beyond the radius (null when the data has none at all) */
  nearestOutside: StepOffer | null;
  /** mbo step in a build without mbo programmes per location: nearby school locations instead */
  locations: InReach<SchoolLocationRow>[];
  /** nearest mbo location beyond the radius, when none lies inside */
  nearestLocationOutside: InReach<SchoolLocationRow> | null;
  /** true for mbo steps when this build has no mbo programme-per-location data */
  mboProgrammesMissing: boolean;
  /** mbo steps: qualifications (crebo) at this level linked to the target group, work-based first */
  qualifications: QualificationRow[];
}

export interface LadderInput {
  person: PersonLevel;
  target: OccupationGroep;
  /** every offer measured from home, nearest first (distance.ts measureFrom) */
  offers: readonly InReach<OfferRow>[];
  /** every mbo school location measured from home, nearest first */
  locations: readonly InReach<SchoolLocationRow>[];
  radiusKm: number;
  /** the mbo qualification catalogue (crebo list), to name what to follow where programmes per location are unknown */
  qualifications?: readonly QualificationRow[];
  /** offers / locations shown per step */
  perStep?: number;
}

const MBO: readonly Level[] = ['mbo1', 'mbo2', 'mbo3', 'mbo4'];
const DEGREE = levelIndex('hbo');
const SWITCH_KINDS = new Set<OfferRow['kind']>(['short-course', 'private']);

/** The levels to climb, and the kind of each step. */
export function ladderLevels(person: PersonLevel, target: OccupationGroep): { kind: StepKind; level: Level }[] {
  const p = levelIndex(person);
  const t = levelIndex(entryLevel(target));
  if (p < t) return LEVELS.slice(Math.max(p + 1, 0), t + 1).map((level) => ({ kind: 'level' as const, level }));
  const level = LEVELS[t]!;
  return [{ kind: p >= DEGREE ? 'switch' : 'retrain', level }];
}

function relevance(o: OfferRow, target: OccupationGroep): Relevance | null {
  const link = o.groepen.find((g) => g.groep === target.code);
  if (link) return link.confidence === 'high' ? 'groep' : 'groep-low';
  return o.klassen.includes(target.klasse) ? 'klasse' : null;
}

const RELEVANCE_RANK: Record<Relevance, number> = { groep: 0, 'groep-low': 1, klasse: 2 };

function fits(o: OfferRow, step: { kind: StepKind; level: Level }): boolean {
  if (step.kind === 'switch') return SWITCH_KINDS.has(o.kind) || o.level === step.level;
  if (step.level === 'praktijkverklaring') return o.kind === 'praktijkverklaring';
  return o.level === step.level && o.kind !== 'praktijkverklaring';
}

/** Qualifications at a level that the catalogue links to the target group (not by sector alone: too broad). */
function qualificationsFor(all: readonly QualificationRow[], target: OccupationGroep, level: Level, n: number): QualificationRow[] {
  const linked = all
    .map((q) => ({ q, link: q.level === level ? q.groepen.find((g) => g.groep === target.code) : undefined }))
    .filter((x): x is { q: QualificationRow; link: NonNullable<typeof x.link> } => x.link !== undefined)
    .sort(
      (a, b) =>
        Number(b.link.confidence === 'high') - Number(a.link.confidence === 'high') ||
        Number(b.q.leerweg.includes('BBL')) - Number(a.q.leerweg.includes('BBL')) ||
        b.q.crebo.localeCompare(a.q.crebo),
    );
  const seen = new Set<string>();
  const out: QualificationRow[] = [];
  for (const { q } of linked) {
    if (seen.has(q.name.toLowerCase())) continue; // older crebo codes of the same qualification
    seen.add(q.name.toLowerCase());
    out.push(q);
  }
  return out.slice(0, n);
}

export function buildLadder(input: LadderInput): LadderStep[] {
  const perStep = input.perStep ?? 5;
  // a few imported examples (example: true) are not programme-per-location data: only catalogue rows (DUO) count
  const mboProgrammes = input.offers.some((o) => o.item.kind === 'mbo' && !o.item.example);
  const insideLocations = input.locations.filter((l) => l.km <= input.radiusKm);
  return ladderLevels(input.person, input.target).map((step) => {
    const relevant: StepOffer[] = [];
    for (const m of input.offers) {
      if (!fits(m.item, step)) continue;
      const rel = relevance(m.item, input.target);
      if (rel) relevant.push({ ...m, relevance: rel, bbl: m.item.leerweg.includes('BBL') });
    }
    // input is nearest first and sort is stable: within equal relevance and leerweg, nearest stays first
    const inside = relevant
      .filter((o) => o.km <= input.radiusKm)
      .sort((a, b) => RELEVANCE_RANK[a.relevance] - RELEVANCE_RANK[b.relevance] || Number(b.bbl) - Number(a.bbl));
    const outside = relevant.find((o) => o.km > input.radiusKm) ?? null;
    const mboStep = MBO.includes(step.level) && step.kind !== 'switch';
    const missing = mboStep && !mboProgrammes;
    return {
      ...step,
      offers: inside.slice(0, perStep),
      nearestOutside: inside.length === 0 ? outside : null,
      locations: missing ? insideLocations.slice(0, perStep) : [],
      nearestLocationOutside: missing && insideLocations.length === 0 ? (input.locations.find((l) => l.km > input.radiusKm) ?? null) : null,
      mboProgrammesMissing: missing,
      qualifications: mboStep ? qualificationsFor(input.qualifications ?? [], input.target, step.level, 3) : [],
    };
  });
}
