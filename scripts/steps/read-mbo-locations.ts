/**
 * KiesMBO mbo school locations (Feb 2025 extract): places where mbo is taught. The dump has no programmes per
 * location, so these rows say *where*, not *what*; programmes per location come from DUO when online.
 */
import type { SchoolLocationRow } from '../../src/data/schemas';
import { readCsv } from '../lib/csv';
import { SourceShapeError } from '../lib/errors';
import { roundCoord } from '../lib/json';
import type { RegionLocator } from '../lib/region-codes';
import { cleanUrl, parsePostcode, placeName } from '../lib/text';
import { HOVI_SOURCE } from './read-hovi';

export const MBO_LOCATIONS_FILE = 'kiesmbo-hovi-opleidingen-locaties-2025-02/mbo_locaties_kiesmbo_2025-02.csv';
const COLUMNS = ['brinvest', 'brin', 'instelling_naam', 'locatie_naam', 'straat_huisnummer', 'postcode', 'plaats', 'url', 'lon', 'lat'] as const;

export function readSchoolLocations(text: string, file: string, locator: RegionLocator): { rows: SchoolLocationRow[]; snapped: number } {
  const table = readCsv(text, file, COLUMNS);
  let snapped = 0;
  const rows = table.rows.map((r, i): SchoolLocationRow => {
    const where = (col: string) => `row ${i + 2} (${r.brinvest}), column ${col}`;
    if (!/^[0-9A-Z]{4}\d{2}$/.test(r.brinvest ?? '')) throw new SourceShapeError(file, where('brinvest'), `expected BRIN + 2 digits, got ${JSON.stringify(r.brinvest)}`);
    const lon = Number(r.lon);
    const lat = Number(r.lat);
    if (!r.lon || !r.lat || !Number.isFinite(lon) || !Number.isFinite(lat)) throw new SourceShapeError(file, where('lon/lat'), 'missing coordinates');
    const at = locator.locate(lon, lat);
    if (!at) throw new SourceShapeError(file, where('lon/lat'), `${lon}, ${lat} lies in no Dutch region`);
    if (at.snapped) snapped++;
    const pc = parsePostcode(r.postcode ?? '');
    const url = cleanUrl(r.url ?? '');
    const provider = r.instelling_naam!.trim();
    return {
      id: `mbo-${r.brinvest}`,
      provider,
      name: r.locatie_naam!.trim() || provider,
      ...(r.straat_huisnummer ? { address: r.straat_huisnummer.trim() } : {}),
      ...(pc ? { postcode: pc.pc6 ?? pc.pc4 } : {}),
      ...(r.plaats ? { place: placeName(r.plaats) } : {}),
      lon: roundCoord(lon),
      lat: roundCoord(lat),
      arbeidsmarktregio: at.arbeidsmarktregio,
      provincie: at.provincie,
      ...(url ? { url } : {}),
      source: HOVI_SOURCE,
    };
  });
  rows.sort((a, b) => a.id.localeCompare(b.id));
  return { rows, snapped };
}
