/**
 * Offer rows in the import CSV format: a file with good and bad rows imports the good ones and reports every bad
 * one by row, column and problem. Places come from the app's own places.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeProblem, parseImportCsv, type ImportContext } from '../../src/data/importCsv';
import { OFFER_COLUMNS, offerRowType, parseDurationMonths, parseLevel, placesGeocoder } from '../../src/data/importOfferRow';
import type { OfferRow, Occupations, PlaceRow, RegionCollection } from '../../src/data/schemas';
import { namedPlace, periodOf, statedLevel } from '../../scripts/steps/read-switch-noord';

const json = <T,>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const amr = json<RegionCollection>('data/regions/arbeidsmarktregio.geojson');
const prov = json<RegionCollection>('data/regions/provincie.geojson');
const occ = json<Occupations>('data/occupations.json');
const places = json<{ rows: PlaceRow[] }>('data/places.json').rows;
const context: ImportContext = {
  regions: new Map([...amr.features, ...prov.features].map((f) => [f.properties.code, f.properties.name])),
  groepen: new Map(occ.groepen.map((g) => [g.code, g.name])),
  rowTypes: { offer: offerRowType(placesGeocoder(places)) },
  extraColumns: OFFER_COLUMNS,
};

const CSV = [
  'type;area;provider;title;kind;level;leerweg;duration;postcode;place;groepen;url;example;period;source;source_url',
  'offer;AM01;Leerwerkloket Groningen;Praktijkverklaring lasser;praktijkverklaring;praktijkverklaring;BBL;3 maanden;9727;;742;https://example.org/lasser;nee;2026-03;Lijst Leerwerkloket Groningen;https://example.org/lijst',
  'offer;AM01;Aanbieder;Cursus;cursus;;;;;Assen;;;;2026-03;Lijst;',
  'offer;AM01;Aanbieder;Cursus;short-course;mbo5;;;;Assen;;;;2026-03;Lijst;',
  'offer;AM01;Aanbieder;Cursus;short-course;;;;12AB;;;;;2026-03;Lijst;',
  'offer;;Aanbieder;Cursus;short-course;;;;;Atlantis;;;;2026-03;Lijst;',
  'offer;;Aanbieder;Cursus;short-course;;;;;Assen;9999;;;2026-03;Lijst;',
  'offer;;Aanbieder;;short-course;;;;;Assen;;;;2026-03;Lijst;',
  'offer;AM01;Drenthe College;Basiscursus zorg;short-course;;BOL BBL;6 weken;;Assen;;;ja;2025;Lijst;',
  'offer;AM24;Aanbieder;Cursus;short-course;;;;;Emmen;;;;2026-03;Lijst;',
  'offer;;Aanbieder;Cursus;short-course;;;;;Assen;;www.voorbeeld.nl;;2026-03;Lijst;',
].join('\n');

describe('offer rows in the import format', () => {
  it('imports the good rows and reports each bad one by row, column and problem', () => {
    const r = parseImportCsv(CSV, context);
    const good = (r.other.offer ?? []) as OfferRow[];
    expect(good.map((o) => o.title)).toEqual(['Praktijkverklaring lasser', 'Basiscursus zorg']);
    expect(good[0]).toMatchObject({
      kind: 'praktijkverklaring', level: 'praktijkverklaring', leerweg: ['BBL'], durationMonths: 3, durationText: '3 maanden',
      provider: 'Leerwerkloket Groningen', location: { postcode: '9727', precision: 'postcode' }, arbeidsmarktregio: 'AM01', provincie: 'PV20',
      groepen: [{ groep: '0742', confidence: 'high' }], klassen: ['07'], url: 'https://example.org/lasser', period: '2026-03',
      sourceUrl: 'https://example.org/lijst', source: 'import-lijst-leerwerkloket-groningen',
    });
    // Assen lies in arbeidsmarktregio Groningen (and provincie Drenthe); no level given = unknown, not guessed
    expect('level' in good[1]!).toBe(false);
    expect(good[1]).toMatchObject({ leerweg: ['BOL', 'BBL'], arbeidsmarktregio: 'AM01', provincie: 'PV22', example: true, location: { place: 'Assen', precision: 'place' } });
    expect(good[1]!.durationMonths).toBeCloseTo(1.4, 1);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'kind'],
      [4, 'level'],
      [5, 'postcode'],
      [6, 'place'],
      [7, 'groepen'],
      [8, 'title'],
      [10, 'area'],
      [11, 'url'],
    ]);
    expect(r.problems.map(describeProblem)).toContain('row 3, column kind: "cursus" is not a kind of offer (mbo, hbo, wo, praktijkverklaring, short-course, private)');
    expect(r.problems.map(describeProblem)).toContain('row 6, column place: "Atlantis" is not a known place (give a postcode, or the name of a town)');
    expect(r.problems.map(describeProblem)).toContain('row 10, column area: the place (Emmen) lies in AM03/PV22, not in AM24');
    expect(r.warnings).toEqual([]);
  });

  it('reads levels and durations as people write them, and leaves vague ones unknown', () => {
    expect(parseLevel('mbo 3')).toBe('mbo3');
    expect(parseLevel('Entree')).toBe('mbo1');
    expect(parseLevel('')).toBeUndefined();
    expect(parseLevel('mbo5')).toBeNull();
    expect(parseDurationMonths('1 jaar')).toBe(12);
    expect(parseDurationMonths('2 jaar; twee dagen school')).toBe(24);
    expect(parseDurationMonths('maximaal 1 jaar')).toBeUndefined();
  });
});

describe('northern switch programmes (examples)', () => {
  it('takes a town only where the source names one, a level only where it states it', () => {
    expect(namedPlace('Groningen (IT Academy Noord-Nederland)')).toBe('Groningen');
    expect(namedPlace('Emmen')).toBe('Emmen');
    expect(namedPlace('niet vermeld (Drenthe)')).toBe('');
    expect(namedPlace('Friesland, Groningen en Drenthe (per opleiding niet bekend)')).toBe('');
    expect(namedPlace('deels in Drenthe, anders in Groningen of Friesland')).toBe('');
    expect(statedLevel('mbo niveau 3')).toBe('mbo3');
    expect(statedLevel('mbo (functie helpende)')).toBe('');
    expect(statedLevel('hbo (bachelor verpleegkunde)')).toBe('hbo');
    expect(periodOf('2019-02 (start voorjaar 2019)')).toBe('2019-02');
    expect(periodOf('ongedateerde cursuspagina')).toBe('ongedateerd');
  });

  it('puts the 3 programmes with a named town on the map as examples with period and source page', () => {
    const rows = json<{ rows: OfferRow[] }>('data/offers.json').rows.filter((o) => o.source === 'regionale-switchprogrammas-noord');
    // source CSV: Make IT Work (Groningen), Hbo-v flex (Emmen), Zij-instroom zorg Hardenberg; the other 6 name no town
    expect(rows.map((o) => [o.title, o.location.place, o.arbeidsmarktregio]).sort()).toEqual([
      ['Hbo-v flex (deeltijd) - Regio Deal Zuid- en Oost-Drenthe', 'Emmen', 'AM03'],
      ['Make IT Work (in the North)', 'Groningen', 'AM01'],
      ['Zij-instroom zorg Hardenberg', 'Hardenberg', 'AM36'],
    ]);
    expect(rows.every((o) => o.example === true && o.period && o.sourceUrl?.startsWith('http'))).toBe(true);
    expect(rows.find((o) => o.location.place === 'Hardenberg')).toMatchObject({ kind: 'mbo', level: 'mbo3', durationMonths: 24 });
    expect(rows.find((o) => o.location.place === 'Emmen')!.level).toBe('hbo');
  });
});
