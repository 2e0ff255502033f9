import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { QualificationRow, SchoolLocationRow } from '../../src/data/schemas';
import { labelVariants } from '../../scripts/steps/read-crebo-links';
import { amrContains, simpleCsv } from '../lib/pip';

const SRC = '../shared/sources/';
const locations = (JSON.parse(readFileSync('data/school-locations.json', 'utf8')) as { rows: SchoolLocationRow[] }).rows;
const quals = (JSON.parse(readFileSync('data/qualifications.json', 'utf8')) as { rows: QualificationRow[] }).rows;
const q = (crebo: string) => quals.find((r) => r.crebo === crebo);

describe('mbo school locations', () => {
  it('has all 679 KiesMBO locations, and as many in arbeidsmarktregio Groningen as the CSV by its own point-in-polygon', () => {
    expect(locations).toHaveLength(679);
    const inAm01 = amrContains('AM01');
    const expected = simpleCsv(`${SRC}kiesmbo-hovi-opleidingen-locaties-2025-02/mbo_locaties_kiesmbo_2025-02.csv`).filter((r) => inAm01(Number(r.lon), Number(r.lat))).length;
    expect(expected).toBeGreaterThan(10);
    expect(locations.filter((r) => r.arbeidsmarktregio === 'AM01')).toHaveLength(expected);
    // first row of the CSV: Albeda, Rosestraat 1101, Rotterdam (arbeidsmarktregio Rijnmond, provincie Zuid-Holland)
    expect(locations.find((r) => r.id === 'mbo-00GT00')).toMatchObject({ provider: 'Albeda', postcode: '3071 AL', place: 'Rotterdam', provincie: 'PV28' });
  });
});

describe('mbo qualifications (crebo list) and their occupation links', () => {
  it('keeps every crebo code except the 17 hoofdgroep placeholders and AKA (4,288 − 18)', () => {
    expect(quals).toHaveLength(4270);
    expect(q('79000')).toBeUndefined();
    expect(q('79999')).toBeUndefined();
  });

  it('reads name, level, leerweg and sectorkamer, and links Kok to the BRC group Koks through CompetentNL → ESCO', () => {
    // crebo.csv: 25180,Kok,2,basisberoepsopleiding,"BBL,BOL,OVO",…,06,Voedsel, groen en gastvrijheid
    expect(q('25180')).toMatchObject({ name: 'Kok', level: 'mbo2', levelName: 'basisberoepsopleiding', leerweg: ['BOL', 'BBL'], sectorkamer: { code: '06' } });
    expect(q('25180')!.groepen).toEqual([expect.objectContaining({ groep: '1112', confidence: 'high', occupation: 'Kok' })]);
    expect(q('25180')!.klassen).toContain('11');
  });

  it('shows links chosen by a language model as low confidence, and leaves out the known wrong one', () => {
    // 23119 Commerciële technicus → "technicus elektronica" was chosen by llm-keuze
    const llm = q('23119')!.groepen;
    expect(llm.length).toBeGreaterThan(0);
    expect(llm.every((g) => g.confidence === 'low' && g.method.includes('taalmodel'))).toBe(true);
    // 23030 Laboratoriumtechniek → "vakdocent medische laboratoriumtechnologie" is wrong: no docent group (01xx)
    expect(q('23030')!.groepen.filter((g) => g.groep.startsWith('01'))).toEqual([]);
  });

  it('derives plain name variants for loose matching', () => {
    expect(labelVariants('Zelfstandig werkend gastheer/-vrouw')).toEqual(['zelfstandig werkend gastheer', 'gastheer']);
    expect(labelVariants('Allround machineoperator houttechniek')).toEqual(['allround machineoperator houttechniek', 'machineoperator houttechniek']);
  });
});
