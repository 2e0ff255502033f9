/**
 * The map's default measure compares regions with figures of their own (WW per 100 of the labour force, derived
 * from CBS), while the number of kansberoepen — national ROA figures in this build — stays selectable and says
 * it is national. Expected values are read from data/regional-series.json (the whole CBS series) by this test's own code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset, type Dataset } from '../../src/data/load';
import { selectMeasure } from '../../src/model/selectors';
import { measureScope } from '../../src/model/measures';
import { DEFAULT_STATE } from '../../src/state/types';
import { decodeUrlState, encodeUrlState } from '../../src/state/urlState';
import { fsFetcher } from '../lib/fsFetcher';

const stats = JSON.parse(readFileSync('data/regional-series.json', 'utf8')) as { series: Record<string, Record<string, [string, number][]>> };
const wwLatest = (area: string) => stats.series[area]!.wwPer100LabourForce!.at(-1)!;

let ds: Dataset;
const load = async () => {
  if (ds) return ds;
  const r = await loadDataset(fsFetcher('data'), 'data/');
  if (!r.ok) throw new Error('manifest should load');
  return (ds = r.dataset);
};

describe('default choropleth measure', () => {
  it('is WW per 100 of the labour force: regional, derived with its formula, different between regions', async () => {
    expect(DEFAULT_STATE.view.measure).toBe('wwPer100');
    const m = selectMeasure(await load(), DEFAULT_STATE.filters, DEFAULT_STATE.view.measure, null);
    expect(m.status).toBe('ok');
    expect(m.scope).toBe('regional');
    expect(m.landelijk).toBe(false);
    expect(m.derived).toContain('÷ beroepsbevolking');
    expect(m.values.size).toBe(35);
    // Groningen and Zeeland as in the file (2024: 1.53 and the file's own value)
    expect(m.values.get('AM01')?.value).toBe(1.53);
    expect(m.values.get('AM24')?.value).toBe(wwLatest('AM24')[1]);
    const values = [...m.values.values()].map((v) => v.value as number);
    expect(new Set(values).size).toBeGreaterThan(20);
    // the regions spread over the classes: no class holds nearly all of them (unlike 34 of 35 for kansberoepen)
    expect(m.classification.flat).toBe(false);
    expect(Math.max(...m.classification.entries.map((e) => e.regions))).toBeLessThan(25);
    expect(m.classification.entries.filter((e) => e.regions > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('the number of kansberoepen stays selectable and is marked national (ROA outlook only in this build)', async () => {
    const m = selectMeasure(await load(), DEFAULT_STATE.filters, 'kansberoepen', null);
    expect(m.status).toBe('ok');
    expect(m.scope).toBe('landelijk');
    expect(m.landelijk).toBe(true);
  });

  it('which measures are national and which regional', () => {
    expect(measureScope('kansberoepen', true)).toBe('landelijk');
    expect(measureScope('tension', true)).toBe('landelijk');
    expect(measureScope('kansberoepen', false)).toBe('regional');
    for (const id of ['unemployment', 'wwPer100', 'jobs', 'offers'] as const) expect(measureScope(id, true)).toBe('regional');
  });
});

describe('links from before the change (v2) keep their measure', () => {
  it('a v2 link without m opens the number of kansberoepen, as it did when it was made', () => {
    const r = decodeUrlState('?v=2&r=AM01');
    expect(r.notices).toEqual([]);
    expect(r.state.view.measure).toBe('kansberoepen');
    expect(r.state.filters.region).toBe('AM01');
    expect(encodeUrlState(r.state)).toBe('v=3&r=AM01&m=kansberoepen');
  });

  it('a v2 link with m keeps it; a v3 link without m and a typed link without v get the new default', () => {
    expect(decodeUrlState('?v=2&m=offers').state.view.measure).toBe('offers');
    expect(decodeUrlState('?v=3&r=AM01').state.view.measure).toBe('wwPer100');
    expect(decodeUrlState('?r=AM01').state.view.measure).toBe('wwPer100');
    expect(encodeUrlState(DEFAULT_STATE)).toBe('v=3');
  });
});
