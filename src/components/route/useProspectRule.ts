/**
 * The kansberoep rule as route ranking consumes it: demand's kansberoepRule(ds) (src/model/kansberoep.ts,
 * memoised per dataset), per (group, region). Without demand data there is no rule, and the view says so.
 */
import type { Dataset } from '../../data/load';
import { kansberoepRule } from '../../model/kansberoep';
import type { ProspectRule } from '../../model/prospects';

export function prospectRuleFor(ds: Dataset | undefined): ProspectRule | null {
  if (!ds?.files.indicators && !ds?.files.curated) return null;
  const rule = kansberoepRule(ds);
  return (groep, area) => {
    const v = rule(groep, area);
    return v.strength === 'onbekend' ? null : v;
  };
}
