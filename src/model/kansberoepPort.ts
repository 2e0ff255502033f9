/**
 * The shape in which the screen consumes the kansberoep rule. The rule itself (which indicator, which threshold)
 * is the demand side's: src/model/kansberoep.ts. This port only fixes what the facets, lists and cards need from
 * it, so they can be tested with a small synthetic rule and wired to the real one in one place (selectors.ts).
 */
import type { IndicatorId } from '../data/schemas';

/** One reason behind a verdict: which indicator, its value and class, the threshold it was held against. */
export interface KansberoepReason {
  indicator: IndicatorId | string;
  value: number | null;
  class?: string;
  /** the threshold in words, e.g. "≥ 1,5 (krap)" */
  threshold?: string;
  /** did this indicator count towards "kansberoep"? */
  met: boolean;
  period: string;
  source: string;
  /** national figure used because the region has none */
  landelijk: boolean;
  /** a region's own (example) list, quoted by a news item: the page, the occupation as written, how complete */
  sourceTitle?: string;
  sourceUrl?: string;
  occupation?: string;
  completeness?: string;
}

export interface KansberoepVerdict {
  kansberoep: boolean;
  reasons: KansberoepReason[];
  /** true when the verdict rests on national figures only (shown as *landelijk*) */
  landelijk: boolean;
  /** 'sterk' | 'kansrijk' | 'geen' | 'onbekend' as the rule words it */
  strength?: string;
  /** how big the group is in the area (employment or expected job openings), possibly derived (formula given) */
  size?: SizeFigure;
}

export interface SizeFigure {
  indicator: 'employment' | 'jobOpenings';
  /** persons */
  value: number;
  period: string;
  /** source id in the manifest (for a derived figure: the source of the figure that was scaled) */
  source: string;
  /** the other sources a derived figure used */
  alsoSources?: string[];
  landelijk: boolean;
  /** formula of a derived estimate, shown on screen */
  derived?: string;
}

/** (BRC beroepsgroep, area code NL01/AMxx/PVxx) → verdict. Must be pure and cheap enough to call 35 × 120 times. */
export type KansberoepRule = (groep: string, area: string) => KansberoepVerdict;
