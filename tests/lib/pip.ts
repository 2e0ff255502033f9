/**
 * Tests' own point-in-polygon (even-odd ray casting) and CSV line splitter, written independently of the build's
 * turf-based locator and CSV reader, so a count computed with them checks the build instead of repeating it.
 */
import { readFileSync } from 'node:fs';

type Geometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export function inRings(x: number, y: number, rings: number[][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

/** A test for "lies in this arbeidsmarktregio", from the app's own data/regions file. */
export function amrContains(code: string): (lon: number, lat: number) => boolean {
  const fc = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as { features: { properties: { code: string }; geometry: Geometry }[] };
  const g = fc.features.find((f) => f.properties.code === code)!.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return (lon, lat) => polys.some((p) => inRings(lon, lat, p));
}

/** Split one CSV line (no embedded newlines) into fields, honouring quotes. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

/** A CSV file without embedded newlines as header + rows of named fields. */
export function simpleCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = splitCsvLine(head!);
  return lines.map((l) => {
    const f = splitCsvLine(l);
    return Object.fromEntries(cols.map((c, i) => [c, f[i] ?? '']));
  });
}
