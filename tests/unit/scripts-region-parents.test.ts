import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { regionCollection, type RegionCollection } from '../../src/data/schemas';
import { checkBbox, linkRegions, readMembershipJson } from '../../scripts/steps/region-parents';

// the committed data files, read the way the app reads them (schema-validated)
const load = (kind: string) => regionCollection.parse(JSON.parse(readFileSync(`data/regions/${kind}.geojson`, 'utf8')));
const amr = load('arbeidsmarktregio');
const prov = load('provincie');
const gem = load('gemeente');
const props = (fc: RegionCollection, code: string) => fc.features.find((f) => f.properties.code === code)!.properties;

describe('regions with parent codes', () => {
  it('has 35 arbeidsmarktregio\'s, 12 provincies and 342 gemeenten', () => {
    expect(amr.features).toHaveLength(35);
    expect(prov.features).toHaveLength(12);
    expect(gem.features).toHaveLength(342);
  });

  it('puts gemeente Assen in arbeidsmarktregio Groningen and provincie Drenthe', () => {
    expect(props(gem, 'GM0106')).toMatchObject({ name: 'Assen', arbeidsmarktregio: 'AM01', provincies: ['PV22'] });
    expect(props(amr, 'AM01').name).toBe('Groningen');
    expect(props(prov, 'PV22').name).toBe('Drenthe');
    // Hoogeveen → AMR Drenthe, Meppel → Regio Zwolle (a region is not a province)
    expect(props(gem, 'GM0118')).toMatchObject({ name: 'Hoogeveen', arbeidsmarktregio: 'AM03' });
    expect(props(gem, 'GM0119')).toMatchObject({ name: 'Meppel', arbeidsmarktregio: 'AM36', provincies: ['PV22'] });
  });

  it('maps every gemeente to exactly one arbeidsmarktregio, matching the CBS membership table', () => {
    const table = JSON.parse(readFileSync('../shared/sources/cbs-gemeente-arbeidsmarktregio/arbeidsmarktregio_gemeente.json', 'utf8')).gemeenten;
    const nameOf = new Map(amr.features.map((f) => [f.properties.code, f.properties.name]));
    expect(Object.keys(table)).toHaveLength(342);
    for (const f of gem.features) {
      expect(f.properties.provincies, f.properties.code).toHaveLength(1);
      expect(nameOf.get(f.properties.arbeidsmarktregio!), f.properties.code).toBe(table[f.properties.code.slice(2)]);
    }
    // sizes from the table's PROVENANCE (number of gemeenten per region)
    const size = (code: string) => gem.features.filter((f) => f.properties.arbeidsmarktregio === code).length;
    expect([size('AM01'), size('AM03'), size('AM36'), size('AM35')]).toEqual([14, 6, 16, 3]);
  });

  it('lists the provincies an arbeidsmarktregio overlaps (more than one where it does not nest)', () => {
    expect(props(amr, 'AM01').provincies).toEqual(['PV20', 'PV22']); // Groningen + Noord-Drenthe
    expect(props(amr, 'AM03').provincies).toEqual(['PV22']); // Drenthe nests
    expect(props(amr, 'AM36').provincies).toContain('PV22'); // Regio Zwolle reaches Meppel
    expect(props(amr, 'AM24').provincies).toEqual(['PV29']); // Zeeland
    expect(props(amr, 'AM08').provincies).toEqual(['PV25', 'PV31']); // Rijk van Nijmegen incl. Mook en Middelaar
  });

  it('keeps every coordinate inside the Netherlands\' box', () => {
    for (const fc of [amr, prov, gem]) expect(() => checkBbox(fc, 'x')).not.toThrow();
    const broken = structuredClone(prov);
    const ring = broken.features[3]!.geometry.coordinates[0] as unknown as number[][];
    ring[1] = [52.1, 5.1]; // lat/lon swapped
    expect(() => checkBbox(broken, 'provincie.json')).toThrowError(/provincie\.json: features\[3\]\.geometry .*outside the Netherlands/);
  });

  it('stops with file and field when the membership table changed shape', () => {
    expect(() => readMembershipJson('{"gemeente": {}}', 'm.json')).toThrowError(/m\.json: gemeenten: missing/);
    const regions = { arbeidsmarktregio: structuredClone(amr), provincie: prov, gemeente: structuredClone(gem) };
    const table = new Map(gem.features.map((f) => [f.properties.code, f.properties.arbeidsmarktregio!]));
    table.delete('GM0106');
    expect(() => linkRegions(regions, table, 'm.json')).toThrowError(/m\.json: gemeente GM0106: Assen has no arbeidsmarktregio/);
    table.set('GM0106', 'Noord-Drenthe');
    expect(() => linkRegions(regions, table, 'm.json')).toThrowError(/not one of the 35/);
  });
});
