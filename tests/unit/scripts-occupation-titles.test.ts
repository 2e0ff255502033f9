import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifest as manifestSchema, occupations, occupationTitles } from '../../src/data/schemas';
import { buildOccupationTitles } from '../../scripts/steps/occupation-titles';
import { indexOccupations } from '../../scripts/lib/occupation-index';

// the committed data files, read the way the app reads them (schema-validated)
const occ = occupations.parse(JSON.parse(readFileSync('data/occupations.json', 'utf8')));
const titles = occupationTitles.parse(JSON.parse(readFileSync('data/occupation-titles.json', 'utf8'))).rows;
const groep = (code: string) => occ.groepen.find((g) => g.code === code)!;
const groepenFor = (label: string) => new Set(titles.filter((t) => t.label === label).map((t) => t.groep));

describe('occupation-titles.json (ESCO → BRC)', () => {
  it('"kapper" resolves to a group in klasse 11 Dienstverlenende beroepen', () => {
    const [g] = [...groepenFor('kapper')];
    expect(groepenFor('kapper').size).toBe(1);
    expect(groep(g!).name).toBe('Kappers en schoonheidsspecialisten');
    expect(occ.klassen.find((k) => k.code === groep(g!).klasse)!.name).toBe('Dienstverlenende beroepen');
    // alternative labels find it too
    expect(groepenFor('kapster')).toEqual(new Set([g]));
  });

  it('"lasser" finds Lassers en plaatwerkers as the preferred title', () => {
    const preferred = titles.filter((t) => t.label === 'lasser' && t.preferred);
    expect(preferred.map((t) => groep(t.groep).name)).toEqual(['Lassers en plaatwerkers']);
    // as an alternative label it also names welding technicians and metal workers: all technical (klasse 07)
    for (const c of groepenFor('lasser')) expect(groep(c).klasse).toBe('07');
  });

  it('"verpleegkundige" finds the nursing groups', () => {
    const hits = titles.filter((t) => /(^|\s)verpleegkundige($|\s)/.test(t.label));
    const count = new Map<string, number>();
    for (const t of hits) count.set(t.groep, (count.get(t.groep) ?? 0) + 1);
    const [top] = [...count].sort((a, b) => b[1] - a[1]);
    expect(groep(top![0]).name).toBe('Gespecialiseerd verpleegkundigen');
    // every title with the word lies in Zorg en welzijn
    for (const c of count.keys()) expect(groep(c).klasse).toBe('10');
  });

  it('links software developers to the editie-2025 group, not the retired one', () => {
    expect([...groepenFor('software ontwikkelaar')]).toEqual(['0814']);
  });

  it('reports ESCO coverage in the manifest (3,007 occupations in the source, each with an ISCO unit group)', () => {
    const m = manifestSchema.parse(JSON.parse(readFileSync('data/manifest.json', 'utf8')));
    const f = m.files.find((x) => x.id === 'occupation-titles')!;
    expect(f.lazy).toBe(true);
    expect(f.stats).toMatchObject({ escoOccupations: 3007, escoLinked: 3007 });
  });

  it('reads multi-line quoted CSV and names the file and column on a bad ISCO code', () => {
    const index = indexOccupations(occ);
    // synthetic two-row fixture in the ESCO column layout
    const csv =
      'conceptUri,iscoGroup,preferredLabel,altLabels,status\n' +
      'http://data.europa.eu/esco/occupation/a,5141,kapper,"kapster\nhaarkapper",released\n' +
      'http://data.europa.eu/esco/occupation/b,7212,lasser,"",released\n';
    const res = buildOccupationTitles(csv, 'x.csv', index);
    expect(res.rows.map((r) => `${r.label}:${r.groep}:${r.preferred}`)).toEqual([
      'haarkapper:1114:false',
      'kapper:1114:true',
      'kapster:1114:false',
      'lasser:0742:true',
    ]);
    expect(() => buildOccupationTitles(csv.replace('7212', '72x2'), 'x.csv', index)).toThrowError(/x\.csv: row 3 .*column iscoGroup/);
    expect(() => buildOccupationTitles(csv.replace('iscoGroup', 'isco'), 'x.csv', index)).toThrowError(/x\.csv: iscoGroup: column missing/);
  });
});
