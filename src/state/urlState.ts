/**
 * The only URL codec. Writes only values that differ from the defaults (the app's, or the regional edition's),
 * carries a version number (`v`) and migrates links written by older versions (urlMigrations.ts). Decoding never
 * throws: anything malformed, unknown or out of range is dropped and reported as a notice, and the rest of the
 * link still applies.
 *
 * Every parameter is one entry in FIELDS: how to read it, how to write it, and where it lives in the state.
 * An empty value (`r=`, `s=`) means "none"; it is written only when an edition's default is something else.
 */
import { LEERWEGEN, LEVELS, OFFER_KINDS, type Leerweg, type Level, type OfferKind } from '../data/schemas';
import {
  DEFAULT_STATE,
  type Camera,
  type Lang,
  type MeasureId,
  type NearPoint,
  type PersonLevel,
  type ShareableState,
  type ViewMode,
} from './types';
import { MIGRATIONS } from './urlMigrations';

export const URL_VERSION = 3;

const MEASURES: readonly MeasureId[] = ['kansberoepen', 'tension', 'offers', 'unemployment', 'wwPer100', 'jobs'];
const MODES: readonly ViewMode[] = ['map', 'table', 'route', 'compare'];
const LANGS: readonly Lang[] = ['nl', 'en'];
const PERSON_LEVELS: readonly PersonLevel[] = ['none', ...LEVELS];

const MAX_LINK = 4000;
const MAX_PARAM = 200;
const MAX_LIST = 20;

const REGION_RE = /^(AM\d{2}|PV\d{2})$/;
const KLASSE_RE = /^\d{2}$/;
const GROEP_RE = /^\d{4}$/;
const OFFER_ID_RE = /^[A-Za-z0-9._:-]{1,80}$/;
export const EDITION_RE = /^[a-z0-9-]{1,40}$/;

export interface DecodeResult {
  state: ShareableState;
  /** parameters that were dropped, with why (shown as a small notice) */
  notices: { param: string; reason: string }[];
}

/** The defaults a link is written against: the app's, or those of a regional edition (by id; null = the build's own). */
export type BaseOf = (edition: string | null) => ShareableState;
const appDefaults: BaseOf = () => DEFAULT_STATE;

/** A value that could not be read. */
const BAD = Symbol('bad');
type Read<T> = T | typeof BAD;

interface Field<T> {
  param: string;
  /** further parameters this field writes (read together with `param`) */
  also?: string[];
  get(s: ShareableState): T;
  set(s: ShareableState, v: T): void;
  read(raw: string, p: URLSearchParams): Read<T>;
  write(v: T, p: URLSearchParams): void;
}

const field = <T,>(f: Field<T>) => f as Field<unknown>;

const isIn =
  <T extends string>(xs: readonly T[]) =>
  (x: string): x is T =>
    (xs as readonly string[]).includes(x);
const matches = (re: RegExp) => (x: string): x is string => re.test(x);

function num(raw: string | undefined, min: number, max: number): number | null {
  if (raw === undefined || !/^-?\d{1,3}(\.\d{1,7})?$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/**
 * Free text from a link (place label): plain text only, short. A text with control characters or markup brackets
 * is refused whole (and the link's reader told), not quietly cut down to something else.
 */
export function cleanText(raw: string): string | null {
  if (/[\u0000-\u001f\u007f<>]/.test(raw)) return null;
  const t = raw.trim();
  return t.length > 0 && t.length <= 60 ? t : null;
}

/** Labels that ride along with another field (the home point's place name): a bad one goes, the field stays. */
const LABEL_PARAMS = ['nl'] as const;

const round = (n: number, d: number) => String(Number(n.toFixed(d)));

function listField<T extends string>(param: string, ok: (x: string) => x is T, key: 'sectors' | 'levels' | 'leerwegen' | 'offerKinds') {
  return field<T[]>({
    param,
    get: (s) => s.filters[key] as T[],
    set: (s, v) => {
      (s.filters[key] as T[]) = v;
    },
    read: (raw) => {
      if (raw === '') return [];
      const parts = raw.split(',');
      if (parts.length > MAX_LIST) return BAD;
      const values = [...new Set(parts)];
      return values.every(ok) ? values : BAD;
    },
    write: (v, p) => p.set(param, v.join(',')),
  });
}

/** A nullable code; an empty value means "none". */
function codeField(param: string, re: RegExp, get: (s: ShareableState) => string | null, set: (s: ShareableState, v: string | null) => void) {
  return field<string | null>({
    param,
    get,
    set,
    read: (raw) => (raw === '' ? null : re.test(raw) ? raw : BAD),
    write: (v, p) => p.set(param, v ?? ''),
  });
}

function enumField<T extends string>(param: string, xs: readonly T[], key: 'measure' | 'mode' | 'lang') {
  return field<T>({
    param,
    get: (s) => s.view[key] as T,
    set: (s, v) => {
      (s.view[key] as T) = v;
    },
    read: (raw) => (isIn(xs)(raw) ? raw : BAD),
    write: (v, p) => p.set(param, v),
  });
}

function flagField(param: string, get: (s: ShareableState) => boolean, set: (s: ShareableState, v: boolean) => void) {
  return field<boolean>({
    param,
    get,
    set,
    read: (raw) => (raw === '1' ? true : raw === '0' ? false : BAD),
    write: (v, p) => p.set(param, v ? '1' : '0'),
  });
}

const nearField = field<NearPoint | null>({
  param: 'near',
  also: ['nl'],
  get: (s) => s.filters.near,
  set: (s, v) => {
    s.filters.near = v;
  },
  read: (raw, p) => {
    if (raw === '') return null;
    const parts = raw.split(',');
    const lon = num(parts[0], 3, 7.5);
    const lat = num(parts[1], 50.5, 53.9);
    const radiusKm = num(parts[2], 5, 75);
    if (lon === null || lat === null || radiusKm === null || parts.length !== 3) return BAD;
    return { lon, lat, radiusKm, label: cleanText(p.get('nl') ?? '') ?? '' };
  },
  write: (v, p) => {
    p.set('near', v ? `${round(v.lon, 5)},${round(v.lat, 5)},${v.radiusKm}` : '');
    if (v?.label) p.set('nl', v.label);
  },
});

const cameraField = field<Camera | null>({
  param: 'cam',
  get: (s) => s.camera,
  set: (s, v) => {
    s.camera = v;
  },
  read: (raw) => {
    if (raw === '') return null;
    const parts = raw.split(',');
    const [west, south, east, north] = [num(parts[0], 0, 10), num(parts[1], 49, 55.5), num(parts[2], 0, 10), num(parts[3], 49, 55.5)];
    if (parts.length !== 4 || west === null || south === null || east === null || north === null) return BAD;
    // at least ~100 m across, and the right way round
    if (east - west < 0.001 || north - south < 0.001) return BAD;
    return { west, south, east, north };
  },
  write: (v, p) => p.set('cam', v ? [v.west, v.south, v.east, v.north].map((n) => round(n, 4)).join(',') : ''),
});

const compareField = field<[string, string] | null>({
  param: 'cmp',
  get: (s) => s.view.compare,
  set: (s, v) => {
    s.view.compare = v;
  },
  read: (raw) => {
    if (raw === '') return null;
    const parts = raw.split(',');
    return parts.length === 2 && parts.every((x) => REGION_RE.test(x)) && parts[0] !== parts[1] ? [parts[0]!, parts[1]!] : BAD;
  },
  write: (v, p) => p.set('cmp', v ? v.join(',') : ''),
});

const FIELDS: Field<unknown>[] = [
  listField('s', matches(KLASSE_RE), 'sectors'),
  codeField('r', REGION_RE, (s) => s.filters.region, (s, v) => (s.filters.region = v)),
  listField<Level>('l', isIn(LEVELS), 'levels'),
  listField<Leerweg>('lw', isIn(LEERWEGEN), 'leerwegen'),
  listField<OfferKind>('k', isIn(OFFER_KINDS), 'offerKinds'),
  flagField('kb', (s) => s.filters.onlyKansberoepen, (s, v) => (s.filters.onlyKansberoepen = v)),
  nearField,
  codeField('o', GROEP_RE, (s) => s.selection.occupation, (s, v) => (s.selection.occupation = v)),
  codeField('of', OFFER_ID_RE, (s) => s.selection.offer, (s, v) => (s.selection.offer = v)),
  codeField('sl', OFFER_ID_RE, (s) => s.selection.school, (s, v) => (s.selection.school = v)),
  enumField('m', MEASURES, 'measure'),
  enumField('view', MODES, 'mode'),
  enumField('lang', LANGS, 'lang'),
  compareField,
  flagField('embed', (s) => s.view.embed, (s, v) => (s.view.embed = v)),
  flagField('present', (s) => s.view.presentation, (s, v) => (s.view.presentation = v)),
  codeField('rf', GROEP_RE, (s) => s.route.from, (s, v) => (s.route.from = v)),
  field<string | null>({
    param: 'rfl',
    get: (s) => s.route.fromLabel,
    set: (s, v) => {
      s.route.fromLabel = v;
    },
    read: (raw) => (raw === '' ? null : (cleanText(raw) ?? BAD)),
    write: (v, p) => p.set('rfl', v ?? ''),
  }),
  codeField('rt', GROEP_RE, (s) => s.route.to, (s, v) => (s.route.to = v)),
  field<PersonLevel | null>({
    param: 'rl',
    get: (s) => s.route.level,
    set: (s, v) => {
      s.route.level = v;
    },
    read: (raw) => (raw === '' ? null : isIn(PERSON_LEVELS)(raw) ? raw : BAD),
    write: (v, p) => p.set('rl', v ?? ''),
  }),
  cameraField,
];

/** Every parameter this codec knows. Anything else in a link is dropped with a notice. */
const KNOWN = new Set(['v', 'ed', ...FIELDS.flatMap((f) => [f.param, ...(f.also ?? [])])]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function decodeUrlState(search: string, baseOf: BaseOf = appDefaults): DecodeResult {
  const notices: DecodeResult['notices'] = [];
  const drop = (param: string, reason = 'invalid value') => notices.push({ param: param.slice(0, 30), reason });
  const tooLong = search.length > MAX_LINK;
  if (tooLong) drop('*', 'link too long');
  let params = new URLSearchParams(tooLong ? '' : search);

  const vRaw = params.get('v');
  let version = vRaw === null ? 0 : Number(vRaw);
  if (!/^\d{1,3}$/.test(vRaw ?? '0') || version > URL_VERSION) {
    drop('v', 'unknown link version');
    version = URL_VERSION;
  }
  for (; version < URL_VERSION; version++) params = MIGRATIONS[version]?.(params) ?? params;

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) drop(key, 'unknown parameter');
    else if ((params.get(key) ?? '').length > MAX_PARAM) {
      drop(key, 'value too long');
      params.delete(key);
    }
  }

  for (const key of LABEL_PARAMS) {
    const raw = params.get(key);
    if (raw !== null && raw !== '' && cleanText(raw) === null) {
      drop(key);
      params.delete(key);
    }
  }

  // The edition first: its defaults are what the rest of the link is written against.
  let base = baseOf(null);
  const ed = params.get('ed');
  if (ed !== null && ed !== '' && ed !== base.view.edition) {
    if (EDITION_RE.test(ed) && baseOf(ed).view.edition === ed) base = baseOf(ed);
    else drop('ed', 'unknown edition');
  }
  const state = structuredClone(base);
  for (const f of FIELDS) {
    const raw = params.get(f.param);
    if (raw === null) continue;
    const value = f.read(raw, params);
    if (value === BAD) drop(f.param);
    else f.set(state, value);
  }
  return { state, notices };
}

/** Encode state as a query string (without '?'), writing only what differs from the defaults. */
export function encodeUrlState(state: ShareableState, baseOf: BaseOf = appDefaults): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_VERSION));
  const own = baseOf(null);
  if (state.view.edition && state.view.edition !== own.view.edition) p.set('ed', state.view.edition);
  const base = state.view.edition === own.view.edition ? own : baseOf(state.view.edition);
  for (const f of FIELDS) {
    const v = f.get(state);
    if (!same(v, f.get(base))) f.write(v, p);
  }
  return p.toString().replace(/%2C/g, ',');
}
