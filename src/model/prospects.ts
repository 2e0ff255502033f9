/**
 * How good an occupation's prospects are within reach: the kansberoep rule (demand's src/model/kansberoep.ts,
 * consumed through the same verdict shape as core's port) asked for every arbeidsmarktregio the radius circle
 * touches. A verdict that rests on national figures is kept, and marked *landelijk*.
 */
import type { TensionClass } from './tension';

/** What route ranking reads from a kansberoep verdict (structurally core's KansberoepVerdict). */
export interface ProspectReason {
  indicator: string;
  value: number | null;
  class?: string;
  met: boolean;
  period: string;
  source: string;
  landelijk: boolean;
}
export interface ProspectVerdict {
  kansberoep: boolean;
  landelijk: boolean;
  reasons: readonly ProspectReason[];
  /** the rule's own grade, where it gives one (demand: sterk = three or more signals met) */
  strength?: string;
}
/** (BRC beroepsgroep, area code) → verdict, or null when the rule has nothing to say about this pair. */
export type ProspectRule = (groep: string, area: string) => ProspectVerdict | null;

export interface AreaProspect {
  area: string;
  kansberoep: boolean;
  /** the UWV tension class when the verdict names one (shown as "krap in …") */
  tension?: TensionClass;
  /** national figure stands in for a missing regional one */
  landelijk: boolean;
  /** the regional basis is a region's own list naming it kansrijk (no regional figure met): its period */
  named?: string;
  /** 0..1, how good: see docs/routes.md */
  strength: number;
  period?: string;
  source?: string;
}

/**
 * How good a kansberoep is: the rule's own grade where it gives one (sterk 1, kansrijk 0.8), else by UWV tension
 * class (zeer krap 1, krap 0.8, lower classes 0.4 at least for a kansberoep), else 0.8. Not a kansberoep: 0.
 */
export const GRADE_STRENGTH: Record<string, number> = { sterk: 1, kansrijk: 0.8 };

export const TENSION_STRENGTH: Record<TensionClass, number> = {
  'zeer krap': 1,
  krap: 0.8,
  gemiddeld: 0.4,
  ruim: 0.15,
  'zeer ruim': 0,
};
const KANSBEROEP_DEFAULT_STRENGTH = 0.8;

/** The tension class behind a verdict; a regional verdict never borrows a national class ("krap in Drenthe"). */
function tensionOf(v: ProspectVerdict): TensionClass | undefined {
  const c = v.reasons.find((r) => r.indicator === 'tension' && (v.landelijk || !r.landelijk))?.class;
  return c && c in TENSION_STRENGTH ? (c as TensionClass) : undefined;
}

/** The verdict for one area, reduced to what ranking and reasons need. Not a kansberoep → strength 0. */
export function areaProspect(rule: ProspectRule, groep: string, area: string): AreaProspect | null {
  const raw = rule(groep, area);
  if (!raw) return null;
  // what counts is what the verdict rests on: if every reason that was met is national, the verdict is
  // landelijk here, even when an unmet regional reason (an old regional list) makes the rule call it regional
  const landelijk = raw.landelijk || (raw.kansberoep && !raw.reasons.some((r) => r.met && !r.landelijk));
  const v = { ...raw, landelijk };
  const tension = tensionOf(v);
  const first = v.reasons.find((r) => r.met) ?? v.reasons[0];
  const graded = v.strength !== undefined ? GRADE_STRENGTH[v.strength] : undefined;
  const byTension = tension ? Math.max(TENSION_STRENGTH[tension], 0.4) : KANSBEROEP_DEFAULT_STRENGTH;
  const strength = v.kansberoep ? (graded ?? byTension) : 0;
  // a region's own list (curated) carries a regional verdict that no regional figure supports: say so
  const namedBy = v.reasons.find((r) => r.indicator === 'curated' && r.met && !r.landelijk);
  const regionalFigure = v.reasons.some((r) => r.indicator !== 'curated' && r.met && !r.landelijk);
  return {
    area,
    kansberoep: v.kansberoep,
    tension,
    ...(namedBy && !regionalFigure && v.kansberoep ? { named: namedBy.period } : {}),
    landelijk: v.landelijk,
    strength,
    ...(first ? { period: first.period, source: first.source } : {}),
  };
}

export interface ReachProspects {
  /** one entry per touched area the rule knows about */
  areas: AreaProspect[];
  /** best strength within reach (a person can work anywhere inside the circle) */
  best: number;
  /** every verdict rests on national figures */
  onlyLandelijk: boolean;
}

export function prospectsInReach(rule: ProspectRule, groep: string, touched: readonly string[]): ReachProspects {
  const areas = touched.map((a) => areaProspect(rule, groep, a)).filter((a): a is AreaProspect => a !== null);
  return {
    areas,
    best: areas.reduce((m, a) => Math.max(m, a.strength), 0),
    onlyLandelijk: areas.length > 0 && areas.every((a) => a.landelijk),
  };
}
