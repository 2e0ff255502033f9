import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from '../../src/state/urlState';
import { DEFAULT_STATE, type ShareableState } from '../../src/state/types';
import { LEERWEGEN, LEVELS, OFFER_KINDS } from '../../src/data/schemas';
import { URL_CATEGORIES, generateHostileUrls, type HostileUrl } from '../lib/hostileUrls';

const urls = generateHostileUrls();

/** Where a companion parameter lands in the state (from the link format, written out by hand). */
const companionValue: Record<string, (s: ShareableState) => unknown> = {
  r: (s) => s.filters.region,
  lang: (s) => s.view.lang,
  m: (s) => s.view.measure,
  o: (s) => s.selection.occupation,
  view: (s) => s.view.mode,
};

const REGION = /^(AM|PV)\d{2}$/;
const FOUR = /^\d{4}$/;
const inRange = (n: number, lo: number, hi: number) => Number.isFinite(n) && n >= lo && n <= hi;
const plain = (t: string) => t.length <= 60 && !/[<>\u0000-\u001f\u007f]/.test(t);
const listOk = (xs: readonly string[], ok: (x: string) => boolean) => xs.length <= 20 && new Set(xs).size === xs.length && xs.every(ok);

/** Every field of a decoded state is something the app can safely use (checked without the codec). */
function saneProblems(s: ShareableState): string[] {
  const bad: string[] = [];
  const f = s.filters;
  if (!listOk(f.sectors, (x) => /^\d{2}$/.test(x))) bad.push('sectors');
  if (!listOk(f.levels, (x) => (LEVELS as readonly string[]).includes(x))) bad.push('levels');
  if (!listOk(f.leerwegen, (x) => (LEERWEGEN as readonly string[]).includes(x))) bad.push('leerwegen');
  if (!listOk(f.offerKinds, (x) => (OFFER_KINDS as readonly string[]).includes(x))) bad.push('offerKinds');
  if (f.region !== null && !REGION.test(f.region)) bad.push('region');
  if (typeof f.onlyKansberoepen !== 'boolean') bad.push('onlyKansberoepen');
  if (f.near && !(inRange(f.near.lon, 3, 7.5) && inRange(f.near.lat, 50.5, 53.9) && inRange(f.near.radiusKm, 5, 75) && plain(f.near.label))) bad.push('near');
  if (s.selection.occupation !== null && !FOUR.test(s.selection.occupation)) bad.push('occupation');
  if (s.selection.offer !== null && !/^[A-Za-z0-9._:-]{1,80}$/.test(s.selection.offer)) bad.push('offer');
  const v = s.view;
  if (!['map', 'table', 'route', 'compare'].includes(v.mode)) bad.push('mode');
  if (!['kansberoepen', 'tension', 'offers', 'unemployment', 'wwPer100', 'jobs'].includes(v.measure)) bad.push('measure');
  if (!['nl', 'en'].includes(v.lang)) bad.push('lang');
  if (v.edition !== null && !/^[a-z0-9-]{1,40}$/.test(v.edition)) bad.push('edition');
  if (v.compare && !(v.compare.length === 2 && v.compare.every((c) => REGION.test(c)) && v.compare[0] !== v.compare[1])) bad.push('compare');
  if (typeof v.embed !== 'boolean' || typeof v.presentation !== 'boolean') bad.push('flags');
  const r = s.route;
  if ((r.from !== null && !FOUR.test(r.from)) || (r.to !== null && !FOUR.test(r.to))) bad.push('route');
  if (r.fromLabel !== null && !(plain(r.fromLabel) && r.fromLabel.length > 0)) bad.push('fromLabel');
  const c = s.camera;
  if (c && !(inRange(c.west, 0, 10) && inRange(c.east, 0, 10) && inRange(c.south, 49, 55.5) && inRange(c.north, 49, 55.5) && c.east > c.west && c.north > c.south)) bad.push('camera');
  return bad;
}

describe('1,000 generated hostile links', () => {
  it('are the same 1,000 links on every run, 200 per category', () => {
    expect(urls).toHaveLength(1000);
    for (const c of URL_CATEGORIES) expect(urls.filter((u) => u.category === c)).toHaveLength(200);
    expect(generateHostileUrls()).toEqual(urls);
  });

  it('never make the decoder throw, and always decode to a state the app can use', () => {
    const problems: { query: string; bad: string[] }[] = [];
    for (const u of urls) {
      const { state } = decodeUrlState(u.query);
      const bad = saneProblems(state);
      if (bad.length) problems.push({ query: u.query.slice(0, 120), bad });
    }
    expect(problems).toEqual([]);
  });

  it('drop every bad parameter with a notice naming it, and keep the valid ones', () => {
    const failures: { u: HostileUrl; why: string }[] = [];
    for (const u of urls) {
      const { state, notices } = decodeUrlState(u.query);
      const named = new Set(notices.map((n) => n.param));
      for (const p of u.bad) if (!named.has(p)) failures.push({ u, why: `no notice for ${p}` });
      for (const [p, value] of Object.entries(u.keep)) {
        const got = companionValue[p]!(state);
        if (got !== value) failures.push({ u, why: `${p}=${value} became ${String(got)}` });
      }
      if (u.bad.length && notices.length === 0) failures.push({ u, why: 'no notice at all' });
    }
    expect(failures.map((f) => `${f.u.category} ${f.u.query.slice(0, 100)}: ${f.why}`)).toEqual([]);
  });

  it('ignore an oversized link as a whole, with a notice', () => {
    const whole = urls.filter((u) => u.allDefault);
    expect(whole.length).toBeGreaterThan(10);
    for (const u of whole) {
      const r = decodeUrlState(u.query);
      expect(r.state).toEqual(DEFAULT_STATE);
      expect(r.notices).toContainEqual({ param: '*', reason: 'link too long' });
    }
  });

  it('keep markup out of every field (free text may keep a payload only as plain text)', () => {
    for (const u of urls.filter((x) => x.category === 'script')) {
      const { state } = decodeUrlState(u.query);
      // "javascript:" may survive inside a place label, as harmless text; markup characters may not.
      expect(JSON.stringify(state)).not.toMatch(/[<>]/);
    }
  });

  it('re-encode to a clean link: what the app writes back decodes without notices to the same state', () => {
    for (const u of urls) {
      const { state } = decodeUrlState(u.query);
      const again = decodeUrlState(`?${encodeUrlState(state)}`);
      expect(again.notices).toEqual([]);
      expect(again.state).toEqual(state);
    }
  });

  it('do not pollute Object.prototype', () => {
    for (const u of urls) decodeUrlState(u.query);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
