/**
 * Ranking of related kansberoepen on a small SYNTHETIC fixture: group codes, ISCO codes and verdicts are made up
 * for the test. Expected scores are computed by hand from the measure in docs/routes.md:
 *   closeness = 0.4·structure + 0.4·(shared ISCO digits / 4) + 0.2·levelFit,  levelFit = max(0, 1 − diff/4) (1 if diff ≤ 0)
 *   score     = 0.6·closeness + 0.4·best prospect within reach (zeer krap 1, krap 0.8)
 */
import { describe, expect, it } from 'vitest';
import type { OccupationGroep } from '../../src/data/schemas';
import { closeness, relatedKansberoepen, sharedIscoDigits } from '../../src/model/related';
import type { ProspectRule, ProspectVerdict } from '../../src/model/prospects';

const g = (code: string, segment: string, isco: string[], levels: OccupationGroep['levels']): OccupationGroep => ({
  code, name: `groep ${code}`, segment, klasse: segment.slice(0, 2), isco, levels, edition: '2015',
});
const kapper = g('0101', '010', ['5141'], ['mbo2', 'mbo3']);
const schoonheid = g('0102', '010', ['5142'], ['mbo3']); // same segment, ISCO 514x, one level up
const kok = g('0111', '011', ['5120'], ['mbo2']); // same klasse only, ISCO 51xx, same level
const zorg = g('0201', '020', ['5321'], ['mbo3']); // other klasse, ISCO only 5xxx: no link
const allround = g('0103', '010', ['5141'], ['mbo4']); // close, but a kansberoep nowhere
const ingenieur = g('0112', '011', ['2166'], ['hbo']); // same klasse only, three levels up, national figures only

const verdict = (kansberoep: boolean, cls: string, landelijk = false): ProspectVerdict => ({
  kansberoep,
  landelijk,
  reasons: [{ indicator: 'tension', value: null, class: cls, met: kansberoep, period: '2026Q1', source: 'synthetic', landelijk }],
});
const table: Record<string, Record<string, ProspectVerdict>> = {
  '0102': { AM01: verdict(true, 'zeer krap'), AM03: verdict(true, 'krap'), AM36: verdict(false, 'gemiddeld') },
  '0111': { AM01: verdict(true, 'krap'), AM03: verdict(false, 'ruim'), AM36: verdict(true, 'krap') },
  '0201': { AM01: verdict(true, 'krap'), AM03: verdict(true, 'krap'), AM36: verdict(true, 'krap') },
  '0103': { AM01: verdict(false, 'ruim'), AM03: verdict(false, 'ruim'), AM36: verdict(false, 'zeer ruim') },
};
const rule: ProspectRule = (groep, area) => table[groep]?.[area] ?? (groep === '0112' ? verdict(true, 'krap', true) : null);
const touched = ['AM03', 'AM36', 'AM01'];
const groepen = [kapper, schoonheid, kok, zorg, allround, ingenieur];

describe('closeness', () => {
  it('finds the longest shared ISCO prefix over all pairs', () => {
    expect(sharedIscoDigits(['5141'], ['5142', '5141'])).toEqual({ digits: 4, code: '5141' });
    expect(sharedIscoDigits(['5141'], ['5120'])).toEqual({ digits: 2, code: '51' });
    expect(sharedIscoDigits(['5141'], ['7212'])).toEqual({ digits: 0, code: '' });
  });

  it('adds structure, ISCO and level as documented', () => {
    expect(closeness(kapper, schoonheid, 'mbo2').closeness).toBeCloseTo(0.4 + 0.4 * 0.75 + 0.2 * 0.75, 10); // 0.85
    expect(closeness(kapper, kok, 'mbo2').closeness).toBeCloseTo(0.2 + 0.2 + 0.2, 10); // 0.6
    expect(closeness(kapper, schoonheid, 'mbo3').closeness).toBeCloseTo(0.4 + 0.3 + 0.2, 10); // no level step: 0.9
    expect(closeness(kapper, zorg, 'mbo2').hasLink).toBe(false);
  });
});

describe('related kansberoepen', () => {
  const ranked = relatedKansberoepen({ from: kapper, person: 'mbo2', groepen, touched, rule });

  it('ranks close kansberoepen within reach first and leaves out what has no link or no prospects', () => {
    expect(ranked.map((r) => r.groep)).toEqual(['0102', '0111', '0112']);
    expect(ranked[0]!.score).toBeCloseTo(0.6 * 0.85 + 0.4 * 1, 10); // 0.91
    expect(ranked[1]!.score).toBeCloseTo(0.6 * 0.6 + 0.4 * 0.8, 10); // 0.68
    expect(ranked[2]!.score).toBeCloseTo(0.6 * (0.2 + 0.2 * 0.25) + 0.4 * 0.8, 10); // 0.47
  });

  it('says why: same segment, related ISCO group, one level up, tight in the regions within reach', () => {
    expect(ranked[0]!.reasons).toEqual([
      { kind: 'segment', code: '010' },
      { kind: 'isco', digits: 3, code: '514' },
      { kind: 'level', diff: 1 },
      {
        kind: 'prospects',
        landelijk: false,
        areas: [
          { area: 'AM03', kansberoep: true, tension: 'krap', landelijk: false, strength: 0.8, period: '2026Q1', source: 'synthetic' },
          { area: 'AM01', kansberoep: true, tension: 'zeer krap', landelijk: false, strength: 1, period: '2026Q1', source: 'synthetic' },
        ],
      },
    ]);
    expect(ranked.every((r) => r.reasons.some((x) => x.kind === 'segment' || x.kind === 'klasse' || x.kind === 'isco'))).toBe(true);
  });

  it('grades the evidence and says when it is thin', () => {
    expect(ranked.map((r) => r.evidence)).toEqual(['strong', 'moderate', 'thin']);
    expect(ranked[1]!.thinBecause).toEqual(['weakLink']);
    expect(ranked[2]!.thinBecause).toEqual(['landelijk', 'weakLink']);
    const last = ranked[2]!.reasons.at(-1);
    expect(last).toMatchObject({ kind: 'prospects', landelijk: true });
  });

  it('suggests nothing when the rule knows nothing about the regions', () => {
    expect(relatedKansberoepen({ from: kapper, person: 'mbo2', groepen, touched, rule: () => null })).toEqual([]);
  });
});

describe('prospect strength', () => {
  it("uses the rule's own grade where it gives one, else the tension class", async () => {
    const { areaProspect } = await import('../../src/model/prospects');
    const sterk: ProspectRule = () => ({ ...verdict(true, 'gemiddeld'), strength: 'sterk' });
    const kansrijk: ProspectRule = () => ({ ...verdict(true, 'zeer krap'), strength: 'kansrijk' });
    const geen: ProspectRule = () => ({ ...verdict(false, 'krap'), strength: 'geen' });
    expect(areaProspect(sterk, '0102', 'AM01')?.strength).toBe(1);
    expect(areaProspect(kansrijk, '0102', 'AM01')?.strength).toBe(0.8);
    expect(areaProspect(geen, '0102', 'AM01')?.strength).toBe(0);
    expect(areaProspect(rule, '0102', 'AM01')?.strength).toBe(1); // no grade: zeer krap
    expect(areaProspect(rule, '9999', 'AM01')).toBeNull();
  });
});

describe('regional verdicts with national figures inside', () => {
  it('does not call a region "krap" on a national tension figure', async () => {
    const { areaProspect } = await import('../../src/model/prospects');
    const mixed: ProspectRule = () => ({
      kansberoep: true,
      landelijk: false,
      strength: 'kansrijk',
      reasons: [
        { indicator: 'tension', value: null, class: 'krap', met: true, period: '2026Q1', source: 'synthetic', landelijk: true },
        { indicator: 'curated', value: null, class: 'kansrijk', met: true, period: '2025-07', source: 'synthetic', landelijk: false },
      ],
    });
    expect(areaProspect(mixed, '0102', 'AM01')).toMatchObject({ kansberoep: true, landelijk: false, tension: undefined, strength: 0.8, named: '2025-07' });
  });
});

describe('evidence from a regional example list only', () => {
  it('is moderate, not strong, even with a close link', () => {
    const listed: ProspectRule = (groep) =>
      groep === '0102'
        ? {
            kansberoep: true,
            landelijk: false,
            strength: 'kansrijk',
            reasons: [{ indicator: 'curated', value: null, class: 'kansrijk', met: true, period: '2025-07', source: 'synthetic', landelijk: false }],
          }
        : null;
    const [s] = relatedKansberoepen({ from: kapper, person: 'mbo2', groepen, touched: ['AM01'], rule: listed });
    expect(s).toMatchObject({ groep: '0102', evidence: 'moderate', thinBecause: ['namedOnly'] });
  });
});

describe('a verdict resting on national figures only', () => {
  it('is landelijk even when an unmet regional list row makes the rule call it regional', async () => {
    const { areaProspect } = await import('../../src/model/prospects');
    const nationalOnly: ProspectRule = () => ({
      kansberoep: true,
      landelijk: false,
      strength: 'sterk',
      reasons: [
        { indicator: 'tension', value: null, class: 'krap', met: true, period: '2026Q1', source: 'synthetic', landelijk: true },
        { indicator: 'curated', value: null, class: 'kansrijk', met: false, period: '2019-04', source: 'synthetic', landelijk: false },
      ],
    });
    expect(areaProspect(nationalOnly, '0102', 'AM01')).toMatchObject({ landelijk: true, tension: 'krap', strength: 1 });
    const all = relatedKansberoepen({ from: kapper, person: 'mbo2', groepen, touched: ['AM01'], rule: nationalOnly });
    // every linked group is suggested (the rule says kansberoep for all), each marked thin because landelijk
    expect(all.map((s) => s.groep)).toEqual(['0103', '0102', '0111', '0112']);
    expect(all.every((s) => s.evidence === 'thin' && s.thinBecause.includes('landelijk'))).toBe(true);
  });
});
