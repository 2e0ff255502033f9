import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, type BaseOf } from '../../src/state/urlState';
import { centreZoomToBounds } from '../../src/state/urlMigrations';
import { DEFAULT_STATE, type ShareableState } from '../../src/state/types';

const withChanges = (fn: (s: ShareableState) => void, from: ShareableState = DEFAULT_STATE): ShareableState => {
  const s = structuredClone(from);
  fn(s);
  return s;
};

describe('urlState codec', () => {
  it('writes only the version for the default view', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('v=3');
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
      s.selection.offer = 'hovi:123-ab';
      s.view.measure = 'unemployment';
      s.view.lang = 'en';
      s.view.mode = 'compare';
      s.view.compare = ['AM01', 'AM03'];
      s.view.embed = true;
      s.view.presentation = true;
      s.route = { from: '1121', fromLabel: 'kapper', to: '1051', level: 'mbo2' };
      s.camera = { west: 5.9, south: 52.6, east: 7.3, north: 53.5 };
    });
    const q = encodeUrlState(s);
    expect(q).toBe(
      'v=3&s=10,07&r=AM01&l=mbo3&lw=BBL&k=mbo,short-course&kb=1&near=6.4764,52.7233,30&nl=Hoogeveen&o=1051&of=hovi%3A123-ab' +
        '&m=unemployment&view=compare&lang=en&cmp=AM01,AM03&embed=1&present=1&rf=1121&rfl=kapper&rt=1051&rl=mbo2&cam=5.9,52.6,7.3,53.5',
    );
    const back = decodeUrlState(`?${q}`);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
  });

  it('drops tampered values with a notice and keeps the rest', () => {
    const r = decodeUrlState('?v=2&r=AM01&s=10,<script>&l=mbo9&near=999,1,30&m=evil&xss=%3Cimg%20onerror%3Dalert(1)%3E&cam=NaN,1,2,3&cmp=AM01,AM01');
    expect(r.state.filters.region).toBe('AM01');
    // a list with one bad value is dropped whole: half a filter would show a view nobody chose
    expect(r.state.filters.sectors).toEqual([]);
    expect(r.state.filters.levels).toEqual([]);
    expect(r.state.filters.near).toBeNull();
    expect(r.state.view.measure).toBe(DEFAULT_STATE.view.measure);
    expect(r.state.view.compare).toBeNull();
    expect(r.state.camera).toBeNull();
    expect(r.notices.map((n) => n.param).sort()).toEqual(['cam', 'cmp', 'l', 'm', 'near', 's', 'xss']);
  });

  it('reads the person level of a route and drops an unknown one', () => {
    expect(decodeUrlState('?v=2&rl=none').state.route.level).toBe('none');
    const bad = decodeUrlState('?v=2&rl=phd&rf=1114');
    expect(bad.state.route).toEqual({ from: '1114', fromLabel: null, to: null, level: null });
    expect(bad.notices).toEqual([{ param: 'rl', reason: 'invalid value' }]);
  });

  it('rejects huge and inverted cameras', () => {
    expect(decodeUrlState('?v=2&cam=1e308,52,7,53').state.camera).toBeNull();
    expect(decodeUrlState('?v=2&cam=7,52,6,53').state.camera).toBeNull();
    expect(decodeUrlState('?v=2&cam=-400,52,7,53').state.camera).toBeNull();
  });

  it('accepts a link without a version (v0) and rejects a future version with a notice', () => {
    expect(decodeUrlState('?r=AM03').state.filters.region).toBe('AM03');
    const future = decodeUrlState('?v=99&r=AM03');
    expect(future.state.filters.region).toBe('AM03');
    expect(future.notices).toEqual([{ param: 'v', reason: 'unknown link version' }]);
  });

  it('migrates a v1 link: its centre/zoom camera becomes the area the 900×664 reference map pane showed', () => {
    // Hand-computed (Web Mercator, 512-px world at zoom 0): at zoom 7 the world is 65,536 px wide, so 450 px
    // either side of 6.5° E is ±2.4719°; 332 px up and down from 53° N is 51.8885°..54.0837° N.
    const r = decodeUrlState('?v=1&r=AM01&cam=6.5,53,7&m=tension');
    expect(r.notices).toEqual([]);
    expect(r.state.filters.region).toBe('AM01');
    expect(r.state.view.measure).toBe('tension');
    expect(r.state.camera).toEqual({ west: 4.0281, south: 51.8885, east: 8.9719, north: 54.0837 });
    const b = centreZoomToBounds(5, 52, 8);
    expect(b.east - b.west).toBeCloseTo((900 / (512 * 256)) * 360, 9);
  });

  it('drops a broken v1 camera with a notice instead of guessing', () => {
    const r = decodeUrlState('?v=1&cam=6.5,53');
    expect(r.state.camera).toBeNull();
    expect(r.notices).toEqual([{ param: 'cam', reason: 'invalid value' }]);
  });

  it('ignores oversized links entirely', () => {
    const r = decodeUrlState(`?r=AM01&x=${'a'.repeat(5000)}`);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.notices[0]?.reason).toBe('link too long');
  });

  it('refuses free text with markup or control characters, and says so; the home point itself stays', () => {
    const r = decodeUrlState('?v=3&near=6.47,52.72,30&nl=%3Cb%3EHoogeveen%3C%2Fb%3E');
    expect(r.state.filters.near).toEqual({ lon: 6.47, lat: 52.72, radiusKm: 30, label: '' });
    expect(r.notices).toEqual([{ param: 'nl', reason: 'invalid value' }]);
    const tab = decodeUrlState('?v=3&near=6.47,52.72,30&nl=Hoog%09eveen');
    expect(tab.state.filters.near?.label).toBe('');
    expect(tab.notices.map((n) => n.param)).toEqual(['nl']);
    const route = decodeUrlState('?v=3&view=route&rf=1121&rfl=%3Cimg%20src%3Dx%3Ekapper');
    expect(route.state.route.fromLabel).toBeNull();
    expect(route.state.route.from).toBe('1121');
    expect(route.notices).toEqual([{ param: 'rfl', reason: 'invalid value' }]);
    // plain text with spaces around it is trimmed, not refused
    expect(decodeUrlState('?v=3&near=6.47,52.72,30&nl=%20Hoogeveen%20').state.filters.near?.label).toBe('Hoogeveen');
  });

  describe('against an edition\'s defaults', () => {
    const noord = withChanges((s) => {
      s.view.edition = 'noord';
      s.filters.levels = ['mbo2', 'mbo3'];
      s.filters.onlyKansberoepen = true;
    });
    // the app's own build: "noord" is an edition that can be opened with ed=
    const appBuild: BaseOf = (ed) => (ed === 'noord' ? noord : DEFAULT_STATE);
    // the noord edition's own build: noord is the default
    const noordBuild: BaseOf = (ed) => (ed === null || ed === 'noord' ? noord : DEFAULT_STATE);

    it('opens an edition from ed= with its defaults, and writes only what differs from them', () => {
      const r = decodeUrlState('?v=3&ed=noord', appBuild);
      expect(r.state).toEqual(noord);
      expect(encodeUrlState(r.state, appBuild)).toBe('v=3&ed=noord');
      // clearing a default list or flag is written as an empty value / 0
      const cleared = withChanges((s) => {
        s.filters.levels = [];
        s.filters.onlyKansberoepen = false;
      }, noord);
      const q = encodeUrlState(cleared, appBuild);
      expect(q).toBe('v=3&ed=noord&l=&kb=0');
      expect(decodeUrlState(`?${q}`, appBuild).state).toEqual(cleared);
    });

    it('in the edition\'s own build the edition is the default and not written', () => {
      expect(encodeUrlState(noord, noordBuild)).toBe('v=3');
      expect(decodeUrlState('', noordBuild).state).toEqual(noord);
    });

    it('drops an unknown edition with a notice', () => {
      const r = decodeUrlState('?ed=zuid&r=AM01', appBuild);
      expect(r.state.view.edition).toBeNull();
      expect(r.state.filters.region).toBe('AM01');
      expect(r.notices).toEqual([{ param: 'ed', reason: 'unknown edition' }]);
    });
  });
});
