import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/data/load';
import { readRoaNationalCsv, ROA_NATIONAL_FILE } from '../../scripts/steps/read-roa-national';
import { unknownGroepen } from '../../scripts/steps/indicators';
import { fsFetcher } from '../lib/fsFetcher';

const SOURCE = `../shared/sources/${ROA_NATIONAL_FILE}`;

describe('ROA national outlook in data/indicators.json', () => {
  it('pins the published figures for 0114 and 1051 (read through the app loader)', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/', { include: ['indicators'] });
    if (!r.ok) throw new Error('manifest should load');
    expect(r.dataset.errors).toEqual([]);
    const get = (g: string, i: 'jobOpenings' | 'tension') => r.dataset.index.indicator.get(`${g}|NL01|${i}`);
    expect(get('0114', 'jobOpenings')).toMatchObject({ value: 47200, class: 'hoog', pct: 32, scope: 'national' });
    // ROA's own class for the current situation: krap, although 11.83 is far above UWV's 4 for "zeer krap"
    expect(get('0114', 'tension')).toMatchObject({ value: 11.83, class: 'krap', period: '2026Q1', scope: 'national' });
    expect(get('1051', 'jobOpenings')).toMatchObject({ value: 90600, class: 'hoog' });
  });

  it('keeps the 999999 total out of the groups and has one row per group and indicator', () => {
    const rows = JSON.parse(readFileSync('data/indicators.json', 'utf8')).rows as { groep: string; indicator: string; area: string }[];
    expect(rows.some((x) => x.groep === '999999')).toBe(false);
    // independent count from the source: 114 data lines besides the header and the total
    const lines = readFileSync(SOURCE, 'utf8').trim().split('\n').slice(1).filter((l) => !l.startsWith('999999;'));
    expect(new Set(rows.map((x) => x.groep)).size).toBe(lines.length);
    expect(lines.length).toBe(114);
    const jobOpenings = rows.filter((x) => x.indicator === 'jobOpenings');
    expect(jobOpenings).toHaveLength(114);
    // tension only where the source has a huidige value
    const withHuidige = lines.filter((l) => l.split(';')[13] !== '').length;
    expect(rows.filter((x) => x.indicator === 'tension')).toHaveLength(withHuidige);
  });

  it('declares the source as transcribed from a third-party extract, with licence and period', () => {
    const m = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    const src = m.sources.find((s: { id: string }) => s.id === 'roa-ais-2030-ed2026-nl');
    expect(src.status).toBe('transcribed');
    expect(src.title).toMatch(/transcribed from a third-party extract/);
    expect(src.licence).toBe('CC BY 4.0');
    expect(src.period).toMatch(/2026Q1/);
    expect(m.files.find((f: { id: string }) => f.id === 'indicators').stats.nationalTotalJobOpenings).toBe(2072100);
  });

  it('stops with file, line and column when the source changed shape', () => {
    const text = readFileSync(SOURCE, 'utf8');
    expect(() => readRoaNationalCsv(text.replace('baanopeningen_aantal', 'openings'), 'x.csv')).toThrowError(/x\.csv: header column 9/);
    expect(() => readRoaNationalCsv(text.replace('47200', '47.2k'), 'x.csv')).toThrowError(/x\.csv: line 5, column baanopeningen_aantal: not a number/);
    expect(() => readRoaNationalCsv(text.replace(/\n999999;.*\n?$/, '\n'), 'x.csv')).toThrowError(/total row 999999 is missing/);
  });

  it('every AIS code lands on a named group of occupations.json (nothing dropped)', async () => {
    const codes = readFileSync(SOURCE, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';')[0]!).filter((c) => c !== '999999');
    const occ = JSON.parse(readFileSync('data/occupations.json', 'utf8')) as { groepen: { code: string; name: string }[] };
    const named = new Map(occ.groepen.map((g) => [g.code, g.name]));
    expect(codes).toHaveLength(114);
    expect(codes.filter((c) => !named.get(c))).toEqual([]);
    // the editie-2025 codes are among them
    for (const c of ['0132', '0133', '0756', '0813', '0814', '1223', '1224']) expect(codes).toContain(c);
    // and the app keeps the file after its integrity check (a file with unknown groups would be dropped)
    const r = await loadDataset(fsFetcher('data'), 'data/', { include: ['occupations', 'indicators'] });
    if (!r.ok) throw new Error('manifest should load');
    expect(r.dataset.errors).toEqual([]);
    expect(new Set(r.dataset.files.indicators?.rows.map((x) => x.groep)).size).toBe(114);
  });

  it('names BRC codes that have no group in occupations', () => {
    const rows = readRoaNationalCsv(readFileSync(SOURCE, 'utf8'), 'x').rows;
    expect(unknownGroepen(rows, new Set(['0114']))).toContain('1051');
    expect(unknownGroepen(rows.filter((x) => x.groep === '0114'), new Set(['0114']))).toEqual([]);
  });
});
