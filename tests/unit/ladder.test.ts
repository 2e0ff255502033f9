/**
 * Ladder construction. Offers, locations and the occupation group are a SYNTHETIC fixture; distances are given
 * directly (the ladder does not measure). Expectations are worked out by hand from the rules in docs/routes.md.
 */
import { describe, expect, it } from 'vitest';
import type { OccupationGroep, OfferRow, QualificationRow, SchoolLocationRow } from '../../src/data/schemas';
import type { InReach } from '../../src/model/distance';
import { buildLadder, ladderLevels } from '../../src/model/ladder';

const target: OccupationGroep = {
  code: '1051', name: 'Doktersassistenten (synthetisch)', segment: '105', klasse: '10', levels: ['mbo4'], isco: ['3256'], edition: '2015',
};
const offer = (id: string, level: OfferRow['level'], leerweg: OfferRow['leerweg'], link: 'high' | 'low' | 'klasse' | 'none', kind: OfferRow['kind'] = 'mbo'): OfferRow => ({
  id, title: `opleiding ${id}`, kind, level, leerweg, provider: `school ${id}`,
  location: { lon: 6.5, lat: 52.7, place: 'Ergens' }, arbeidsmarktregio: 'AM03', provincie: 'PV22',
  groepen: link === 'high' || link === 'low' ? [{ groep: '1051', confidence: link, method: 'synthetic' }] : [],
  klassen: link === 'none' ? ['05'] : ['10'], source: 'synthetic',
});
const at = <T,>(item: T, km: number, region = 'AM03'): InReach<T> => ({ item, km, region });

// nearest first, as measureFrom returns them
const offers: InReach<OfferRow>[] = [
  at(offer('mbo2-linked', 'mbo2', ['BBL'], 'high'), 2),
  at(offer('mbo4-other-sector', 'mbo4', ['BOL'], 'none'), 3),
  at(offer('mbo3-bol-sector', 'mbo3', ['BOL'], 'klasse'), 5),
  at(offer('hbo-linked', 'hbo', ['BOL'], 'high', 'hbo'), 8),
  at(offer('mbo3-bol-linked', 'mbo3', ['BOL'], 'high'), 9),
  at(offer('mbo3-bbl-linked', 'mbo3', ['BBL', 'BOL'], 'high'), 12, 'AM36'),
  at(offer('mbo3-bbl-low', 'mbo3', ['BBL'], 'low'), 14),
  at(offer('mbo4-bol-linked', 'mbo4', ['BOL'], 'high'), 40, 'AM01'),
  at(offer('mbo4-bbl-linked-far', 'mbo4', ['BBL'], 'high'), 55, 'AM01'),
];
const location = (id: string): SchoolLocationRow => ({
  id, provider: `ROC ${id}`, name: id, lon: 6.5, lat: 52.7, arbeidsmarktregio: 'AM36', provincie: 'PV23', source: 'synthetic',
});
const locations = [at(location('meppel'), 22, 'AM36'), at(location('assen'), 28, 'AM01'), at(location('zwolle'), 45, 'AM36')];

describe('ladder for a person at mbo-2 aiming at an mbo-4 occupation', () => {
  const steps = buildLadder({ person: 'mbo2', target, offers, locations, radiusKm: 30 });
  const ids = (s: (typeof steps)[number]) => s.offers.map((o) => o.item.id);

  it('climbs mbo-3, then mbo-4', () => {
    expect(steps.map((s) => `${s.kind}:${s.level}`)).toEqual(['level:mbo3', 'level:mbo4']);
  });

  it('names relevant offers in reach: linked before sector-only, work-based (BBL) first, then nearest', () => {
    expect(ids(steps[0]!)).toEqual(['mbo3-bbl-linked', 'mbo3-bol-linked', 'mbo3-bbl-low', 'mbo3-bol-sector']);
    expect(steps[0]!.offers.map((o) => [o.relevance, o.bbl, o.km, o.region])).toEqual([
      ['groep', true, 12, 'AM36'],
      ['groep', false, 9, 'AM03'],
      ['groep-low', true, 14, 'AM03'],
      ['klasse', false, 5, 'AM03'],
    ]);
    expect(steps[0]!.nearestOutside).toBeNull();
  });

  it('says when a step has nothing in reach and gives the nearest one beyond the radius', () => {
    expect(steps[1]!.offers).toEqual([]);
    expect(steps[1]!.nearestOutside?.item.id).toBe('mbo4-bol-linked');
    expect(steps[1]!.nearestOutside?.km).toBe(40);
  });

  it('with mbo programmes in the build, shows no bare school locations', () => {
    expect(steps.every((s) => !s.mboProgrammesMissing && s.locations.length === 0)).toBe(true);
  });

  it('a wider radius brings the mbo-4 offers in', () => {
    const wide = buildLadder({ person: 'mbo2', target, offers, locations, radiusKm: 60 });
    expect(ids(wide[1]!)).toEqual(['mbo4-bbl-linked-far', 'mbo4-bol-linked']);
  });
});

describe('other starting points', () => {
  it('without a diploma the ladder starts with a praktijkverklaring', () => {
    const mbo3 = { ...target, levels: ['mbo3', 'mbo4'] as OccupationGroep['levels'] };
    expect(ladderLevels('none', mbo3).map((s) => s.level)).toEqual(['praktijkverklaring', 'mbo1', 'mbo2', 'mbo3']);
  });

  it('with a degree it is one switch step; at the same mbo level one retraining step', () => {
    expect(ladderLevels('hbo', target)).toEqual([{ kind: 'switch', level: 'mbo4' }]);
    expect(ladderLevels('mbo4', target)).toEqual([{ kind: 'retrain', level: 'mbo4' }]);
  });

  it('in a build without mbo programmes per location, mbo steps show nearby mbo locations and say why', () => {
    // an imported example mbo offer (a news item) does not make this a build with mbo programme data
    const example = at({ ...offer('example-mbo3', 'mbo3', ['BBL'], 'high'), example: true }, 80);
    const noMbo = [...offers.filter((o) => o.item.kind !== 'mbo'), example];
    const steps = buildLadder({ person: 'mbo2', target, offers: noMbo, locations, radiusKm: 30 });
    expect(steps.map((s) => s.mboProgrammesMissing)).toEqual([true, true]);
    expect(steps[0]!.locations.map((l) => l.item.id)).toEqual(['meppel', 'assen']);
    expect(steps[0]!.nearestLocationOutside).toBeNull();
    const small = buildLadder({ person: 'mbo2', target, offers: noMbo, locations, radiusKm: 10 });
    expect(small[0]!.locations).toEqual([]);
    expect(small[0]!.nearestLocationOutside?.item.id).toBe('meppel');
  });
});

describe('qualifications named per mbo step', () => {
  const q = (crebo: string, name: string, level: OfferRow['level'], leerweg: OfferRow['leerweg'], link: 'high' | 'low' | 'none'): QualificationRow => ({
    crebo, name, level, leerweg, klassen: ['10'], source: 'synthetic',
    groepen: link === 'none' ? [] : [{ groep: '1051', confidence: link, method: 'synthetic' }],
  });
  const qualifications = [
    q('10001', 'Doktersassistent', 'mbo4', ['BOL'], 'high'),
    q('25001', 'Doktersassistent', 'mbo4', ['BOL', 'BBL'], 'high'), // newer code, same name: kept once
    q('25002', 'Apothekersassistent', 'mbo4', ['BBL'], 'low'),
    q('25003', 'Medewerker zorg', 'mbo3', ['BBL'], 'none'), // sector only: not named
    q('25004', 'Assistent zorg', 'mbo3', ['BOL'], 'high'),
  ];
  const steps = buildLadder({ person: 'mbo2', target, offers: [], locations, radiusKm: 30, qualifications });

  it('names linked qualifications at the step level: high confidence, work-based first, one per name', () => {
    expect(steps[0]!.qualifications.map((x) => x.crebo)).toEqual(['25004']);
    expect(steps[1]!.qualifications.map((x) => x.crebo)).toEqual(['25001', '25002']);
  });
});
