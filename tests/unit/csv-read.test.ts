/**
 * The one CSV reader (src/data/csv.ts), used by the build steps (through scripts/lib/csv.ts) and the import
 * format in the browser. Expected values are written out by hand from the small texts below. Also the one way a
 * step reads a source file (scripts/lib/source-file.ts).
 */
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvObjects, parseCsvRecords, parseDecimal } from '../../src/data/csv';
import { detectDelimiter } from '../../src/data/importCsv';
import { readCsv, readCsvRecords } from '../../scripts/lib/csv';
import { SourceShapeError } from '../../scripts/lib/errors';
import { readSourceFile } from '../../scripts/lib/source-file';
import { toCsv } from '../../src/export/csv';

describe('parseCsvRecords (RFC 4180)', () => {
  it('reads quoted delimiters, doubled quotes and line breaks inside quotes, and keeps the line each record starts on', () => {
    const text = 'naam,omschrijving,n\r\n"Kapper, dames","knipt ""en"" kleurt",3\r\nLasser,"regel 1\r\nregel 2\nregel 3",4\r\n\r\nBakker,,5';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ['naam', 'omschrijving', 'n'] },
      { line: 2, fields: ['Kapper, dames', 'knipt "en" kleurt', '3'] },
      { line: 3, fields: ['Lasser', 'regel 1\r\nregel 2\nregel 3', '4'] },
      // the blank line 6 is skipped; the last record has no line end
      { line: 7, fields: ['Bakker', '', '5'] },
    ]);
  });

  it('takes `;` and tab as delimiters and drops a UTF-8 BOM from the first column name', () => {
    expect(parseCsvRecords('\ufeffa;b\n1,5;"x;y"\n', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1,5', 'x;y'] },
    ]);
    expect(parseCsvRecords('a\tb\n"1\t2"\t3\n', '\t').map((r) => r.fields)).toEqual([['a', 'b'], ['1\t2', '3']]);
    expect(['a;b;c,d', 'a\tb\tc', 'a,b,c'].map(detectDelimiter)).toEqual([';', '\t', ',']);
  });

  it('an empty quoted field is a field; an unclosed quote is an error at the line it opened', () => {
    expect(parseCsvRecords('a\n""\n').map((r) => r.fields)).toEqual([['a'], ['']]);
    expect(() => parseCsvRecords('a,b\n1,2\n3,"open\n4,5\n')).toThrowError(new CsvSyntaxError(3, 'a quoted field is not closed'));
  });

  it('reads back what the app\'s CSV export writes', () => {
    const rows = [['Zorg, welzijn', 'zo "genoemd"'], ['twee\nregels', '12,5']];
    const text = toCsv({ header: ['sector', 'noot'], rows, notes: [] });
    expect(parseCsvObjects(text, detectDelimiter(text)).rows.map((r) => Object.values(r.values))).toEqual(rows);
  });
});

describe('parseDecimal', () => {
  it('reads decimal commas, thousands dots only beside a comma, and says NaN for junk', () => {
    expect(parseDecimal('11,83')).toBe(11.83);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('11.83', '.')).toBe(11.83);
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('47.2k', '.')).toBeNaN();
  });
});

describe('readCsv / readCsvRecords (build steps)', () => {
  it('gives rows by column name, with the line they start on', () => {
    const t = readCsvRecords('code;naam\n0114;"Leerkrachten\nbasisonderwijs"\n1051;Verzorgenden\n', 'x.csv', ['code'], ';');
    expect(t.rows.map((r) => [r.line, r.values.code])).toEqual([[2, '0114'], [4, '1051']]);
    expect(readCsv('a,b\n1,2\n', 'x.csv', ['a', 'b']).rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('stops with the file, line and column when a source changed shape', () => {
    expect(() => readCsv('a,c\n1,2\n', 'x.csv', ['a', 'b'])).toThrowError(new SourceShapeError('x.csv', 'b', 'column missing (header has: a, c)'));
    expect(() => readCsv('a,b\n"1\n2",3\n4\n', 'x.csv', ['a'])).toThrowError(new SourceShapeError('x.csv', 'line 4', 'has 1 fields, the header has 2'));
    expect(() => readCsv('a,b\n1,"2\n', 'x.csv', ['a'])).toThrowError(new SourceShapeError('x.csv', 'line 2', 'a quoted field is not closed'));
    expect(() => readCsv('', 'x.csv', ['a'])).toThrowError(/x\.csv: \(header\): empty file/);
    // readCsvRecords leaves uneven rows to the step
    expect(readCsvRecords('a,b\n4\n', 'x.csv', ['a']).rows).toEqual([{ line: 2, values: { a: '4', b: '' }, width: 1 }]);
  });
});

describe('readSourceFile', () => {
  it('reads a source as text or bytes; a missing one stops the build naming the file', () => {
    expect(readSourceFile('tests/fixtures/import/mixed.synthetic.csv').split('\n')[0]).toMatch(/^type,area,groep,/);
    expect(readSourceFile('tests/fixtures/import/mixed.synthetic.csv', 'bytes')[0]).toBe('t'.charCodeAt(0));
    expect(() => readSourceFile('no/such/file.csv')).toThrowError(new SourceShapeError('no/such/file.csv', '(file)', 'cannot be read'));
  });
});
