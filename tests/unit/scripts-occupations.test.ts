import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { occupations as occupationsSchema } from '../../src/data/schemas';
import { readBrcWorkbook } from '../../scripts/steps/read-brc';
import { indexOccupations } from '../../scripts/lib/occupation-index';
import { SECTOR_LINKS, UNLINKED } from '../../scripts/steps/sectors';
import { readCsv } from '../../scripts/lib/csv';

const SOURCES = '../shared/sources';
// the committed data file, read the way the app reads it (schema-validated)
const occ = occupationsSchema.parse(JSON.parse(readFileSync('data/occupations.json', 'utf8')));
const index = indexOccupations(occ);

describe('occupations.json (BRC 2014)', () => {
  it('has 114 beroepsgroepen of the 2015 workbook in 13 klassen and 41 segmenten', () => {
    const g2015 = occ.groepen.filter((g) => g.edition === '2015');
    expect(g2015).toHaveLength(114);
    expect(new Set(g2015.map((g) => g.klasse)).size).toBe(13);
    expect(occ.klassen).toHaveLength(13);
    expect(occ.segmenten).toHaveLength(41);
    // the workbook's own group sheet, read independently: same codes and names
    const wb = XLSX.read(readFileSync(`${SOURCES}/brc2014/brc2014.xls`), { type: 'buffer' });
    const sheet = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['BRC-beroepsgroep']!, { raw: false });
    expect(sheet.map((r) => `${r.BRC2014beroepsgroep} ${r.BRC2014beroepsgroep_label}`)).toEqual(g2015.map((g) => `${g.code} ${g.name}`));
  });

  it('knows the klassen by name and gives each a short sector label', () => {
    const k = Object.fromEntries(occ.klassen.map((x) => [x.code, x]));
    expect(k['10']).toMatchObject({ name: 'Zorg en welzijn beroepen', short: 'Zorg en welzijn' });
    expect(k['11']!.name).toBe('Dienstverlenende beroepen');
    expect(k['01']!.name).toBe('Pedagogische beroepen');
  });

  it('maps ISCO skill levels to education levels (docs/data-model.md)', () => {
    expect(index.groep('0114')).toMatchObject({ name: 'Leerkrachten basisonderwijs', levels: ['hbo', 'wo'], klasse: '01' });
    expect(index.groep('1121')).toMatchObject({ name: 'Schoonmakers', levels: ['praktijkverklaring', 'mbo1'] });
    expect(index.groep('1051')).toMatchObject({ name: 'Verzorgenden', levels: ['mbo2', 'mbo3'] });
    expect(index.groep('1033')).toMatchObject({ name: 'Verpleegkundigen (mbo)', levels: ['mbo4'] });
    // Koks: ISCO 5120 (level 2) and 3434 chefs (level 3)
    expect(index.groep('1112')!.levels).toEqual(['mbo2', 'mbo3', 'mbo4']);
  });

  it('puts every ISCO unit group of the workbook in exactly one group', () => {
    expect(index.groepForIsco('4311')).toBe('0434');
    expect(index.groepForIsco('2221')).toBe('1012');
    const all = occ.groepen.filter((g) => g.edition === '2015').flatMap((g) => g.isco);
    expect(all).toHaveLength(588);
    expect(new Set(all).size).toBe(588);
  });
});

describe('BRC editions: every ROA AIS 2026 code lands on a named group', () => {
  // ROA AIS file read with its own simple split: ';'-separated, first column the BRC code
  const aisCodes = readFileSync(`${SOURCES}/roa-ais-2030-ed2026-nederland-per-brc/roa_ais2030_ed2026_nederland_per_brc.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';')[0]!)
    .filter((c) => c !== '999999');

  it('has 114 AIS codes, all named; 7 of them are editie-2025 codes', () => {
    expect(aisCodes).toHaveLength(114);
    const missing = aisCodes.filter((c) => !index.groep(c));
    expect(missing).toEqual([]);
    const newer = aisCodes.filter((c) => index.groep(c)!.edition === 'editie-2025');
    expect(newer.sort()).toEqual(['0132', '0133', '0756', '0813', '0814', '1223', '1224']);
    for (const c of newer) {
      const g = index.groep(c)!;
      expect(g.note, c).toMatch(/Jobsy|86355NED/); // names the source of the name
      expect(occ.segmenten.some((s) => s.code === g.segment && s.klasse === g.klasse), c).toBe(true);
    }
  });

  it('marks the 7 retired 2015 codes with their successors, and AIS does not use them', () => {
    const retired = occ.groepen.filter((g) => g.replacedBy !== undefined).map((g) => g.code);
    expect(retired).toEqual(['0131', '0751', '0752', '0811', '1221', '1222', '1311']);
    for (const c of retired) expect(aisCodes).not.toContain(c);
    expect(index.groep('0131')!.replacedBy).toEqual(['0132', '0133']);
    expect(index.groep('0756')).toMatchObject({ name: 'Slagers en bakkers', segment: '075', klasse: '07', replaces: ['0751', '0752'] });
    // 114 (2015) − 7 retired + 7 new = the 114 codes AIS uses
    expect(occ.groepen.filter((g) => !g.replacedBy)).toHaveLength(114);
  });

  it('resolves moved ISCO unit groups to the current group', () => {
    expect(index.groepForIsco('5311')).toBe('0132'); // kinderverzorgers
    expect(index.groepForIsco('5312')).toBe('0133'); // onderwijsassistenten
    expect(index.groepForIsco('2512')).toBe('0814'); // softwareontwikkelaars
    expect(index.groepForIsco('7512')).toBe('0756'); // bakkers
    expect(index.groepForIsco('9611')).toBe('1222'); // vuilnisophalers: place in editie 2025 unknown offline, kept
  });

  it('normalises BRC codes as sources write them', () => {
    expect(index.normaliseGroepCode('0114')).toBe('0114');
    expect(index.normaliseGroepCode('114')).toBe('0114');
    expect(index.normaliseGroepCode('00114')).toBe('0114');
    expect(index.normaliseGroepCode('0114.0')).toBe('0114');
    expect(index.normaliseGroepCode('999999')).toBeUndefined();
    expect(index.normaliseGroepCode('0999')).toBeUndefined();
  });
});

describe('sector links', () => {
  const labels = (file: string, column: string) => new Set(readCsv(readFileSync(file, 'utf8'), file, [column]).rows.map((r) => r[column]!));
  it('covers every SBB sectorkamer and every CROHO sector in the sources (linked or listed as unlinked)', () => {
    const cases = [
      ['sectorkamer', labels(`${SOURCES}/sbb-crebo-lijst-cedanl/crebo.csv`, 'sectorkamer_naam')],
      ['croho-sector', labels(`${SOURCES}/kiesmbo-hovi-opleidingen-locaties-2025-02/hbo_wo_opleidingen_hovi_2025-02.csv`, 'croho_sector')],
    ] as const;
    for (const [scheme, found] of cases) {
      expect(found.size).toBeGreaterThan(5);
      for (const label of found) {
        const linked = SECTOR_LINKS.some((l) => l.scheme === scheme && l.label === label);
        expect(linked || label in UNLINKED[scheme]!, `${scheme} "${label}"`).toBe(true);
      }
    }
    expect(index.klassenForSector('sectorkamer', 'Zorg, welzijn en sport')).toEqual(['01', '10']);
    expect(index.klassenForSector('croho-sector', 'gezondheidszorg')).toEqual(['10']);
    expect(index.klassenForSector('sectorkamer', 'Bovensectoraal')).toEqual([]);
  });
});

describe('BRC workbook shape', () => {
  it('stops with the file, sheet and column when a column was renamed', () => {
    const wb = XLSX.read(readFileSync(`${SOURCES}/brc2014/brc2014.xls`), { type: 'buffer' });
    const sheet = wb.Sheets['BRC 2014 variabelen']!;
    sheet['C1'] = { t: 's', v: 'BRC2014groep' };
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect(() => readBrcWorkbook(bytes, 'brc.xlsx')).toThrowError(/brc\.xlsx: BRC 2014 variabelen: column BRC2014beroepsgroep: missing/);
  });
});
