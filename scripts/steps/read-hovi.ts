/**
 * HOVI hbo/wo programmes (KiesMBO/HOVI extract, Feb 2025) → offers. What becomes an offer, and why:
 * - programmes with a CROHO code: `croho_program` and its variants that keep the code (`content_variant` e.g.
 *   a shortened or part-time route, `short_variant`, `language_variant`, `double_degree`, `premaster`);
 * - not: specialisations, honours tracks, minors, graduation tracks and exchange programmes (parts of a
 *   programme a person does not enrol in on their own) and `course` rows (no CROHO code, no sector).
 * Rows that agree on organisation, CROHO code, location, title, niveau and private funding are one offer (HOVI lists a
 * programme and its same-named variant separately); their study forms are merged. Details: docs/offers.md.
 */
import type { Leerweg, Level, OfferKind, OfferRow } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import { roundCoord } from '../lib/json';
import type { RegionLocator } from '../lib/region-codes';
import type { OccupationIndex } from '../lib/occupation-index';
import { cleanUrl, parsePostcode, placeName, slug } from '../lib/text';
import { crohoOccupation } from './croho-occupations';

export const HOVI_FILE = 'kiesmbo-hovi-opleidingen-locaties-2025-02/hbo_wo_opleidingen_hovi_2025-02.csv';
export const HOVI_SOURCE = 'hovi-kiesmbo-2025-02';

const COLUMNS = [
  'organisatie_hovi_id', 'organisatie_naam', 'organisatie_type', 'product_titel', 'product_type', 'niveau', 'croho',
  'croho_naam', 'croho_sector', 'financiering', 'studiepunten', 'vormen_uit_tracks', 'product_url', 'locatie_hovi_id',
  'locatie_naam', 'straat_huisnummer', 'postcode', 'plaats', 'lon', 'lat',
] as const;

/** Product types that are a programme a person can enrol in (they carry a CROHO code). */
export const PROGRAMME_TYPES = new Set(['croho_program', 'content_variant', 'short_variant', 'language_variant', 'double_degree', 'premaster']);

export type StudyForm = 'fulltime' | 'parttime' | 'dual';
const FORMS: readonly StudyForm[] = ['fulltime', 'parttime', 'dual'];

/** associate → hbo; bachelor/master by organisation type (hogeschool → hbo, universiteit → wo). */
export function hoviLevel(niveau: string, organisatieType: string): Extract<Level, 'hbo' | 'wo'> | undefined {
  if (niveau === 'associate') return 'hbo';
  if (organisatieType === 'hogeschool') return 'hbo';
  if (organisatieType === 'universiteit' || organisatieType === 'onderzoeksuniversiteit') return 'wo';
  return undefined;
}

/** Study forms from `vormen_uit_tracks`; dual (learning while employed) is the ho counterpart of BBL. */
export function hoviForms(tracks: string): { forms: StudyForm[]; leerweg: Leerweg[] } {
  const forms = FORMS.filter((f) => tracks.split('|').includes(f));
  const leerweg: Leerweg[] = [];
  if (forms.includes('fulltime')) leerweg.push('BOL');
  if (forms.includes('dual')) leerweg.push('BBL');
  return { forms, leerweg };
}

export interface HoviStats {
  rows: number;
  programmeRows: number;
  notProgramme: number;
  noLevel: number;
  geocodedByPostcode: number;
  noLocation: number;
  snapped: number;
  merged: number;
  offers: number;
  withGroep: number;
}

export interface HoviDeps {
  locator: RegionLocator;
  /** the occupations product; without it offers get no sector or group links (the manifest says so) */
  occupations?: OccupationIndex;
  /** PC4 centroid, for rows without coordinates */
  pc4?: (pc4: string) => { lon: number; lat: number } | undefined;
}

type Located = Omit<OfferRow, 'id'> & { key: string; idBase: string; studyForms: StudyForm[]; primary: boolean };

function toOffer(v: Record<string, string>, deps: HoviDeps, stats: HoviStats): Located | undefined {
  const level = hoviLevel(v.niveau ?? '', v.organisatie_type ?? '');
  if (!level) {
    stats.noLevel++;
    return undefined;
  }
  const kind: OfferKind = v.financiering === 'private' ? 'private' : level;
  let lon = Number(v.lon);
  let lat = Number(v.lat);
  const pc = parsePostcode(v.postcode ?? '');
  let precision: 'address' | 'postcode' = 'address';
  if (!v.lon || !v.lat || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    const c = pc && deps.pc4?.(pc.pc4);
    if (!c) {
      stats.noLocation++;
      return undefined;
    }
    ({ lon, lat } = c);
    precision = 'postcode';
    stats.geocodedByPostcode++;
  }
  const where = deps.locator.locate(lon, lat);
  if (!where) {
    stats.noLocation++;
    return undefined;
  }
  if (where.snapped) stats.snapped++;
  const { forms, leerweg } = hoviForms(v.vormen_uit_tracks ?? '');
  const link = crohoOccupation(v.croho_naam ?? '');
  const occ = deps.occupations;
  const groepen =
    link && occ
      ? [...new Set(link.isco.map((i) => occ.groepForIsco(i)).filter((g): g is string => g !== undefined))].map((groep) => ({
          groep,
          confidence: link.confidence,
          method: `croho-beroep-tabel (ISCO ${link.isco.join(', ')})`,
        }))
      : [];
  const klassen = [
    ...new Set([
      ...(occ?.klassenForSector('croho-sector', v.croho_sector ?? '') ?? []),
      ...groepen.map((g) => occ?.groep(g.groep)?.klasse).filter((k): k is string => k !== undefined),
    ]),
  ].sort();
  const ects = Number(v.studiepunten);
  const place = placeName(v.plaats ?? '');
  const title = (v.product_titel ?? '').trim() || (v.croho_naam ?? '').trim();
  const org = (v.organisatie_naam ?? '').trim();
  const croho = (v.croho ?? '').trim();
  const url = cleanUrl(v.product_url ?? '');
  return {
    key: [v.organisatie_hovi_id, croho, v.locatie_hovi_id, title, v.niveau, v.financiering === 'private'].join('|'),
    idBase: `ho-${croho}-${slug(org, 24)}-${slug(place || 'onbekend', 16)}-${slug(title, 32)}`,
    studyForms: forms,
    primary: v.product_type === 'croho_program',
    title,
    kind,
    croho,
    level,
    leerweg,
    ...(ects > 0 ? { durationMonths: roundCoord(ects / 5, 1), durationText: `${ects} EC` } : {}),
    provider: org,
    location: {
      ...(v.locatie_naam ? { name: v.locatie_naam.trim() } : {}),
      ...(v.straat_huisnummer ? { address: v.straat_huisnummer.trim() } : {}),
      ...(pc ? { postcode: pc.pc6 ?? pc.pc4 } : {}),
      ...(place ? { place } : {}),
      lon: roundCoord(lon),
      lat: roundCoord(lat),
      precision,
    },
    arbeidsmarktregio: where.arbeidsmarktregio,
    provincie: where.provincie,
    gemeente: where.gemeente,
    groepen,
    klassen,
    ...(url ? { url } : {}),
    source: HOVI_SOURCE,
  };
}

/** Read the HOVI CSV text and turn its programme rows into offers (sorted by id, ids unique and stable). */
export function readHoviOffers(text: string, file: string, deps: HoviDeps): { rows: OfferRow[]; stats: HoviStats } {
  const { rows: records } = readCsv(text, file, COLUMNS);
  const stats: HoviStats = { rows: records.length, programmeRows: 0, notProgramme: 0, noLevel: 0, geocodedByPostcode: 0, noLocation: 0, snapped: 0, merged: 0, offers: 0, withGroep: 0 };
  const byKey = new Map<string, Located>();
  records.forEach((r, i) => {
    const type = r.product_type ?? '';
    if (!PROGRAMME_TYPES.has(type)) {
      stats.notProgramme++;
      return;
    }
    if (!/^\d{5}$/.test(r.croho ?? '')) throw new SourceShapeError(file, `row ${i + 2}, croho`, `a ${type} row without a 5-digit CROHO code: ${JSON.stringify(r.croho)}`);
    stats.programmeRows++;
    const o = toOffer(r, deps, stats);
    if (!o) return;
    const seen = byKey.get(o.key);
    if (!seen) {
      byKey.set(o.key, o);
      return;
    }
    stats.merged++;
    seen.studyForms = FORMS.filter((f) => seen.studyForms.includes(f) || o.studyForms.includes(f));
    seen.leerweg = (['BOL', 'BBL'] as const).filter((l) => seen.leerweg.includes(l) || o.leerweg.includes(l));
    if (o.primary && !seen.primary && o.url) Object.assign(seen, { url: o.url, primary: true });
  });
  const used = new Map<string, number>();
  const rows: OfferRow[] = [...byKey.values()]
    .sort((a, b) => a.idBase.localeCompare(b.idBase) || a.key.localeCompare(b.key))
    .map(({ key: _k, idBase, studyForms, primary: _p, ...o }) => {
      const n = (used.get(idBase) ?? 0) + 1;
      used.set(idBase, n);
      return { id: n === 1 ? idBase : `${idBase}-${n}`, ...o, ...(studyForms.length ? { studyForms } : {}) };
    });
  stats.offers = rows.length;
  stats.withGroep = rows.filter((r) => r.groepen.length > 0).length;
  return { rows, stats };
}
