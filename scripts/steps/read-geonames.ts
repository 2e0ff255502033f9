/**
 * Readers for the two GeoNames files (tab-separated, no header): the postal-code file (PC4 centroids) and
 * the gazetteer dump (populated places). Columns are checked by position, so a changed layout stops the
 * build with the file, line and column.
 */
import { join } from 'node:path';
import { SourceShapeError } from '../lib/errors';
import { readSourceFile } from '../lib/source-file';

export interface Pc4Point {
  pc4: string;
  place: string;
  /** CBS gemeentecode as GeoNames gives it (admin code 2), '' when absent */
  gemeente: string;
  lon: number;
  lat: number;
}

export interface PlacePoint {
  geonameid: number;
  name: string;
  featureCode: string;
  lon: number;
  lat: number;
  population: number;
  gemeente: string;
}

function lines(text: string, file: string, columns: number, what: string): string[][] {
  const out: string[][] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const f = line.replace(/\r$/, '').split('\t');
    if (f.length !== columns) throw new SourceShapeError(file, `line ${i + 1}`, `has ${f.length} tab-separated columns, a ${what} line has ${columns}`);
    out.push(f);
  });
  if (out.length === 0) throw new SourceShapeError(file, '(file)', 'no rows');
  return out;
}

function coord(v: string, file: string, line: number, col: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new SourceShapeError(file, `line ${line}, column ${col}`, `expected a number in ${min}–${max}, got ${JSON.stringify(v)}`);
  return n;
}

/** postalcodes/NL.txt: country, postal code, place name, admin1 name/code, admin2 name/code, admin3 name/code, lat, lon, accuracy. */
export function readPostalCodes(text: string, file: string): Pc4Point[] {
  return lines(text, file, 12, 'GeoNames postal-code').map((f, i) => {
    const pc4 = f[1]!;
    if (f[0] !== 'NL') throw new SourceShapeError(file, `line ${i + 1}, column 1 (country code)`, `expected NL, got ${JSON.stringify(f[0])}`);
    if (!/^\d{4}$/.test(pc4)) throw new SourceShapeError(file, `line ${i + 1}, column 2 (postal code)`, `expected a 4-digit postcode, got ${JSON.stringify(pc4)}`);
    return {
      pc4,
      place: f[2]!.trim() || pc4,
      gemeente: /^\d{4}$/.test(f[6]!) ? `GM${f[6]}` : '',
      lat: coord(f[9]!, file, i + 1, '10 (latitude)', 50, 54),
      lon: coord(f[10]!, file, i + 1, '11 (longitude)', 3, 8),
    };
  });
}

/** dump/NL.txt (19 columns): keeps feature class P. */
export function readPlacesDump(text: string, file: string): PlacePoint[] {
  const out: PlacePoint[] = [];
  lines(text, file, 19, 'GeoNames dump').forEach((f, i) => {
    if (f[6] !== 'P') return;
    const pop = Number(f[14] || '0');
    if (!Number.isInteger(pop) || pop < 0) throw new SourceShapeError(file, `line ${i + 1}, column 15 (population)`, `expected a whole number, got ${JSON.stringify(f[14])}`);
    const name = f[1]!.trim();
    if (!name) throw new SourceShapeError(file, `line ${i + 1}, column 2 (name)`, 'empty');
    out.push({
      geonameid: Number(f[0]),
      name,
      featureCode: f[7]!,
      // the NL dump includes Caribbean Netherlands: the step keeps European points only
      lat: coord(f[4]!, file, i + 1, '5 (latitude)', -90, 90),
      lon: coord(f[5]!, file, i + 1, '6 (longitude)', -180, 180),
      population: pop,
      gemeente: /^\d{4}$/.test(f[11]!) ? `GM${f[11]}` : '',
    });
  });
  return out;
}

export function readGeonamesLocal(sourcesDir: string) {
  const read = (rel: string) => {
    const file = join(sourcesDir, 'geonames-nl', rel);
    return { text: readSourceFile(file), file };
  };
  const pc = read('postalcodes/NL.txt');
  const dump = read('dump/NL.txt');
  return { pc4: readPostalCodes(pc.text, pc.file), places: readPlacesDump(dump.text, dump.file) };
}
