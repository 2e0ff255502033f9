/**
 * Wires the demand side's kansberoep rule (src/model/kansberoep.ts, docs/kansberoepen.md) into the port the
 * screen uses. The rule is the only place that decides; this file only reshapes its answer.
 */
import type { Dataset } from '../data/load';
import { assessKansberoep } from './kansberoep';
import type { KansberoepRule } from './kansberoepPort';

export const RULE_AVAILABLE = true;

export function makeKansberoepRule(ds: Dataset): KansberoepRule {
  return (groep, area) => {
    const a = assessKansberoep(ds, groep, area);
    return { kansberoep: a.kansberoep, landelijk: a.landelijk, strength: a.strength, reasons: a.reasons, size: a.size };
  };
}
