/**
 * crebo ↔ occupation links from cedanl/samenwijzer (built from a few schools' OERs, 372 crebo codes), linked to
 * BRC groups through ESCO → ISCO-08 → BRC. The link method is kept and shown:
 * - `crebo-direct` (CompetentNL names the occupation of the qualification): its label is looked up among ESCO's
 *   Dutch labels — equal → confidence high (low when it points to more than one BRC group); equal after dropping
 *   a grade word ("allround", "zelfstandig werkend", …) → low; no equal label → no group link.
 * - `llm-keuze` (a language model picked an ESCO occupation among candidates): ESCO URI → ISCO → group, always low.
 * - `geen-match` / `geen-kandidaten`: no link.
 * Links known to be wrong are excluded (EXCLUDED, with the reason). Details: docs/offers.md.
 */
import type { GroepLink } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import type { OccupationIndex } from '../lib/occupation-index';

export const CREBO_LINKS_FILE = 'samenwijzer-crebo-beroep-koppeling/crebo_beroep_koppeling.csv';
export const CREBO_LINKS_SOURCE = 'samenwijzer-crebo-beroep';
export const ESCO_FILE = 'esco/occupations_nl.csv';
const COLUMNS = ['crebo', 'bron', 'match_methode', 'beroep_label', 'beroep_uri'] as const;

/** Links checked by hand and found wrong; they are not used. */
export const EXCLUDED: readonly { crebo: string; label: string; reason: string }[] = [
  {
    crebo: '23030',
    label: 'vakdocent medische laboratoriumtechnologie beroepsonderwijs',
    reason: 'Laboratoriumtechniek leidt tot analist/laborant, niet tot docent (fout van het taalmodel; ook genoemd in de PROVENANCE)',
  },
];

/** Grade words that make a qualification name differ from the plain occupation name. */
const GRADE_WORDS = /^(allround|zelfstandig werkend|gespecialiseerd|eerste|aankomend|vakkracht|meewerkend|medewerker|leidinggevende|junior|senior)\s+/;

export interface EscoIndex {
  iscoByUri: Map<string, string>;
  /** lower-cased Dutch label (preferred or alternative) → ISCO unit groups */
  iscoByLabel: Map<string, Set<string>>;
}

export function indexEsco(text: string, file: string): EscoIndex {
  const t = readCsv(text, file, ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels']);
  const iscoByUri = new Map<string, string>();
  const iscoByLabel = new Map<string, Set<string>>();
  for (const r of t.rows) {
    iscoByUri.set(r.conceptUri!, r.iscoGroup!);
    for (const l of [r.preferredLabel!, ...r.altLabels!.split('\n')]) {
      const k = l.trim().toLowerCase();
      if (k) iscoByLabel.set(k, (iscoByLabel.get(k) ?? new Set()).add(r.iscoGroup!));
    }
  }
  return { iscoByUri, iscoByLabel };
}

/** Name variants of a qualification's occupation label, plainest last: 'Zelfstandig werkend gastheer/-vrouw' → […, 'gastheer']. */
export function labelVariants(label: string): string[] {
  let s = label.trim().toLowerCase().replace(/\/-\S+/g, '').replace(/\s*\/.*$/, '');
  const out = [s];
  while (GRADE_WORDS.test(s)) out.push((s = s.replace(GRADE_WORDS, '')));
  return out;
}

export interface CreboLinkStats {
  rows: number;
  direct: number;
  directExact: number;
  directLoose: number;
  llm: number;
  excluded: number;
  noLink: number;
}

export function readCreboLinks(text: string, file: string, esco: EscoIndex, occ: OccupationIndex): { byCrebo: Map<string, GroepLink[]>; stats: CreboLinkStats } {
  const t = readCsv(text, file, COLUMNS);
  const stats: CreboLinkStats = { rows: t.rows.length, direct: 0, directExact: 0, directLoose: 0, llm: 0, excluded: 0, noLink: 0 };
  const byCrebo = new Map<string, GroepLink[]>();
  const groepen = (iscos: Iterable<string>) => [...new Set([...iscos].map((i) => occ.groepForIsco(i)).filter((g): g is string => g !== undefined))];
  const add = (crebo: string, links: GroepLink[]) => {
    if (links.length === 0) return void stats.noLink++;
    byCrebo.set(crebo, [...(byCrebo.get(crebo) ?? []), ...links]);
  };
  t.rows.forEach((r, i) => {
    const crebo = r.crebo!.trim();
    const label = r.beroep_label!.trim();
    if (!/^\d{5}$/.test(crebo)) throw new SourceShapeError(file, `row ${i + 2}, column crebo`, `expected a 5-digit crebo code, got ${JSON.stringify(r.crebo)}`);
    if (EXCLUDED.some((x) => x.crebo === crebo && x.label === label)) return void stats.excluded++;
    if (r.match_methode === 'crebo-direct') {
      stats.direct++;
      const variants = labelVariants(label);
      const at = variants.findIndex((v) => esco.iscoByLabel.has(v));
      if (at < 0) return void stats.noLink++;
      at === 0 ? stats.directExact++ : stats.directLoose++;
      const gs = groepen(esco.iscoByLabel.get(variants[at]!)!);
      const confidence = at === 0 && gs.length === 1 ? 'high' : 'low';
      const method = at === 0 ? 'CompetentNL (crebo-direct); naam gelijk aan ESCO-beroep' : `CompetentNL (crebo-direct); naam bij benadering gelijk aan ESCO-beroep "${variants[at]}"`;
      add(crebo, gs.map((groep) => ({ groep, confidence, method, occupation: label })));
    } else if (r.match_methode === 'llm-keuze') {
      stats.llm++;
      const isco = esco.iscoByUri.get(r.beroep_uri!.trim());
      add(crebo, groepen(isco ? [isco] : []).map((groep) => ({ groep, confidence: 'low', method: 'ESCO-beroep gekozen door een taalmodel (llm-keuze)', occupation: label })));
    } else stats.noLink++;
  });
  return { byCrebo, stats };
}
