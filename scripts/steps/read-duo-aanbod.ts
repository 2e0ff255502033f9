/**
 * DUO/RIO *mbo opleidingsaanbod* CSV (crebo × institution × location × leertraject) → mbo offers. One offer per
 * institution × crebo × onderwijslocatie; its BOL and BBL rows are merged into `leerweg`. Level, sector and
 * occupation links come from the qualification catalogue (crebo list); the point is the PC4 centroid of the
 * location's postcode (`precision: postcode`). Rows without a crebo code (keuzedelen, other units) are skipped;
 * rows whose postcode is unknown are counted and named in the build log, not guessed.
 */
import type { Leerweg, Level, OfferRow, QualificationRow } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';
import { roundCoord } from '../lib/json';
import type { RegionLocator } from '../lib/region-codes';
import { cleanUrl, parsePostcode, placeName, slug } from '../lib/text';

export const DUO_SOURCE = 'duo-mbo-opleidingsaanbod';
const COLUMNS = [
  'OPLEIDINGSEENHEID_NAAM', 'ERKENDEOPLEIDINGSCODE', 'ONDERWIJSAANBIEDERID', 'NAAM', 'ONDERWIJSLOCATIECODE', 'STRAATNAAM',
  'HUISNUMMER', 'POSTCODE', 'PLAATSNAAM', 'LEERTRAJECT', 'MBONIVEAU', 'WEBSITE',
] as const;

export interface DuoDeps {
  locator: RegionLocator;
  pc4: (pc4: string) => { lon: number; lat: number } | undefined;
  qualifications: ReadonlyMap<string, QualificationRow>;
}

export interface DuoStats {
  rows: number;
  withoutCrebo: number;
  unknownPostcode: number;
  unknownPostcodes: string[];
  notInCatalogue: number;
  offers: number;
}

/** ',' or ';' — whichever the header line uses (DUO files have used both). */
export function sniffDelimiter(text: string): ',' | ';' {
  const nl = text.search(/\r?\n/);
  const head = nl < 0 ? text : text.slice(0, nl);
  return (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const levelOf = (raw: string): Level | undefined => {
  const m = /([1-4])/.exec(raw);
  return m ? (`mbo${m[1]}` as Level) : undefined;
};

export function readDuoAanbod(text: string, file: string, deps: DuoDeps): { rows: OfferRow[]; stats: DuoStats } {
  const table = readCsv(text, file, COLUMNS, sniffDelimiter(text));
  const stats: DuoStats = { rows: table.rows.length, withoutCrebo: 0, unknownPostcode: 0, unknownPostcodes: [], notInCatalogue: 0, offers: 0 };
  const byKey = new Map<string, OfferRow>();
  for (const r of table.rows) {
    const crebo = (r.ERKENDEOPLEIDINGSCODE ?? '').trim();
    if (!/^\d{5}$/.test(crebo)) {
      stats.withoutCrebo++;
      continue;
    }
    const pc = parsePostcode(r.POSTCODE ?? '');
    const point = pc && deps.pc4(pc.pc4);
    const at = point && deps.locator.locate(point.lon, point.lat);
    if (!point || !at) {
      stats.unknownPostcode++;
      if (stats.unknownPostcodes.length < 10) stats.unknownPostcodes.push(`${r.POSTCODE || '(leeg)'} (${r.NAAM}, ${r.PLAATSNAAM})`);
      continue;
    }
    const lw = (r.LEERTRAJECT ?? '').trim().toUpperCase();
    const leerweg: Leerweg[] = lw === 'BOL' || lw === 'BBL' ? [lw] : [];
    const key = [r.ONDERWIJSAANBIEDERID, crebo, r.ONDERWIJSLOCATIECODE].join('|');
    const seen = byKey.get(key);
    if (seen) {
      seen.leerweg = (['BOL', 'BBL'] as const).filter((l) => seen.leerweg.includes(l) || leerweg.includes(l));
      continue;
    }
    const q = deps.qualifications.get(crebo);
    if (!q) stats.notInCatalogue++;
    const provider = (r.NAAM ?? '').trim() || 'onbekende instelling';
    const place = placeName(r.PLAATSNAAM ?? '');
    const address = [r.STRAATNAAM, r.HUISNUMMER, r.HUISNUMMERTOEVOEGING].map((x) => (x ?? '').trim()).filter(Boolean).join(' ');
    const url = cleanUrl(r.WEBSITE ?? '');
    const level = q?.level ?? levelOf(r.MBONIVEAU ?? '');
    byKey.set(key, {
      id: `mbo-${crebo}-${slug(provider, 20)}-${slug(place || 'onbekend', 16)}-${slug(r.ONDERWIJSLOCATIECODE ?? '', 12)}`,
      title: (r.EIGENNAAM ?? '').trim() || (r.OPLEIDINGSEENHEID_NAAM ?? '').trim() || q?.name || `crebo ${crebo}`,
      kind: 'mbo',
      crebo,
      ...(level ? { level } : {}),
      leerweg,
      provider,
      location: {
        ...(address ? { address } : {}),
        postcode: pc.pc6 ?? pc.pc4,
        ...(place ? { place } : {}),
        lon: roundCoord(point.lon),
        lat: roundCoord(point.lat),
        precision: 'postcode',
      },
      arbeidsmarktregio: at.arbeidsmarktregio,
      provincie: at.provincie,
      gemeente: at.gemeente,
      groepen: q?.groepen ?? [],
      klassen: q?.klassen ?? [],
      ...(url ? { url } : {}),
      source: DUO_SOURCE,
    });
  }
  const rows = [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id));
  stats.offers = rows.length;
  return { rows, stats };
}
