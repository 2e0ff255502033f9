/**
 * Lookups over occupations.json that later build steps need (demand, supply, titles): a group by code,
 * the current group of an ISCO-08 unit group, and a source's way of writing a BRC code → the named group.
 */
import type { OccupationGroep, Occupations } from '../../src/data/schemas';

export interface OccupationIndex {
  data: Occupations;
  /** a group by its 4-digit code (both editions) */
  groep(code: string): OccupationGroep | undefined;
  /**
   * The group an ISCO-08 unit group belongs to now: the editie-2025 group where the unit group moved there,
   * otherwise its 2015 group (which may be retired: see its `replacedBy`).
   */
  groepForIsco(isco: string): string | undefined;
  /**
   * A BRC code as a source writes it ('0114', '114', '00114', '0114.0', ' 0114 ') → the 4-digit code of a
   * named group, or undefined when no group has that code (the caller reports it; nothing is dropped silently).
   */
  normaliseGroepCode(raw: string): string | undefined;
  /** the groups of one beroepsklasse */
  groepenInKlasse(klasse: string): OccupationGroep[];
  /** BRC klassen a training-data sector label maps to (scheme 'sectorkamer' or 'croho-sector'); [] when unlinked */
  klassenForSector(scheme: string, label: string): string[];
}

export function indexOccupations(data: Occupations): OccupationIndex {
  const byCode = new Map(data.groepen.map((g) => [g.code, g]));
  const byIsco = new Map<string, string>();
  // 2015 groups first, then editie-2025 groups overwrite the unit groups that moved to them
  for (const edition of ['2015', 'editie-2025'] as const) {
    for (const g of data.groepen) if (g.edition === edition) for (const i of g.isco) byIsco.set(i, g.code);
  }
  const sectors = new Map(data.sectorLinks.map((l) => [`${l.scheme}\u0000${l.label}`, l.klassen]));
  return {
    data,
    groep: (code) => byCode.get(code),
    groepForIsco: (isco) => byIsco.get(isco.trim()),
    normaliseGroepCode(raw) {
      const m = /^\s*0*(\d{1,4})(?:\.0+)?\s*$/.exec(raw);
      if (!m) return undefined;
      const code = m[1]!.padStart(4, '0');
      return byCode.has(code) ? code : undefined;
    },
    groepenInKlasse: (klasse) => data.groepen.filter((g) => g.klasse === klasse),
    klassenForSector: (scheme, label) => sectors.get(`${scheme}\u0000${label}`) ?? [],
  };
}
