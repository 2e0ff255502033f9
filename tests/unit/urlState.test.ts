import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from '../../src/state/urlState';
import { DEFAULT_STATE, type ShareableState } from '../../src/state/types';

const withChanges = (fn: (s: ShareableState) => void): ShareableState => {
  const s = structuredClone(DEFAULT_STATE);
  fn(s);
  return s;
};

describe('urlState codec', () => {
  it('writes only the version for the default view', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('v=1');
  });

  it('round-trips a non-trivial view', () => {
    const s = withChanges((s) => {
      s.filters.sectors = ['10', '07'];
      s.filters.region = 'AM01';
      s.filters.levels = ['mbo3'];
      s.filters.leerwegen = ['BBL'];
      s.filters.offerKinds = ['mbo', 'short-course'];
      s.filters.onlyKansberoepen = true;
      s.filters.near = { lon: 6.4764, lat: 52.7233, radiusKm: 30, label: 'Hoogeveen' };
      s.selection.occupation = '1051';
      s.view.measure = 'unemployment';
      s.view.lang = 'en';
      s.view.mode = 'table';
      s.route = { from: '1121', fromLabel: 'kapper', to: '1051' };
      s.camera = { lon: 6.5, lat: 53.1, zoom: 8.25 };
    });
    const q = encodeUrlState(s);
    expect(q).toContain('s=10,07');
    const back = decodeUrlState(`?${q}`);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
  });

  it('drops tampered values with a notice and keeps the rest', () => {
    const r = decodeUrlState('?v=1&r=AM01&s=10,<script>&l=mbo9&near=999,1,30&m=evil&xss=%3Cimg%20onerror%3Dalert(1)%3E&cam=NaN,1,2');
    expect(r.state.filters.region).toBe('AM01');
    expect(r.state.filters.sectors).toEqual(['10']);
    expect(r.state.filters.levels).toEqual([]);
    expect(r.state.filters.near).toBeNull();
    expect(r.state.view.measure).toBe('kansberoepen');
    expect(r.state.camera).toBeNull();
    expect(r.notices.map((n) => n.param).sort()).toEqual(['cam', 'l', 'm', 'near', 's', 'xss']);
  });

  it('accepts a link without a version (v0) and rejects a future version with a notice', () => {
    expect(decodeUrlState('?r=AM03').state.filters.region).toBe('AM03');
    const future = decodeUrlState('?v=99&r=AM03');
    expect(future.state.filters.region).toBe('AM03');
    expect(future.notices).toEqual([{ param: 'v', reason: 'unknown link version' }]);
  });

  it('ignores oversized links entirely', () => {
    const r = decodeUrlState(`?r=AM01&x=${'a'.repeat(5000)}`);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.notices[0]?.reason).toBe('link too long');
  });

  it('strips markup from free text', () => {
    const r = decodeUrlState('?near=6.47,52.72,30&nl=%3Cb%3EHoogeveen%3C%2Fb%3E');
    expect(r.state.filters.near?.label).toBe('bHoogeveen/b');
  });
});
