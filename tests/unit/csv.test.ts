import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Verzorgenden')).toBe('Verzorgenden');
    expect(csvCell('Zorg, welzijn')).toBe('"Zorg, welzijn"');
    expect(csvCell('zo "genoemd"')).toBe('"zo ""genoemd"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell(' spatie')).toBe('" spatie"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    // real numbers stay numbers, negative ones too
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(1234)).toBe('1234');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('ja');
  });

  it('writes BOM, header, rows, an empty row and the source lines with CRLF', () => {
    const csv = toCsv({ header: ['code', 'naam', 'spanning'], rows: [['1051', 'Verzorgenden', 11.83], ['0114', 'Leraren, basis', null]], notes: ['Bron: ROA AIS 2026'] });
    expect(csv).toBe('\uFEFFcode,naam,spanning\r\n1051,Verzorgenden,11.83\r\n0114,"Leraren, basis",\r\n\r\nBron: ROA AIS 2026\r\n');
  });

  it('refuses rows that do not match the header', () => {
    expect(() => toCsv({ header: ['a', 'b'], rows: [['1']], notes: [] })).toThrow('CSV row 1 has 1 cells, the header has 2');
  });
});
