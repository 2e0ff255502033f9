/**
 * The edition build: an edition CSV with three bad rows stops the build with a report naming all three, and
 * nothing is written. Fixture: tests/fixtures/editions (synthetic), built on the committed data/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { EditionError, prepareEdition, readEditionConfig } from '../../scripts/lib/edition';
import { importEditionCsv } from '../../scripts/lib/edition-import';
import { buildEdition, parseBuildArgs } from '../../scripts/build';

const FIXTURE = 'tests/fixtures/editions';
const DATA = join(process.cwd(), 'data');

function report(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof EditionError) return e.report;
    throw e;
  }
  throw new Error('expected an EditionError');
}

describe('edition build', () => {
  it('reports every bad row of the extra CSV — row, column, problem — and stops', () => {
    const lines = report(() => prepareEdition(FIXTURE, 'proef', importEditionCsv, DATA));
    expect(lines[0]).toMatch(/^3 bad row\(s\) \(\d+ problem\(s\)\) in the extra data of edition "proef"; nothing was built:$/);
    const rows = lines.slice(1).map((l) => l.trim());
    // row 3: region code AM99 does not exist; row 5: level mbo9; row 6: the title is empty
    expect(rows.some((l) => l.startsWith('editions/proef/aanbod.csv: row 3, column "area"'))).toBe(true);
    expect(rows.some((l) => l.startsWith('editions/proef/aanbod.csv: row 5, column "level"') && l.includes('mbo9'))).toBe(true);
    expect(rows.some((l) => l.startsWith('editions/proef/aanbod.csv: row 6, column "title"'))).toBe(true);
    expect(new Set(rows.map((l) => /row (\d+)/.exec(l)?.[1]))).toEqual(new Set(['3', '5', '6']));
  });

  it('writes no site folder when a row is bad', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'edition-test-')), 'dist-proef');
    expect(() => buildEdition(FIXTURE, 'proef', out, [], () => undefined, DATA)).toThrow(EditionError);
    expect(existsSync(out)).toBe(false);
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('merges the good rows of the shipped Noord-Nederland CSV into offers, with its source and manifest.edition', () => {
    const p = prepareEdition('.', 'noord', importEditionCsv);
    try {
      const csvRows = readFileSync('editions/noord/voorbeeld-leerbedrijven.csv', 'utf8').trim().split('\n').length - 1;
      expect(p.rows.offers).toHaveLength(csvRows);
      const offers = JSON.parse(readFileSync(join(p.dataDir, 'offers.json'), 'utf8')) as { rows: { source: string; example?: boolean }[] };
      const national = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: unknown[] };
      expect(offers.rows.length).toBe(national.rows.length + csvRows);
      const sourceId = p.rows.offers[0]!.source;
      expect(offers.rows.filter((o) => o.source === sourceId)).toHaveLength(csvRows);
      expect(p.manifest.edition).toEqual({ id: 'noord', title: 'Noord-Nederland', demo: true });
      expect(p.manifest.sources.some((s) => s.id === sourceId)).toBe(true);
      const entry = p.manifest.files.find((f) => f.id === 'offers')!;
      expect(entry.rows).toBe(offers.rows.length);
    } finally {
      rmSync(p.dataDir, { recursive: true, force: true });
    }
  });

  it('names the field of a bad edition config', () => {
    expect(report(() => readEditionConfig(FIXTURE, 'bestaat-niet'))).toEqual(['editions/bestaat-niet.json does not exist']);
    expect(report(() => readEditionConfig(FIXTURE, '../x'))).toEqual(['--edition ../x: expected lower-case letters, digits and -']);
  });

  it('passes a plain build straight to vite', () => {
    expect(parseBuildArgs([])).toEqual({ edition: null, out: null, rest: [] });
    expect(parseBuildArgs(['--edition', 'noord', '--logLevel', 'warn'])).toEqual({ edition: 'noord', out: null, rest: ['--logLevel', 'warn'] });
    expect(() => parseBuildArgs(['--edition'])).toThrow('--edition needs a value');
  });
});
