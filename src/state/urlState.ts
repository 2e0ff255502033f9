/**
 * The only URL codec. Writes only values that differ from the defaults, carries a version number (`v`)
 * and migrates links written by older versions. Decoding never throws: anything malformed, unknown or
 * out of range is dropped and reported as a notice, and the rest of the link still applies.
 */
import { LEERWEGEN, LEVELS, OFFER_KINDS, type Leerweg, type Level, type OfferKind } from '../data/schemas';
import {
  DEFAULT_STATE,
  type Camera,
  type Lang,
  type MeasureId,
  type ShareableState,
  type ViewMode,
} from './types';

export const URL_VERSION = 1;

const MEASURES: readonly MeasureId[] = ['kansberoepen', 'tension', 'offers', 'unemployment', 'wwPer100', 'jobs'];
const MODES: readonly ViewMode[] = ['map', 'table', 'route', 'compare'];
const LANGS: readonly Lang[] = ['nl', 'en'];

/** Every parameter this codec knows. Anything else in a link is dropped with a notice. */
const KNOWN = new Set([
  'v', 's', 'r', 'l', 'lw', 'k', 'kb', 'near', 'nl', 'o', 'of', 'm', 'view', 'lang', 'ed', 'cmp', 'embed', 'present', 'rf', 'rfl', 'rt', 'cam',
]);

const MAX_PARAM = 200;
const MAX_LIST = 20;

const REGION_RE = /^(AM\d{2}|PV\d{2})$/;
const KLASSE_RE = /^\d{2}$/;
const GROEP_RE = /^\d{4}$/;
const OFFER_ID_RE = /^[A-Za-z0-9._:-]{1,80}$/;
const EDITION_RE = /^[a-z0-9-]{1,40}$/;

export interface DecodeResult {
  state: ShareableState;
  /** parameters that were dropped, with why (shown as a small notice) */
  notices: { param: string; reason: string }[];
}

/** Migrations from older link versions to the next one. Key = the version migrated *from*. */
const MIGRATIONS: Record<number, (p: URLSearchParams) => URLSearchParams> = {
  // v0: links without `v` (none were published before v1; kept as the identity so a bare link decodes).
  0: (p) => p,
};

function list<T extends string>(raw: string | null, allowed: (x: string) => x is T): { values: T[]; bad: boolean } {
  if (raw === null || raw === '') return { values: [], bad: false };
  const parts = raw.split(',').slice(0, MAX_LIST + 1);
  const values: T[] = [];
  let bad = parts.length > MAX_LIST;
  for (const p of parts.slice(0, MAX_LIST)) {
    if (allowed(p) && !values.includes(p)) values.push(p);
    else bad = true;
  }
  return { values, bad };
}

const isIn =
  <T extends string>(xs: readonly T[]) =>
  (x: string): x is T =>
    (xs as readonly string[]).includes(x);
const matches = (re: RegExp) => (x: string): x is string => re.test(x);

function num(raw: string, min: number, max: number): number | null {
  if (!/^-?\d{1,3}(\.\d{1,7})?$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** Free text from a link (place label): plain text only, short, no control characters. */
function cleanText(raw: string): string | null {
  const t = raw.replace(/[\u0000-\u001f\u007f<>]/g, '').trim();
  return t.length > 0 && t.length <= 60 ? t : null;
}

export function decodeUrlState(search: string): DecodeResult {
  const notices: DecodeResult['notices'] = [];
  const state: ShareableState = structuredClone(DEFAULT_STATE);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    return { state, notices: [{ param: '*', reason: 'unreadable link' }] };
  }
  if (search.length > 4000) notices.push({ param: '*', reason: 'link too long' });

  const vRaw = params.get('v');
  let version = vRaw === null ? 0 : Number(vRaw);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) {
    notices.push({ param: 'v', reason: 'unknown link version' });
    version = URL_VERSION;
  }
  while (version < URL_VERSION) {
    const migrate = MIGRATIONS[version];
    if (migrate) params = migrate(params);
    version++;
  }

  const drop = (param: string, reason = 'invalid value') => notices.push({ param, reason });
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) drop(key.slice(0, 30), 'unknown parameter');
    else if ((params.get(key) ?? '').length > MAX_PARAM) {
      drop(key, 'value too long');
      params.delete(key);
    }
  }

  const f = state.filters;
  const s = list(params.get('s'), matches(KLASSE_RE));
  f.sectors = s.values;
  if (s.bad) drop('s');
  const l = list<Level>(params.get('l'), isIn(LEVELS));
  f.levels = l.values;
  if (l.bad) drop('l');
  const lw = list<Leerweg>(params.get('lw'), isIn(LEERWEGEN));
  f.leerwegen = lw.values;
  if (lw.bad) drop('lw');
  const k = list<OfferKind>(params.get('k'), isIn(OFFER_KINDS));
  f.offerKinds = k.values;
  if (k.bad) drop('k');

  const r = params.get('r');
  if (r !== null) {
    if (REGION_RE.test(r)) f.region = r;
    else drop('r');
  }
  const kb = params.get('kb');
  if (kb !== null) {
    if (kb === '1') f.onlyKansberoepen = true;
    else drop('kb');
  }
  const near = params.get('near');
  if (near !== null) {
    const [lo, la, rad, ...rest] = near.split(',');
    const lon = lo === undefined ? null : num(lo, 3, 7.5);
    const lat = la === undefined ? null : num(la, 50.5, 53.9);
    const radiusKm = rad === undefined ? null : num(rad, 5, 75);
    const label = cleanText(params.get('nl') ?? '') ?? '';
    if (lon !== null && lat !== null && radiusKm !== null && rest.length === 0) f.near = { lon, lat, radiusKm, label };
    else drop('near');
  }

  const sel = state.selection;
  const o = params.get('o');
  if (o !== null) {
    if (GROEP_RE.test(o)) sel.occupation = o;
    else drop('o');
  }
  const of = params.get('of');
  if (of !== null) {
    if (OFFER_ID_RE.test(of)) sel.offer = of;
    else drop('of');
  }

  const v = state.view;
  const m = params.get('m');
  if (m !== null) {
    if (isIn(MEASURES)(m)) v.measure = m;
    else drop('m');
  }
  const mode = params.get('view');
  if (mode !== null) {
    if (isIn(MODES)(mode)) v.mode = mode;
    else drop('view');
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isIn(LANGS)(lang)) v.lang = lang;
    else drop('lang');
  }
  const ed = params.get('ed');
  if (ed !== null) {
    if (EDITION_RE.test(ed)) v.edition = ed;
    else drop('ed');
  }
  const cmp = params.get('cmp');
  if (cmp !== null) {
    const parts = cmp.split(',');
    if (parts.length === 2 && parts.every((p) => REGION_RE.test(p)) && parts[0] !== parts[1]) v.compare = [parts[0]!, parts[1]!];
    else drop('cmp');
  }
  for (const [param, key] of [
    ['embed', 'embed'],
    ['present', 'presentation'],
  ] as const) {
    const raw = params.get(param);
    if (raw === null) continue;
    if (raw === '1') v[key] = true;
    else drop(param);
  }

  const rt = state.route;
  const rf = params.get('rf');
  if (rf !== null) {
    if (GROEP_RE.test(rf)) rt.from = rf;
    else drop('rf');
  }
  const rfl = params.get('rfl');
  if (rfl !== null) {
    const t = cleanText(rfl);
    if (t) rt.fromLabel = t;
    else drop('rfl');
  }
  const rto = params.get('rt');
  if (rto !== null) {
    if (GROEP_RE.test(rto)) rt.to = rto;
    else drop('rt');
  }

  const cam = params.get('cam');
  if (cam !== null) {
    const [lo, la, z, ...rest] = cam.split(',');
    const lon = lo === undefined ? null : num(lo, 2, 8.5);
    const lat = la === undefined ? null : num(la, 50, 54.5);
    const zoom = z === undefined ? null : num(z, 4, 16);
    if (lon !== null && lat !== null && zoom !== null && rest.length === 0) state.camera = { lon, lat, zoom };
    else drop('cam');
  }
  return { state, notices };
}

const round = (n: number, d: number) => String(Number(n.toFixed(d)));

export function encodeCamera(c: Camera): string {
  return `${round(c.lon, 4)},${round(c.lat, 4)},${round(c.zoom, 2)}`;
}

/** Encode state as a query string (without '?'), writing only non-default values. */
export function encodeUrlState(state: ShareableState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_STATE;
  p.set('v', String(URL_VERSION));
  const f = state.filters;
  if (f.sectors.length) p.set('s', f.sectors.join(','));
  if (f.region) p.set('r', f.region);
  if (f.levels.length) p.set('l', f.levels.join(','));
  if (f.leerwegen.length) p.set('lw', f.leerwegen.join(','));
  if (f.offerKinds.length) p.set('k', f.offerKinds.join(','));
  if (f.onlyKansberoepen) p.set('kb', '1');
  if (f.near) {
    p.set('near', `${round(f.near.lon, 5)},${round(f.near.lat, 5)},${f.near.radiusKm}`);
    if (f.near.label) p.set('nl', f.near.label);
  }
  if (state.selection.occupation) p.set('o', state.selection.occupation);
  if (state.selection.offer) p.set('of', state.selection.offer);
  const v = state.view;
  if (v.measure !== d.view.measure) p.set('m', v.measure);
  if (v.mode !== d.view.mode) p.set('view', v.mode);
  if (v.lang !== d.view.lang) p.set('lang', v.lang);
  if (v.edition) p.set('ed', v.edition);
  if (v.compare) p.set('cmp', v.compare.join(','));
  if (v.embed) p.set('embed', '1');
  if (v.presentation) p.set('present', '1');
  if (state.route.from) p.set('rf', state.route.from);
  if (state.route.fromLabel) p.set('rfl', state.route.fromLabel);
  if (state.route.to) p.set('rt', state.route.to);
  if (state.camera) p.set('cam', encodeCamera(state.camera));
  return p.toString().replace(/%2C/g, ',');
}
