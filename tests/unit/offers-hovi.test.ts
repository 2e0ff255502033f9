import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hoviForms, hoviLevel, readHoviOffers } from '../../scripts/steps/read-hovi';
import { RegionLocator } from '../../scripts/lib/region-codes';

const CSV = '../shared/sources/kiesmbo-hovi-opleidingen-locaties-2025-02/hbo_wo_opleidingen_hovi_2025-02.csv';
const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { id: string; source: string; arbeidsmarktregio: string; kind: string; level?: string; provider: string; title: string; location: { place?: string } }[] };
const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as {
  features: { properties: { code: string }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] } }[];
};

// --- the test's own simple readers: a quote-aware line splitter and even-odd ray casting ---
function splitLine(line: string): string[] {
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
function inRings(x: number, y: number, rings: number[][][]): boolean {
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

describe('hbo/wo offers from HOVI', () => {
  it('places as many programmes in arbeidsmarktregio Groningen as the source CSV does by its own point-in-polygon', () => {
    const g = amr.features.find((f) => f.properties.code === 'AM01')!;
    const polys = (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates) as number[][][][];
    const lines = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
    const head = splitLine(lines[0]!);
    const col = (name: string) => head.indexOf(name);
    const keys = new Set<string>();
    for (const line of lines.slice(1)) {
      const f = splitLine(line);
      const croho = f[col('croho')]!;
      const lon = Number(f[col('lon')]);
      const lat = Number(f[col('lat')]);
      // programmes = rows with a CROHO code (specialisations, minors, honours, courses have none)
      if (!/^\d{5}$/.test(croho) || !f[col('lon')] || !polys.some((p) => inRings(lon, lat, p))) continue;
      // one offer per organisation × CROHO × location × title × niveau × private funding
      const title = f[col('product_titel')] || f[col('croho_naam')];
      keys.add([f[col('organisatie_hovi_id')], croho, f[col('locatie_hovi_id')], title, f[col('niveau')], f[col('financiering')] === 'private'].join('|'));
    }
    const inGroningen = offers.rows.filter((r) => r.source === 'hovi-kiesmbo-2025-02' && r.arbeidsmarktregio === 'AM01');
    expect(keys.size).toBeGreaterThan(100);
    expect(inGroningen.length).toBe(keys.size);
  });

  it('maps niveau and organisation type to levels, and funding to kinds', () => {
    expect(hoviLevel('associate', 'hogeschool')).toBe('hbo');
    expect(hoviLevel('master', 'hogeschool')).toBe('hbo');
    expect(hoviLevel('bachelor', 'universiteit')).toBe('wo');
    expect(hoviLevel('master', 'internationaal onderwijs')).toBeUndefined();
    expect(hoviForms('dual|fulltime')).toEqual({ forms: ['fulltime', 'dual'], leerweg: ['BOL', 'BBL'] });
    expect(hoviForms('parttime')).toEqual({ forms: ['parttime'], leerweg: [] });
    // Driestar's pabo in Gouda (first data row of the CSV) is a funded hbo bachelor
    const pabo = offers.rows.find((r) => r.provider === 'Driestar Hogeschool' && r.title === 'Opleiding tot leraar Basisonderwijs (pabo)');
    expect(pabo).toMatchObject({ kind: 'hbo', level: 'hbo', location: { place: 'Gouda' } });
    // LOI Hogeschool is privately funded (39 rows in the source, all `private`)
    expect(offers.rows.filter((r) => r.provider === 'LOI Hogeschool').every((r) => r.kind === 'private')).toBe(true);
    expect(new Set(offers.rows.map((r) => r.id)).size).toBe(offers.rows.length);
  });

  it('names the file and column when the source lost a column', () => {
    const text = readFileSync(CSV, 'utf8').replace('croho_sector,', 'sector,');
    const regions = { arbeidsmarktregio: amr, provincie: amr, gemeente: amr } as never;
    expect(() => readHoviOffers(text, 'hovi.csv', { locator: new RegionLocator(regions) })).toThrowError(
      /hovi\.csv: croho_sector: column missing/,
    );
  });
});
