/** curated.json: the northern example lists, regions by name, occupations matched only where unambiguous. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsvObjects } from '../../src/data/csv';
import { forms, normaliseOccupation } from '../../scripts/lib/match-occupation';

const SOURCE = '../shared/sources/regionale-lijsten-noord/kansberoepen-regionaal-noord.csv';
type Row = { area: string; occupation: string; groep?: string; groepMatch?: string; period: string; status: string; completeness: string; sourceUrl: string };
const rows = (JSON.parse(readFileSync('data/curated.json', 'utf8')) as { rows: Row[] }).rows;

describe('curated.json (regionale lijsten noord)', () => {
  it('keeps every source row, with the region mapped to its AM code', () => {
    const src = parseCsvObjects(readFileSync(SOURCE, 'utf8')).rows.map((r) => r.values);
    expect(src).toHaveLength(95);
    const code: Record<string, string> = { Groningen: 'AM01', Friesland: 'AM02', Drenthe: 'AM03' };
    const key = (area: string, occ: string, url: string) => `${area}|${occ}|${url}`;
    const got = new Set(rows.map((r) => key(r.area, r.occupation, r.sourceUrl)));
    for (const s of src) expect(got.has(key(code[s.region!]!, s.occupation!, s.source_url!))).toBe(true);
    // rows per region as PROVENANCE.md counts them (Groningen 33 + 10, Drenthe 17 + 2, Friesland 23 + 1 + 9)
    const perArea = (a: string) => new Set(rows.filter((r) => r.area === a).map((r) => key(r.area, r.occupation, r.sourceUrl) + r.period)).size;
    expect([perArea('AM01'), perArea('AM03'), perArea('AM02')]).toEqual([43, 19, 33]);
  });

  it('labels them as partial examples with their date', () => {
    expect(rows.every((r) => r.completeness.startsWith(`voorbeelden, geen volledige lijst (${r.period})`))).toBe(true);
    expect(rows.find((r) => r.occupation === 'chauffeurs')?.period).toBe('ongedateerd');
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    const coverage = m.files.find((f: { id: string }) => f.id === 'curated').coverage;
    expect(coverage.en).toMatch(/^Examples only/);
    expect(coverage.nl).toMatch(/^Alleen voorbeelden/);
  });

  it('matches occupations to BRC groups only where the match is unambiguous, and says how', () => {
    const groepen = (area: string, occ: string) => rows.filter((r) => r.area === area && r.occupation === occ).map((r) => r.groep ?? '-').sort();
    expect(groepen('AM03', 'koks')).toEqual(['1112']);
    expect(groepen('AM02', 'verzorgende ig')).toEqual(['1051']);
    expect(groepen('AM03', 'vrachtwagenchauffeurs')).toEqual(['1214']);
    // nurses span two BRC groups: one row each
    expect(groepen('AM03', 'MBO 4-verpleegkundigen')).toEqual(['1033']);
    expect(groepen('AM02', 'verpleegkundigen').filter((g, i, a) => a.indexOf(g) === i)).toEqual(['1012', '1033']);
    // ambiguous or sector-wide: no group
    for (const occ of ['leraar', 'monteurs', 'chauffeurs', 'magazijnmedewerker', 'ICT-beroepen']) {
      const area = rows.find((r) => r.occupation === occ)!.area;
      expect(new Set(groepen(area, occ))).toEqual(new Set(['-']));
    }
    expect(rows.filter((r) => r.groep).every((r) => (r.groepMatch ?? '').length > 0)).toBe(true);
  });

  it('normalises and inflects Dutch occupation names for matching', () => {
    expect(normaliseOccupation('(assistent) accountant')).toBe('accountant');
    expect(forms('koks').has('kok')).toBe(true);
    expect(forms('advocaten').has('advocaat')).toBe(true);
    expect(forms('psychologen').has('psycholoog')).toBe(true);
    expect(forms('verzorgenden').has('verzorgende')).toBe(true);
  });
});
