import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hoviForms, hoviLevel, readHoviOffers } from '../../scripts/steps/read-hovi';
import { RegionLocator } from '../../scripts/lib/region-codes';
import { amrContains, simpleCsv } from '../lib/pip';

const CSV = '../shared/sources/kiesmbo-hovi-opleidingen-locaties-2025-02/hbo_wo_opleidingen_hovi_2025-02.csv';
const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { id: string; source: string; arbeidsmarktregio: string; kind: string; level?: string; provider: string; title: string; location: { place?: string } }[] };

describe('hbo/wo offers from HOVI', () => {
  it('places as many programmes in arbeidsmarktregio Groningen as the source CSV does by its own point-in-polygon', () => {
    const inAm01 = amrContains('AM01');
    const keys = new Set<string>();
    for (const f of simpleCsv(CSV)) {
      // programmes = rows with a CROHO code (specialisations, minors, honours, courses have none)
      if (!/^\d{5}$/.test(f.croho!) || !f.lon || !inAm01(Number(f.lon), Number(f.lat))) continue;
      // one offer per organisation × CROHO × location × title × niveau × private funding
      const title = f.product_titel || f.croho_naam;
      keys.add([f.organisatie_hovi_id, f.croho, f.locatie_hovi_id, title, f.niveau, f.financiering === 'private'].join('|'));
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
    expect(pabo).toMatchObject({ kind: 'hbo', level: 'hbo', location: { place: 'Gouda' }, groepen: [{ groep: '0114', confidence: 'high' }] });
    // LOI Hogeschool is privately funded (39 rows in the source, all `private`)
    expect(offers.rows.filter((r) => r.provider === 'LOI Hogeschool').every((r) => r.kind === 'private')).toBe(true);
    expect(new Set(offers.rows.map((r) => r.id)).size).toBe(offers.rows.length);
  });

  it('names the file and column when the source lost a column', () => {
    const text = readFileSync(CSV, 'utf8').replace('croho_sector,', 'sector,');
    const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8'));
    const regions = { arbeidsmarktregio: amr, provincie: amr, gemeente: amr };
    expect(() => readHoviOffers(text, 'hovi.csv', { locator: new RegionLocator(regions) })).toThrowError(/hovi\.csv: croho_sector: column missing/);
  });
});
