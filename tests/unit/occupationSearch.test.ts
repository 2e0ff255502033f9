/**
 * Typo-tolerant occupation search. The title list below is a SYNTHETIC fixture (real-looking Dutch titles with
 * made-up group codes where noted); expectations are hand-computed.
 */
import { describe, expect, it } from 'vitest';
import {
  buildTitleIndex,
  isMatch,
  normaliseTitle,
  osaDistance,
  searchTitles,
  trigrams,
  type TitleEntry,
} from '../../src/model/occupationSearch';

const titles: TitleEntry[] = [
  { label: 'kapper', groep: '1011', preferred: true },
  { label: 'kapster', groep: '1011', preferred: false },
  { label: 'kappershulp', groep: '1011', preferred: false },
  { label: 'kuiper', groep: '2022', preferred: true },
  { label: 'administratief medewerker', groep: '3033', preferred: true },
  { label: 'administratief medewerker', groep: '3034', preferred: false },
  { label: 'medisch-administratief medewerker', groep: '3034', preferred: true },
  { label: 'chauffeur heftruck', groep: '4044', preferred: false },
  { label: 'heftruckbestuurder', groep: '4044', preferred: true },
  { label: 'vrachtwagenchauffeur', groep: '4045', preferred: true },
  { label: 'Verpleegkundige', groep: '5055', preferred: true },
  { label: 'verpleegkundige', groep: '5055', preferred: false }, // duplicate after normalising: kept once
];
const index = buildTitleIndex(titles);
const top = (q: string, n = 3) => searchTitles(index, q, n).map((h) => `${h.label}|${h.groep}|${h.match}`);

describe('building blocks', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normaliseTitle('  Medisch-Administratief   Medewerker ')).toBe('medisch administratief medewerker');
    expect(normaliseTitle('Inspiciënt / Regisseur')).toBe('inspicient regisseur');
  });

  it('pads each word for trigrams', () => {
    expect(trigrams('kap')).toEqual(['  k', ' ka', 'kap', 'ap ']);
    expect(trigrams('a b')).toEqual(['  a', ' a ', '  b', ' b ']);
  });

  it('counts an adjacent swap as one edit (optimal string alignment)', () => {
    expect(osaDistance('kaper', 'kapper')).toBe(1);
    expect(osaDistance('kpaper', 'kapper')).toBe(1);
    expect(osaDistance('abc', 'abc')).toBe(0);
    expect(osaDistance('', 'abc')).toBe(3);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
  });

  it('keeps a (title, groep) pair once', () => {
    expect(index.entries).toHaveLength(11);
  });
});

describe('searching titles', () => {
  it('finds exact titles first, in every group that uses them', () => {
    expect(top('administratief medewerker')).toEqual([
      'administratief medewerker|3033|exact',
      'administratief medewerker|3034|exact',
      'medisch-administratief medewerker|3034|prefix',
    ]);
    expect(top('KAPSTER', 1)).toEqual(['kapster|1011|exact']);
  });

  it('completes while typing', () => {
    expect(top('kap')).toEqual(['kapper|1011|prefix', 'kapster|1011|prefix', 'kappershulp|1011|prefix']);
  });

  it('tolerates typos, missing letters, a space and word order', () => {
    // kaper → kapper: one missing letter (1 − 1/6 ≈ 0.83)
    const kaper = searchTitles(index, 'kaper', 1)[0]!;
    expect(kaper.label).toBe('kapper');
    expect(kaper.score).toBeCloseTo(1 - 1 / 6, 6);
    expect(isMatch(kaper)).toBe(true);
    expect(top('administratif medewerkr', 1)).toEqual(['administratief medewerker|3033|fuzzy']);
    expect(top('heftruckchauffeur', 1)).toEqual(['chauffeur heftruck|4044|fuzzy']);
    expect(top('vrachtwagen chaufeur', 1)).toEqual(['vrachtwagenchauffeur|4045|fuzzy']);
    expect(top('verplegkundige', 1)).toEqual(['Verpleegkundige|5055|fuzzy']);
  });

  it('still suggests the nearest titles for unknown input, marked as suggestions', () => {
    const hits = searchTitles(index, 'kpr', 3);
    expect(hits.length).toBe(3);
    expect(hits[0]!.label).toBe('kapper'); // 2 insertions in 6: 1 − 3/6 = 0.5
    expect(hits[0]!.score).toBeCloseTo(0.5, 6);
    expect(hits.every((h) => !isMatch(h))).toBe(true);
    const nonsense = searchTitles(index, 'xyzzyq', 3);
    expect(nonsense.length).toBeGreaterThan(0);
    expect(nonsense.every((h) => !isMatch(h))).toBe(true);
  });

  it('returns nothing for empty input and survives very long input', () => {
    expect(searchTitles(index, '   ')).toEqual([]);
    expect(searchTitles(index, '!!!')).toEqual([]);
    expect(searchTitles(index, 'kapper'.repeat(500), 1)[0]?.label).toBeDefined();
  });
});
