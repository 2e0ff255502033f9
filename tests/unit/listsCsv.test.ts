/** CSV of the lists: synthetic rows (made up for this test). */
import { describe, expect, it } from 'vitest';
import { occupationsCsv, offersCsv } from '../../src/export/listsCsv';
import type { ExportText } from '../../src/export/exportText';
import type { OfferRow } from '../../src/data/schemas';
import type { OccupationRow } from '../../src/model/occupationList';

const text: ExportText = {
  title: 'Inspiratiekaart',
  subtitle: 'Aantal kansberoepen',
  filters: ['Regio: Groningen'],
  legendTitle: 'Legenda',
  legend: [],
  sources: ['ROA AIS (ROA, periode 2026Q1, CC BY 4.0, opgehaald 2026-11-23)'],
  made: 'Gemaakt op 23 november 2026 met Inspiratiekaart',
  link: 'http://127.0.0.1/?v=2&r=AM01',
};

describe('list CSVs', () => {
  it('occupations: one row per group with tension, its period and source, and the export text under it', () => {
    const rows: OccupationRow[] = [
      {
        groep: '1051',
        name: 'Verzorgenden',
        klasse: '10',
        kansberoep: true,
        tension: { value: 5.2, class: 'zeer krap', period: '2026Q1', source: 'roa', landelijk: true, indicator: 'tension', tensionClass: 'zeer krap' },
        offers: 3,
      },
    ];
    const lines = occupationsCsv(rows, 'nl', text).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('BRC-beroepsgroep,Naam,Kansberoep,Spanningsklasse,Spanning,Spanning periode,Spanning bron,Spanning landelijk,Omvang indicator,Omvang,Omvang periode,Opleidingen');
    expect(lines[1]).toBe('1051,Verzorgenden,ja,zeer krap,5.2,2026Q1,roa,ja,,,,3');
    expect(lines[2]).toBe('');
    expect(lines.slice(3, 8)).toEqual([
      'Inspiratiekaart',
      'Aantal kansberoepen',
      'Filters: Regio: Groningen',
      '"Bronnen: ROA AIS (ROA, periode 2026Q1, CC BY 4.0, opgehaald 2026-11-23)"',
      'Gemaakt op 23 november 2026 met Inspiratiekaart',
    ]);
  });

  it('offers: a title that looks like a formula is defused, commas are quoted', () => {
    const offer: OfferRow = {
      id: 'x1',
      title: '=cmd|\' /C calc\'!A0',
      kind: 'short-course',
      leerweg: ['BOL', 'BBL'],
      provider: 'School, Groningen',
      location: { lon: 6.5, lat: 53.2, place: 'Groningen' },
      arbeidsmarktregio: 'AM01',
      provincie: 'PV20',
      groepen: [{ groep: '1051', confidence: 'high', method: 'test' }],
      klassen: ['10'],
      source: 'synthetic',
    } as OfferRow;
    const lines = offersCsv([offer], 'en', text, (c) => (c === 'AM01' ? 'Groningen' : undefined)).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Id,Title,Kind,Level,Learning pathway,Provider,Place,Labour-market region,Occupation groups,Url,Source');
    expect(lines[1]).toBe(`x1,'=cmd|' /C calc'!A0,short-course,,BOL BBL,"School, Groningen",Groningen,Groningen,1051,,synthetic`);
  });
});
