/**
 * Step: occupations. BRC 2014 klassen / segmenten / groepen with their ISCO-08 unit groups and education
 * levels, the editie-2025 codes ROA AIS 2026 uses (brc-editions.ts), and the sector table (sectors.ts).
 */
import type { Level, OccupationGroep, Occupations } from '../../src/data/schemas';
import { LEVELS } from '../../src/data/schemas';
import type { Step } from '../lib/context';
import { SourceShapeError } from '../lib/errors';
import { indexOccupations } from '../lib/occupation-index';
import { NEW_GROEPEN, RETIRED } from './brc-editions';
import { readBrcLocal, type IscoRow } from './read-brc';
import { KLASSE_SHORT, SECTOR_LINKS } from './sectors';

/**
 * ISCO-08 skill level → Dutch education levels (docs/data-model.md, "Education levels"). Levels 0
 * (military z.n.d.) and 7 (unknown) say nothing about education and are left out.
 */
export const SKILL_LEVEL_TO_LEVELS: Record<number, Level[]> = {
  1: ['praktijkverklaring', 'mbo1'],
  2: ['mbo2', 'mbo3'],
  3: ['mbo4'],
  4: ['hbo', 'wo'],
};

export function levelsFor(skillLevels: Iterable<number>): Level[] {
  const set = new Set<Level>();
  for (const s of skillLevels) for (const l of SKILL_LEVEL_TO_LEVELS[s] ?? []) set.add(l);
  // a group whose unit groups carry no usable skill level (none in the 2015 workbook) gets the whole ladder
  return set.size ? LEVELS.filter((l) => set.has(l)) : [...LEVELS];
}

export const EXPECTED = { klassen: 13, segmenten: 41, groepen: 114 } as const;

export function buildOccupations(rows: IscoRow[], file: string): Occupations {
  const klassen = new Map<string, string>();
  const segmenten = new Map<string, { name: string; klasse: string }>();
  const groepen = new Map<string, { name: string; segment: string; klasse: string; isco: string[]; skill: number[] }>();
  const seenIsco = new Set<string>();
  for (const r of rows) {
    if (seenIsco.has(r.isco)) throw new SourceShapeError(file, `ISCO2008unitgroup ${r.isco}`, 'listed twice (each unit group belongs to one BRC group)');
    seenIsco.add(r.isco);
    klassen.set(r.klasse, r.klasseName);
    segmenten.set(r.segment, { name: r.segmentName, klasse: r.klasse });
    const g = groepen.get(r.groep) ?? { name: r.groepName, segment: r.segment, klasse: r.klasse, isco: [], skill: [] };
    g.isco.push(r.isco);
    g.skill.push(r.skillLevel);
    groepen.set(r.groep, g);
  }
  for (const [what, n] of [['klassen', klassen.size], ['segmenten', segmenten.size], ['groepen', groepen.size]] as const) {
    if (n !== EXPECTED[what]) throw new SourceShapeError(file, `BRC ${what}`, `expected ${EXPECTED[what]}, found ${n}`);
  }
  const skillByIsco = new Map(rows.map((r) => [r.isco, r.skillLevel]));
  const groepOfIsco = new Map(rows.map((r) => [r.isco, r.groep]));
  const out: OccupationGroep[] = [...groepen].map(([code, g]) => {
    const retired = RETIRED[code];
    return {
      code,
      name: g.name,
      segment: g.segment,
      klasse: g.klasse,
      levels: levelsFor(g.skill),
      isco: [...g.isco].sort(),
      edition: '2015' as const,
      ...(retired ? { note: retired.note, replacedBy: retired.replacedBy } : {}),
    };
  });
  for (const n of NEW_GROEPEN) {
    const seg = segmenten.get(n.segment);
    if (!seg) throw new Error(`brc-editions.ts: ${n.code} names segment ${n.segment}, which the workbook does not have`);
    if (groepen.has(n.code)) throw new Error(`brc-editions.ts: ${n.code} is already a 2015 code`);
    for (const i of n.isco) {
      const from = groepOfIsco.get(i);
      if (!from || !n.replaces.includes(from)) {
        throw new Error(`brc-editions.ts: ISCO ${i} of ${n.code} does not come from the groups it replaces (${n.replaces.join(', ')})`);
      }
    }
    out.push({
      code: n.code,
      name: n.name,
      segment: n.segment,
      klasse: seg.klasse,
      levels: levelsFor(n.isco.map((i) => skillByIsco.get(i)!)),
      isco: [...n.isco].sort(),
      edition: 'editie-2025',
      note: n.note,
      replaces: n.replaces,
    });
  }
  for (const code of Object.keys(RETIRED)) if (!groepen.has(code)) throw new Error(`brc-editions.ts: retired code ${code} is not in the workbook`);
  out.sort((a, b) => a.code.localeCompare(b.code));
  return {
    klassen: [...klassen].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => {
      const short = KLASSE_SHORT[code];
      if (!short) throw new Error(`sectors.ts: no short label for beroepsklasse ${code}`);
      return { code, name, short };
    }),
    segmenten: [...segmenten].sort(([a], [b]) => a.localeCompare(b)).map(([code, s]) => ({ code, name: s.name, klasse: s.klasse })),
    groepen: out,
    sectorLinks: SECTOR_LINKS,
  };
}

export const occupationsStep: Step = {
  name: 'occupations',
  run(ctx) {
    const { rows, file } = readBrcLocal(ctx.opts.sources);
    const data = buildOccupations(rows, file);
    ctx.products.occupations = indexOccupations(data);
    const y2015 = data.groepen.filter((g) => g.edition === '2015').length;
    const y2025 = data.groepen.length - y2015;
    ctx.out.add({
      id: 'occupations',
      path: 'occupations.json',
      data,
      sources: ['brc2014', 'brc2014-editie-2025-namen'],
      rows: data.groepen.length,
      stats: { klassen: data.klassen.length, segmenten: data.segmenten.length, groepen2015: y2015, groepenEditie2025: y2025, retired2015: Object.keys(RETIRED).length },
    });
    return `${data.klassen.length} klassen, ${data.segmenten.length} segmenten, ${y2015} groepen (2015) + ${y2025} (editie 2025), ${data.sectorLinks.length} sector links`;
  },
};
