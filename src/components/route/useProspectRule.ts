/**
 * The kansberoep rule as route ranking consumes it: demand's assessKansberoep (src/model/kansberoep.ts), per
 * (group, region). Without demand indicators there is no rule, and the view says so instead of guessing.
 */
import type { Dataset } from '../../data/load';
import { assessKansberoep } from '../../model/kansberoep';
import type { ProspectRule } from '../../model/prospects';

export function prospectRuleFor(ds: Dataset | undefined): ProspectRule | null {
  if (!ds?.files.indicators && !ds?.files.curated) return null;
  return (groep, area) => {
    const v = assessKansberoep(ds, groep, area);
    return v.strength === 'onbekend' ? null : v;
  };
}
