/**
 * The `offer` row type of the import CSV format (docs/import-format.md): a region or SBB brings its own list of
 * short courses, private courses or praktijkverklaring routes. Pure (runs in the build and in the browser): the
 * place is found through an OfferGeocoder over places.json (postcode → PC4 centroid, place name → place), so every
 * imported offer gets a point and region codes without guessing. Unknown level, leerweg or duration stay unknown.
 */
import { slug, type ImportRowReader, type RowTypeHandler } from './importCsv';
import { LEVELS, OFFER_KINDS, WEB_URL, type Leerweg, type Level, type OfferKind, type OfferRow, type PlaceRow } from './schemas';
import { indexPlaces, normalisePlaceName } from '../model/places';

export const OFFER_COLUMNS = [
  'provider', 'title', 'kind', 'level', 'leerweg', 'duration', 'postcode', 'place', 'address', 'groepen', 'sector', 'crebo', 'url',
  'example', 'note',
] as const;

export interface GeocodedPoint {
  lon: number;
  lat: number;
  arbeidsmarktregio: string;
  provincie: string;
  gemeente: string;
  /** the place name as places.json writes it */
  name: string;
  precision: 'postcode' | 'place';
}

export interface OfferGeocoder {
  byPostcode(pc4: string): GeocodedPoint | undefined;
  /** a place name; `areas` (AMxx/PVxx) pick among places of the same name */
  byPlace(name: string, areas?: readonly string[]): GeocodedPoint | undefined;
}

/** A geocoder over places.json rows: PC4 centroids and populated places with their region codes. */
export function placesGeocoder(rows: readonly PlaceRow[]): OfferGeocoder {
  const index = indexPlaces(rows);
  const point = (r: PlaceRow, precision: GeocodedPoint['precision']): GeocodedPoint => ({
    lon: r.lon, lat: r.lat, arbeidsmarktregio: r.arbeidsmarktregio, provincie: r.provincie, gemeente: r.gemeente, name: r.name, precision,
  });
  return {
    byPostcode(pc4) {
      const r = index.byPc4.get(pc4);
      return r && point(r, 'postcode');
    },
    byPlace(name, areas) {
      const rows = (index.byName.get(normalisePlaceName(name)) ?? []).filter((r) => r.kind === 'place');
      const inArea = areas ? rows.filter((r) => areas.includes(r.arbeidsmarktregio) || areas.includes(r.provincie)) : [];
      const r = inArea[0] ?? rows[0];
      return r && point(r, 'place');
    },
  };
}

const LEVEL_WORDS: Record<string, Level> = { entree: 'mbo1', 'mbo-1': 'mbo1', 'mbo 1': 'mbo1', 'mbo-2': 'mbo2', 'mbo 2': 'mbo2', 'mbo-3': 'mbo3', 'mbo 3': 'mbo3', 'mbo-4': 'mbo4', 'mbo 4': 'mbo4' };

/** 'mbo3', 'mbo 3', 'mbo-3', 'entree', 'hbo', 'praktijkverklaring' → a level; '' → undefined; anything else → null. */
export function parseLevel(raw: string): Level | undefined | null {
  const v = raw.trim().toLowerCase();
  if (!v) return undefined;
  if ((LEVELS as readonly string[]).includes(v)) return v as Level;
  return LEVEL_WORDS[v] ?? null;
}

/**
 * '12 maanden', '1 jaar', '6 weken', '9 months', '2 jaar; twee dagen school' → months (a leading number and unit);
 * anything else ('maximaal 1 jaar', 'verkort') → undefined, kept as text only.
 */
export function parseDurationMonths(raw: string): number | undefined {
  const m = /^(\d+(?:[.,]\d+)?)\s*(maand|maanden|month|months|jaar|year|years|week|weken|weeks)(?![\p{L}])/iu.exec(raw.trim());
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toLowerCase();
  const months = unit.startsWith('ma') || unit.startsWith('mo') ? n : unit.startsWith('ja') || unit.startsWith('y') ? n * 12 : (n * 12) / 52;
  return months > 0 ? Math.round(months * 10) / 10 : undefined;
}

const list = (v: string) => v.split(/[;,\s]+/).map((x) => x.trim()).filter(Boolean);

function leerwegen(r: ImportRowReader): Leerweg[] | undefined {
  const out: Leerweg[] = [];
  for (const w of list(r.get('leerweg').toUpperCase())) {
    if (w !== 'BOL' && w !== 'BBL') {
      r.problem('leerweg', `"${w}" is not a leerweg (BOL, BBL, or both)`);
      return undefined;
    }
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

function location(r: ImportRowReader, geo: OfferGeocoder, areas: readonly string[] | undefined): GeocodedPoint | undefined {
  const pcText = r.get('postcode');
  const place = r.get('place');
  if (pcText) {
    const m = /^(\d{4})\s*([A-Za-z]{2})?$/.exec(pcText);
    if (!m) return void r.problem('postcode', `"${pcText}" is not a Dutch postcode (1234 or 1234 AB)`);
    const p = geo.byPostcode(m[1]!);
    if (!p) return void r.problem('postcode', `postcode ${m[1]} is not in places.json`);
    return p;
  }
  if (place) {
    const p = geo.byPlace(place, areas);
    if (!p) return void r.problem('place', `"${place}" is not a known place (give a postcode, or the name of a town)`);
    return p;
  }
  return void r.problem('place', 'give a postcode or a place: an offer needs a place on the map');
}

/** The handler for `type` = `offer`, with the geocoder of this build (or of the loaded places in the browser). */
export function offerRowType(geo: OfferGeocoder): RowTypeHandler {
  return (r, ctx): OfferRow | undefined => {
    const provider = r.required('provider');
    const title = r.required('title');
    const kindText = r.required('kind')?.toLowerCase();
    const kind = kindText && (OFFER_KINDS as readonly string[]).includes(kindText) ? (kindText as OfferKind) : undefined;
    if (kindText && !kind) r.problem('kind', `"${r.get('kind')}" is not a kind of offer (${OFFER_KINDS.join(', ')})`);
    const level = parseLevel(r.get('level'));
    if (level === null) r.problem('level', `"${r.get('level')}" is not a level (${LEVELS.join(', ')}, or empty when unknown)`);
    const leerweg = leerwegen(r);
    // the area is only a check here, so a name that is both an arbeidsmarktregio and a provincie may mean either
    const areas = r.get('area') ? r.areas() : undefined;
    const at = location(r, geo, areas);
    if (at && areas && !areas.includes('NL01') && !areas.includes(at.arbeidsmarktregio) && !areas.includes(at.provincie)) {
      r.problem('area', `the place (${at.name}) lies in ${at.arbeidsmarktregio}/${at.provincie}, not in ${areas.join(' or ')}`);
    }
    const groepen: string[] = [];
    for (const g of list(r.get('groepen'))) {
      const code = /^\d{1,4}$/.test(g) ? g.padStart(4, '0') : undefined;
      if (!code || (ctx.groepen && !ctx.groepen.has(code))) r.problem('groepen', `"${g}" is not a known BRC beroepsgroep code`);
      else if (!groepen.includes(code)) groepen.push(code);
    }
    const sectors = list(r.get('sector'));
    for (const k of sectors) if (!/^(0[1-9]|1[0-3])$/.test(k)) r.problem('sector', `"${k}" is not a BRC beroepsklasse code (01–13)`);
    const crebo = r.get('crebo');
    if (crebo && !/^\d{5}$/.test(crebo)) r.problem('crebo', `"${crebo}" is not a 5-digit crebo code`);
    const url = r.get('url');
    if (url && !WEB_URL.test(url)) r.problem('url', `"${url}" is not a web address (http:// or https://)`);
    const exampleText = r.get('example').toLowerCase();
    if (exampleText && !['ja', 'nee', 'yes', 'no', 'true', 'false'].includes(exampleText)) r.problem('example', `"${r.get('example')}" is not ja/nee`);
    const period = r.period();
    const source = r.source();
    const duration = r.get('duration');
    if (!provider || !title || !kind || level === null || !leerweg || !at || !period || !source) return undefined;
    const months = parseDurationMonths(duration);
    const sourceUrl = r.get('source_url');
    return {
      id: `imp-${slug(provider, 24)}-${slug(title, 32)}-${slug(at.name, 16)}`,
      title,
      kind,
      ...(crebo ? { crebo } : {}),
      ...(level ? { level } : {}),
      leerweg,
      ...(months !== undefined ? { durationMonths: months } : {}),
      ...(duration ? { durationText: duration } : {}),
      provider,
      location: {
        ...(r.get('address') ? { address: r.get('address') } : {}),
        ...(pcText(r) ? { postcode: pcText(r) } : {}),
        place: r.get('place') || at.name,
        lon: at.lon,
        lat: at.lat,
        precision: at.precision,
      },
      arbeidsmarktregio: at.arbeidsmarktregio,
      provincie: at.provincie,
      gemeente: at.gemeente,
      groepen: groepen.map((groep) => ({ groep, confidence: 'high', method: `opgegeven door ${r.get('source')}` })),
      klassen: [...new Set([...sectors, ...groepen.map((g) => g.slice(0, 2))])].sort(),
      ...(url ? { url } : {}),
      source,
      ...(['ja', 'yes', 'true'].includes(exampleText) ? { example: true } : {}),
      period,
      ...(sourceUrl ? { sourceUrl } : {}),
      ...(r.get('note') ? { note: r.get('note') } : {}),
    };
  };
}

const pcText = (r: ImportRowReader) => {
  const m = /^(\d{4})\s*([A-Za-z]{2})?$/.exec(r.get('postcode'));
  return m ? (m[2] ? `${m[1]} ${m[2].toUpperCase()}` : m[1]!) : '';
};
