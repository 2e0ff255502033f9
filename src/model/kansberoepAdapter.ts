/**
 * Wires the demand side's kansberoep rule (src/model/kansberoep.ts) into the port the screen uses.
 * Until that rule is on main, no group is called a kansberoep: the screen says so rather than inventing a rule.
 */
import type { Dataset } from '../data/load';
import type { IndicatorLookup } from './indicatorLookup';
import type { KansberoepRule } from './kansberoepPort';

export const RULE_AVAILABLE = false;

export function makeKansberoepRule(_ds: Dataset, _lookup: IndicatorLookup): KansberoepRule {
  return () => ({ kansberoep: false, reasons: [], landelijk: true });
}
