/**
 * Region names in the import format's `area` column, against the regions of the committed build: a name that is
 * both an arbeidsmarktregio and a provincie is taken as the arbeidsmarktregio with a warning naming row and
 * column; `provincie X`, `arbeidsmarktregio X` and the codes are explicit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseImportCsv, type ImportContext } from '../../src/data/importCsv';
import { areaResolver } from '../../src/data/importArea';
import { OFFER_COLUMNS, offerRowType, placesGeocoder } from '../../src/data/importOfferRow';
import type { OfferRow, Occupations, PlaceRow, RegionCollection } from '../../src/data/schemas';

const json = <T,>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const amr = json<RegionCollection>('data/regions/arbeidsmarktregio.geojson');
const prov = json<RegionCollection>('data/regions/provincie.geojson');
const regions = new Map([...amr.features, ...prov.features].map((f) => [f.properties.code, f.properties.name]));
const codeOf = (fc: RegionCollection, name: string) => fc.features.find((f) => f.properties.name === name)?.properties.code;

describe('the region codes this test relies on (CBS codes in the build\'s own geometry)', () => {
  it('provincie Groningen is PV20, Fryslân PV21, Drenthe PV22, Flevoland PV24, Zeeland PV29', () => {
    expect(['Groningen', 'Fryslân', 'Drenthe', 'Flevoland', 'Zeeland'].map((n) => codeOf(prov, n))).toEqual(['PV20', 'PV21', 'PV22', 'PV24', 'PV29']);
    expect(['Groningen', 'Friesland', 'Drenthe', 'Flevoland', 'Zeeland'].map((n) => codeOf(amr, n))).toEqual(['AM01', 'AM02', 'AM03', 'AM11', 'AM24']);
  });
});

describe('areaResolver', () => {
  const resolve = areaResolver(regions);

  it('a name that is both takes the arbeidsmarktregio and says so', () => {
    expect(resolve('Groningen')).toEqual({
      code: 'AM01',
      also: 'PV20',
      warning: "'Groningen' is both arbeidsmarktregio AM01 and provincie PV20; taken as the arbeidsmarktregio — write AM01 or PV20 to be explicit",
    });
    // CBS names the provincie Fryslân; "Friesland" is still what people write for it
    const both = ['Friesland', 'Drenthe', 'flevoland', 'ZEELAND'].map((n) => resolve(n));
    expect(both.map((r) => ('code' in r ? [r.code, r.also] : r))).toEqual([['AM02', 'PV21'], ['AM03', 'PV22'], ['AM11', 'PV24'], ['AM24', 'PV29']]);
    expect(both.every((r) => 'warning' in r && r.warning!.includes('taken as the arbeidsmarktregio'))).toBe(true);
  });

  it('explicit forms and unambiguous names resolve without a warning', () => {
    expect(resolve('provincie Groningen')).toEqual({ code: 'PV20' });
    expect(resolve('Provincie  Groningen')).toEqual({ code: 'PV20' });
    expect(resolve('PV20')).toEqual({ code: 'PV20' });
    expect(resolve('pv20')).toEqual({ code: 'PV20' });
    expect(resolve('arbeidsmarktregio Groningen')).toEqual({ code: 'AM01' });
    expect(resolve('AM01')).toEqual({ code: 'AM01' });
    expect(resolve('provincie Friesland')).toEqual({ code: 'PV21' });
    expect(resolve('Fryslân')).toEqual({ code: 'PV21' });
    expect(resolve('Regio Zwolle')).toEqual({ code: 'AM36' });
    expect(resolve('Zaanstreek-Waterland')).toEqual({ code: 'AM17' });
    expect(resolve('Utrecht')).toEqual({ code: 'PV26' });
    expect(resolve('NL01')).toEqual({ code: 'NL01' });
  });

  it('names and codes that are not regions (of the kind asked for) are problems', () => {
    expect(resolve('provincie Twente')).toEqual({ problem: '"Twente" is not the name of a provincie' });
    expect(resolve('arbeidsmarktregio Utrecht')).toEqual({ problem: '"Utrecht" is not the name of an arbeidsmarktregio' });
    expect(resolve('AM99')).toEqual({ problem: 'unknown region code "AM99"' });
    expect(resolve('Atlantis')).toEqual({ problem: '"Atlantis" is not a region code (NL01, AMxx or PVxx) or the name of an arbeidsmarktregio or provincie' });
    expect(areaResolver()('Groningen')).toEqual({ problem: '"Groningen" is not a region code (NL01, AMxx or PVxx)' });
  });
});

describe('ambiguous names in an import file', () => {
  const context: ImportContext = { regions, groepen: new Map([['0114', 'Leerkrachten basisonderwijs'], ['1051', 'Verzorgenden']]) };

  it('indicator and kansberoep rows: the arbeidsmarktregio by default, the provincie when asked for', () => {
    const csv = [
      'type;area;groep;indicator;value;period;source;reason',
      'indicator;Groningen;0114;tension;4,2;2026Q1;Eigen bron (synthetisch);',
      'indicator;provincie Groningen;1051;tension;1,2;2026Q1;Eigen bron (synthetisch);',
      'indicator;PV20;0114;tension;2,0;2026Q1;Eigen bron (synthetisch);',
      'kansberoep;Zeeland;1051;;;2026-03;Eigen lijst (synthetisch);Staat op de lijst',
      'indicator;Utrecht;0114;tension;1,0;2026Q1;Eigen bron (synthetisch);',
    ].join('\n');
    const r = parseImportCsv(csv, context);
    expect(r.problems).toEqual([]);
    expect(r.indicators.map((x) => [x.area, x.groep])).toEqual([['AM01', '0114'], ['PV20', '1051'], ['PV20', '0114'], ['PV26', '0114']]);
    expect(r.curated.map((x) => x.area)).toEqual(['AM24']);
    expect(r.warnings).toEqual([
      "row 2, column area: 'Groningen' is both arbeidsmarktregio AM01 and provincie PV20; taken as the arbeidsmarktregio — write AM01 or PV20 to be explicit",
      "row 5, column area: 'Zeeland' is both arbeidsmarktregio AM24 and provincie PV29; taken as the arbeidsmarktregio — write AM24 or PV29 to be explicit",
    ]);
  });

  it('offer rows: the area is a check, so an ambiguous name accepts a place in either region', () => {
    const places = json<{ rows: PlaceRow[] }>('data/places.json').rows;
    const occ = json<Occupations>('data/occupations.json');
    const ctx: ImportContext = {
      regions,
      groepen: new Map(occ.groepen.map((g) => [g.code, g.name])),
      rowTypes: { offer: offerRowType(placesGeocoder(places)) },
      extraColumns: OFFER_COLUMNS,
    };
    const csv = [
      'type;area;provider;title;kind;place;period;source',
      // Assen: provincie Drenthe (PV22) but arbeidsmarktregio Groningen (AM01); Emmen: both Drenthe
      'offer;Drenthe;Aanbieder;Cursus A;short-course;Assen;2026;Lijst (synthetisch)',
      'offer;Drenthe;Aanbieder;Cursus B;short-course;Emmen;2026;Lijst (synthetisch)',
      'offer;arbeidsmarktregio Drenthe;Aanbieder;Cursus C;short-course;Assen;2026;Lijst (synthetisch)',
    ].join('\n');
    const r = parseImportCsv(csv, ctx);
    expect(((r.other.offer ?? []) as OfferRow[]).map((o) => [o.title, o.arbeidsmarktregio, o.provincie])).toEqual([
      ['Cursus A', 'AM01', 'PV22'],
      ['Cursus B', 'AM03', 'PV22'],
    ]);
    expect(r.problems).toEqual([{ row: 4, column: 'area', message: 'the place (Assen) lies in AM01/PV22, not in AM03' }]);
    expect(r.warnings).toEqual([]);
  });
});
