/**
 * Generated hostile links (seeded, so every run tests the same 1,000): random junk, truncated links, oversized
 * links, wrong types in known parameters, and script payloads. Each link says what a correct decoder must do
 * with it: which parameters must be dropped with a notice (`bad`), which valid ones must survive (`keep`), and
 * whether the whole link must be ignored (`allDefault`). Expectations are written here by hand from the link
 * format in src/state/urlState.ts (link version 2; links without `v` are read as older versions and migrated),
 * not computed by the codec.
 */
import { seededRng, type Rng } from './rng';
import { XSS_PAYLOADS } from './xssPayloads';

export const URL_CATEGORIES = ['random', 'truncated', 'oversized', 'wrongType', 'script'] as const;
export type UrlCategory = (typeof URL_CATEGORIES)[number];

export interface HostileUrl {
  category: UrlCategory;
  /** the query string, with its leading '?' */
  query: string;
  /** parameter names that must be dropped and named in a notice */
  bad: string[];
  /** valid parameters (name → raw value) that must still apply */
  keep: Record<string, string>;
  /** the whole link must be ignored (state = defaults) with a notice */
  allDefault: boolean;
  /** script links: where the payload sits */
  form?: ScriptForm;
}

export const SCRIPT_FORMS = ['knownValue', 'unknownValue', 'name', 'freeText'] as const;
export type ScriptForm = (typeof SCRIPT_FORMS)[number];

/** Valid parameters whose effect on the state a test can check directly (see `companionValue`). */
export const COMPANIONS: Record<string, readonly string[]> = {
  r: ['AM01', 'AM05', 'AM36', 'PV22'],
  lang: ['en'],
  m: ['tension', 'offers', 'unemployment'],
  o: ['1051', '2311'],
  view: ['table', 'route', 'compare'],
};

/** Wrong values for each known parameter: the wrong type, the wrong shape, or out of range. */
const WRONG: Record<string, readonly string[]> = {
  v: ['abc', '1.5', '-1', '99', 'NaN'],
  r: ['12', 'true', 'AM1', 'am01', 'AM001', 'GM0106', '[AM01]', '{"r":"AM01"}', 'null', 'AM01,AM02'],
  s: ['1', 'ten', '1.5', '-1', '100', '[10]', 'null'],
  l: ['3', 'mbo9', 'MBO3', 'true', '{}'],
  lw: ['bbl', 'BOLL', '1'],
  k: ['school', 'MBO', '0'],
  kb: ['true', 'yes', '2', '', '-1'],
  near: ['abc', '6,52', '6,52,30,1', 'NaN,NaN,NaN', 'Infinity,52,30', '6e0,52,30', '999,52,30', '6,52,1000', '0x6,52,30', '6,52,-30'],
  o: ['12345', 'abc', '12.5', '-123', '10 51'],
  of: ['<b>', 'a b', 'x'.repeat(81), 'ab/cd'],
  m: ['1', 'evil', 'Tension', 'constructor'],
  view: ['1', 'Map', 'print', '__proto__'],
  lang: ['de', 'NL', '1', 'toString'],
  ed: ['UPPER', 'a b', 'x'.repeat(41), '../../etc'],
  cmp: ['AM01', 'AM01,AM01', 'AM01,AM02,AM03', 'x,y'],
  embed: ['true', 'yes', '00'],
  present: ['true', 'on'],
  rf: ['123', 'abcd'],
  rt: ['123', 'abcd', '1051,1052'],
  rfl: ['   ', '\u0001\u0002'],
  cam: ['1,2', 'NaN,1,2', '5,52,99', '5,52,10,1', '{"lon":5}', '6,53,5,52', '4,52,4,52', '99,52,100,53'],
};

/** Parameters whose value is free text: a payload there may be kept as harmless text instead of dropped. */
const FREE_TEXT = new Set(['nl', 'rfl']);
const KNOWN = Object.keys(WRONG);
const JUNK_CHARS = ['a', 'Z', '0', '9', '&', '=', '?', '#', '%', '%2', '%zz', '%00', '%ED%A0%80', '%C0%AF', '+', ';', ',', ' ', 'é', '😀', '\u202e', '\u0000', '\u001f', '<', '>', '"', "'", '/', '\\', '[', ']', '{', '}'];

const enc = encodeURIComponent;
const pair = (k: string, v: string) => `${enc(k)}=${enc(v)}`;

function companions(rng: Rng, avoid: readonly string[], n: number): Record<string, string> {
  const keep: Record<string, string> = {};
  const names = Object.keys(COMPANIONS).filter((k) => !avoid.includes(k));
  for (let i = 0; i < n && names.length; i++) {
    const name = names.splice(rng.int(0, names.length - 1), 1)[0]!;
    keep[name] = rng.pick(COMPANIONS[name]!);
  }
  return keep;
}

function build(category: UrlCategory, parts: string[], bad: string[], keep: Record<string, string>, allDefault = false): HostileUrl {
  return { category, query: `?${parts.join('&')}`, bad, keep, allDefault };
}

function randomUrl(rng: Rng): HostileUrl {
  const segments: string[] = [];
  for (let i = rng.int(0, 8); i > 0; i--) {
    const key = rng.chance(0.5) ? rng.pick(KNOWN) : Array.from({ length: rng.int(0, 6) }, () => rng.pick(JUNK_CHARS)).join('');
    const value = Array.from({ length: rng.int(0, 40) }, () => rng.pick(JUNK_CHARS)).join('');
    segments.push(rng.chance(0.7) ? `${key}=${value}` : `${enc(key)}=${enc(value)}`);
  }
  const joiner = rng.pick(['&', '&&', ';', '&=&']);
  return { category: 'random', query: `?${segments.join(joiner)}`, bad: [], keep: {}, allDefault: false };
}

function truncatedUrl(rng: Rng): HostileUrl {
  const keep = companions(rng, [], rng.int(2, 5));
  const extra = [
    'v=1',
    'near=6.47644,52.72335,30',
    `nl=${enc('Hoogeveen (Drenthe)')}`,
    's=10,07,05',
    'l=mbo2,mbo3,mbo4',
    'cam=6.5,53.1,8.25',
    'rfl=kapper',
  ];
  const parts = rng.shuffle([...Object.entries(keep).map(([k, v]) => pair(k, v)), ...extra]);
  const full = parts.join('&');
  const cut = rng.int(1, full.length - 1);
  const query = full.slice(0, cut);
  // A companion survives when its whole `name=value` lies before the cut and is followed by '&'.
  const survived: Record<string, string> = {};
  for (const [k, v] of Object.entries(keep)) {
    const at = query.indexOf(`${pair(k, v)}&`);
    if (at === 0 || (at > 0 && query[at - 1] === '&')) survived[k] = v;
  }
  return { category: 'truncated', query: `?${query}`, bad: [], keep: survived, allDefault: false };
}

function oversizedUrl(rng: Rng): HostileUrl {
  switch (rng.int(0, 4)) {
    case 0: {
      // the whole link longer than any real one: ignored as a whole
      const pad = 'a'.repeat(rng.int(4001, 20_000));
      return build('oversized', ['r=AM01', `x=${pad}`], [], {}, true);
    }
    case 1: {
      // one known parameter far too long
      const name = rng.pick(KNOWN.filter((k) => k !== 'v'));
      const keep = companions(rng, [name], 1);
      const unit = rng.pick(['A', '1', ',', 'AM01,']);
      // longer than a parameter may be (200), shorter than a whole link may be (4,000) once percent-encoded
      const value = unit.repeat(Math.min(rng.int(201, 900), Math.floor(3500 / enc(unit).length)));
      return build('oversized', [pair(name, value), ...Object.entries(keep).map(([k, v]) => pair(k, v))], [name], keep);
    }
    case 2: {
      // a list with more items than any filter has
      // (sectors: distinct codes, so only the length is wrong; the short lists must repeat items)
      const name = rng.pick(['s', 's', 'l', 'lw', 'k']);
      const n = rng.int(21, 60);
      const items = name === 's' ? Array.from({ length: n }, (_, i) => String(i + 10)) : Array<string>(n).fill({ l: 'mbo3', lw: 'BBL', k: 'mbo' }[name]!);
      const keep = companions(rng, [], 1);
      return build('oversized', [`${name}=${items.join(',')}`, ...Object.entries(keep).map(([k, v]) => pair(k, v))], [name], keep);
    }
    case 3: {
      // very many unknown parameters
      const names = Array.from({ length: rng.int(50, 250) }, (_, i) => `p${i}`);
      const keep = companions(rng, [], 1);
      return build('oversized', [...names.map((n) => `${n}=1`), ...Object.entries(keep).map(([k, v]) => pair(k, v))], names, keep);
    }
    default: {
      // huge numbers where coordinates belong
      const name = rng.pick(['near', 'cam']);
      const big = '9'.repeat(rng.int(16, 180));
      return build('oversized', [`${name}=${big},${big},${big}`], [name], {});
    }
  }
}

function wrongTypeUrl(rng: Rng): HostileUrl {
  const names = rng.shuffle([...KNOWN]).slice(0, rng.int(1, 3));
  const parts = names.map((n) => pair(n, rng.pick(WRONG[n]!)));
  // a bare `v=` with a wrong value is still a notice; the other parameters apply as version 1
  const keep = companions(rng, names, rng.int(0, 2));
  parts.push(...Object.entries(keep).map(([k, v]) => pair(k, v)));
  return build('wrongType', rng.shuffle(parts), names, keep);
}

function scriptUrl(rng: Rng): HostileUrl {
  const payload = rng.pick(XSS_PAYLOADS);
  const keep = companions(rng, [], rng.int(0, 1));
  const rest = Object.entries(keep).map(([k, v]) => pair(k, v));
  switch (rng.int(0, 3)) {
    case 0: {
      const name = rng.pick(KNOWN.filter((k) => !FREE_TEXT.has(k) && !(k in keep) && k !== 'v'));
      return { ...build('script', [pair(name, payload), ...rest], [name], keep), form: 'knownValue' };
    }
    case 1: {
      const name = `x${rng.int(0, 99)}`;
      return { ...build('script', [pair(name, payload), ...rest], [name], keep), form: 'unknownValue' };
    }
    case 2: {
      // the payload as a parameter name: named (cut to 30 characters) in the notice, as text
      return { ...build('script', [`${enc(payload)}=1`, ...rest], [payload.slice(0, 30)], keep), form: 'name' };
    }
    default: {
      // free text: may be kept, but only as plain text without markup characters
      const name = rng.pick([...FREE_TEXT]);
      const parts = name === 'nl' ? ['near=6.47644,52.72335,30', pair('nl', payload)] : [pair('rfl', payload)];
      return { ...build('script', [...parts, ...rest], [], keep), form: 'freeText' };
    }
  }
}

const MAKERS: Record<UrlCategory, (rng: Rng) => HostileUrl> = {
  random: randomUrl,
  truncated: truncatedUrl,
  oversized: oversizedUrl,
  wrongType: wrongTypeUrl,
  script: scriptUrl,
};

/** `perCategory` links of each category, interleaved, from a fixed seed. */
export function generateHostileUrls(perCategory = 200, seed = 20_261_123): HostileUrl[] {
  const rng = seededRng(seed);
  const out: HostileUrl[] = [];
  for (let i = 0; i < perCategory; i++) for (const c of URL_CATEGORIES) out.push(MAKERS[c](rng));
  return out;
}
