/**
 * How big an occupation group is in an area, so a kansberoep with few jobs looks small (docs/kansberoepen.md).
 * In order of preference: the area's own employment figure; the area's own expected job openings; an estimate
 * of the area's job openings derived from the national figure and the area's occupation mix (CBS, labelled
 * *derived* with its formula); the national expected job openings, marked *landelijk*.
 */
import type { Dataset } from '../data/load';
import { indicatorKey } from '../data/indexes';
import { NATIONAL } from '../data/schemas';
import type { SizeFigure as PortSizeFigure } from './kansberoepPort';

/** The port's size figure (what the screen shows), plus the area it is about and its scope. */
export interface SizeFigure extends PortSizeFigure {
  /** the area the figure is about */
  area: string;
  scope: 'regional' | 'national';
}

/** The BRC beroepsklasse of a groep code: its first two digits (BRC 2014, both editions). */
export const klasseOfGroep = (groep: string) => groep.slice(0, 2);

export const DERIVED_OPENINGS_FORMULA =
  'landelijke verwachte baanopeningen van de beroepsgroep × (werkzame beroepsbevolking in de beroepsklasse(n) in de regio ÷ idem in Nederland, CBS 2022); afgerond op tientallen';

/** Share of the nation's employed persons in groep's beroepsklasse(n) that live in `area` (CBS), if known. */
export function klasseShare(ds: Dataset, groep: string, area: string): { share: number; key: string; period: string; source: string } | undefined {
  const ebk = ds.files['regional-stats']?.employmentByKlasse;
  if (!ebk) return undefined;
  const klasse = klasseOfGroep(groep);
  const group = ebk.groups.find((g) => g.klassen.includes(klasse));
  if (!group) return undefined;
  const here = ebk.values[area]?.[group.key];
  const nl = ebk.values[NATIONAL]?.[group.key];
  if (here === undefined || nl === undefined || nl <= 0) return undefined;
  return { share: here / nl, key: group.key, period: ebk.period, source: ebk.source };
}

export function sizeOf(ds: Dataset, groep: string, area: string): SizeFigure | undefined {
  const idx = ds.index.indicator;
  const base = (row: { value: number | null; period: string; source: string; area: string; scope: 'regional' | 'national' }) => ({
    value: row.value as number,
    period: row.period,
    source: row.source,
    area: row.area,
    scope: row.scope,
    landelijk: row.scope === 'national',
  });
  const emp = idx.get(indicatorKey(groep, area, 'employment'));
  if (emp && emp.value !== null) return { indicator: 'employment', ...base(emp) };
  const own = idx.get(indicatorKey(groep, area, 'jobOpenings'));
  if (own && own.value !== null) return { indicator: 'jobOpenings', ...base(own) };
  const nat = idx.get(indicatorKey(groep, NATIONAL, 'jobOpenings'));
  if (!nat || nat.value === null) return undefined;
  if (area !== NATIONAL) {
    const s = klasseShare(ds, groep, area);
    if (s) {
      return {
        indicator: 'jobOpenings',
        value: Math.round((nat.value * s.share) / 10) * 10,
        period: nat.period,
        source: nat.source,
        alsoSources: [s.source],
        area,
        scope: 'regional',
        landelijk: false,
        derived: DERIVED_OPENINGS_FORMULA,
      };
    }
  }
  return { indicator: 'jobOpenings', ...base(nat) };
}
