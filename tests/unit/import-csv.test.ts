/** The import CSV format (docs/import-format.md) on synthetic files: row-by-row validation, good rows kept. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describeProblem, parseImportCsv, type ImportContext, type RowTypeHandler } from '../../src/data/importCsv';
import { buildData } from '../../scripts/build-data';
import { loadDataset } from '../../src/data/load';
import { assessKansberoep } from '../../src/model/kansberoep';
import { fsFetcher } from '../lib/fsFetcher';

const MIXED = 'tests/fixtures/import/mixed.synthetic.csv';
const CTX: ImportContext = {
  regions: new Map([['AM01', 'Groningen'], ['AM02', 'Friesland'], ['PV20', 'Groningen (PV)']]),
  groepen: new Map([['0114', 'Leerkrachten basisonderwijs'], ['1051', 'Verzorgenden']]),
};

describe('parseImportCsv', () => {
  it('imports the good rows of a mixed file and reports each bad one by row and column', () => {
    const r = parseImportCsv(readFileSync(MIXED, 'utf8'), CTX);
    expect(r.rowsRead).toBe(11);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'area'],
      [4, 'groep'],
      [5, 'indicator'],
      [6, 'value'],
      [7, 'period'],
      [10, 'status'],
      [11, undefined],
      [12, 'type'],
    ]);
    expect(describeProblem(r.problems[0]!)).toBe('row 3, column area: unknown region code "AM99"');
    expect(describeProblem(r.problems[3]!)).toMatch(/^row 6, column value: "veel" is not a number/);
    expect(describeProblem(r.problems[6]!)).toBe('row 11: repeats row 2 (same type, area, group, indicator and period); left out');
    expect(r.indicators).toEqual([
      { groep: '0114', area: 'AM01', indicator: 'tension', value: 4.2, period: '2026Q1', source: 'import-voorbeeldregio-spanningsindicator-synthetisch', scope: 'regional' },
      // "Groningen" is accepted as the name of AM01
      { groep: '1051', area: 'AM01', indicator: 'jobOpenings', value: 2100, class: 'hoog', pct: 33, period: 'tot 2030', source: 'import-voorbeeldregio-prognose-synthetisch', scope: 'regional' },
    ]);
    expect(r.curated).toEqual([
      {
        area: 'AM01', occupation: 'verzorgende IG', groep: '1051', status: 'kansrijk', reason: 'Staat op de eigen lijst van de regio', period: '2026-03',
        sourceTitle: 'Voorbeeldregio eigen lijst (synthetisch)', sourceUrl: 'https://example.org/lijst', completeness: 'volledige lijst',
      },
    ]);
    expect(r.sources.map((s) => [s.id, s.url])).toEqual([
      ['import-voorbeeldregio-spanningsindicator-synthetisch', 'https://example.org/spanning'],
      ['import-voorbeeldregio-prognose-synthetisch', undefined],
      ['import-voorbeeldregio-eigen-lijst-synthetisch', 'https://example.org/lijst'],
    ]);
  });

  it('reads `;` with decimal commas and a BOM, restores leading zeros, and allows class-only rows', () => {
    const text = '\ufefftype;area;groep;indicator;value;class;period;source\r\nindicator;am02;114;tension;11,83;krap;2026Q1;Eigen bron\r\nindicator;AM02;114;direction;;blijft krap;2025-2030;Eigen bron\r\n';
    const r = parseImportCsv(text, CTX);
    expect(r.problems).toEqual([]);
    expect(r.indicators.map((x) => [x.groep, x.area, x.indicator, x.value, x.class])).toEqual([
      ['0114', 'AM02', 'tension', 11.83, 'krap'],
      ['0114', 'AM02', 'direction', null, 'blijft krap'],
    ]);
  });

  it('a file without a required column or with a broken quote imports nothing and says why', () => {
    expect(parseImportCsv('type,groep,indicator,value,period,source\nindicator,0114,tension,2,2026Q1,x\n').problems).toEqual([
      { row: 1, column: 'area', message: 'the header has no "area" column; nothing was imported' },
    ]);
    const broken = parseImportCsv('area,groep,indicator,value,period,source\nAM01,0114,tension,"2,2026Q1,x\n');
    expect(broken.problems[0]).toMatchObject({ row: 2 });
    expect(broken.problems[0]!.message).toMatch(/quoted field is not closed; nothing was imported/);
    expect(parseImportCsv('').problems).toEqual([{ row: 1, message: 'the file is empty' }]);
  });

  it('without a type column rows are indicator rows; unknown columns are a warning, not a problem', () => {
    const r = parseImportCsv('area,groep,indicator,value,period,source,opmerking\nAM01,0114,tension,2,2026Q1,x,hallo\n');
    expect(r.indicators).toHaveLength(1);
    expect(r.warnings).toEqual(['columns not in the format, ignored: opmerking']);
  });

  it('other row types plug in through rowTypes (e.g. offer rows)', () => {
    const offer: RowTypeHandler = (row) => {
      const title = row.required('title');
      const area = row.area();
      return title && area ? { title, area } : undefined;
    };
    const r = parseImportCsv('type,area,title,period,source\noffer,AM01,Cursus lassen,2026,x\noffer,AM01,,2026,x\n', { rowTypes: { offer }, extraColumns: ['title'] });
    expect(r.other).toEqual({ offer: [{ title: 'Cursus lassen', area: 'AM01' }] });
    expect(r.problems).toEqual([{ row: 3, column: 'title', message: 'is empty' }]);
    expect(r.warnings).toEqual([]);
  });
});

describe('npm run build:data -- --import', () => {
  it('adds the good rows to indicators.json and curated.json, cites the file\'s sources, and the app loads it', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-build-'));
    const out = join(dir, 'data');
    const lines: string[] = [];
    await buildData(['--out', out, '--import', MIXED], (l) => lines.push(l));
    // every bad row is named in the build log, and so is the ambiguous "Groningen" of row 8
    expect(lines.filter((l) => l.includes(`${MIXED}: row `))).toHaveLength(9);
    expect(lines).toContain(
      `      ${MIXED}: row 8, column area: 'Groningen' is both arbeidsmarktregio AM01 and provincie PV20; taken as the arbeidsmarktregio — write AM01 or PV20 to be explicit`,
    );
    const r = await loadDataset(fsFetcher(out), 'data/', { include: ['regions-arbeidsmarktregio', 'occupations', 'indicators', 'curated'] });
    if (!r.ok) throw new Error('manifest should load');
    expect(r.dataset.errors).toEqual([]);
    const src = r.dataset.manifest.sources.find((s) => s.id === 'import-voorbeeldregio-spanningsindicator-synthetisch');
    expect(src).toMatchObject({ status: 'raw', licenceVerified: false, url: 'https://example.org/spanning' });
    // the region's own tension figure is used for AM01 (UWV class of 4.2: zeer krap), the national one elsewhere
    const a = assessKansberoep(r.dataset, '0114', 'AM01');
    expect(a.reasons.find((x) => x.indicator === 'tension')).toMatchObject({ value: 4.2, class: 'zeer krap', landelijk: false, area: 'AM01' });
    expect(assessKansberoep(r.dataset, '0114', 'AM02').reasons.find((x) => x.indicator === 'tension')).toMatchObject({ value: 11.83, landelijk: true });
    // row 8 ("Groningen") is the arbeidsmarktregio's figure, not the provincie's
    expect(r.dataset.files.indicators?.rows.filter((x) => x.groep === '1051' && x.indicator === 'jobOpenings' && x.area !== 'NL01').map((x) => x.area)).toEqual(['AM01']);
    expect(r.dataset.files.curated?.rows.some((c) => c.sourceTitle === 'Voorbeeldregio eigen lijst (synthetisch)' && c.groep === '1051')).toBe(true);
    rmSync(dir, { recursive: true });
  });
});
