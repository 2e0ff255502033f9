import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifest as manifestSchema, places } from '../../src/data/schemas';
import { editDistance, indexPlaces, lookupPlace, normalisePlaceName } from '../../src/model/places';
import { readPlacesDump, readPostalCodes } from '../../scripts/steps/read-geonames';

// the committed data file, read the way the app reads it (schema-validated)
const rows = places.parse(JSON.parse(readFileSync('data/places.json', 'utf8'))).rows;
const index = indexPlaces(rows);
const found = (q: string) => {
  const r = lookupPlace(index, q);
  if (r.kind !== 'found') throw new Error(`${q}: ${r.kind}`);
  return r.place;
};

describe('places.json', () => {
  it('has every PC4 of the GeoNames postal file once', () => {
    const pc4 = new Set(
      readFileSync('../shared/sources/geonames-nl/postalcodes/NL.txt', 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[1]),
    );
    expect(pc4.size).toBe(4086); // PROVENANCE: 4,086 distinct PC4
    expect(rows.filter((r) => r.kind === 'pc4').map((r) => r.key).sort()).toEqual([...pc4].sort());
  });

  it('resolves PC4 9401 to Assen in arbeidsmarktregio Groningen, 7901 to Drenthe and 7941 to Regio Zwolle', () => {
    expect(found('9401')).toMatchObject({ name: 'Assen', gemeente: 'GM0106', arbeidsmarktregio: 'AM01', provincie: 'PV22', lon: 6.5625, lat: 52.9939 });
    expect(found('7901')).toMatchObject({ name: 'Hoogeveen', gemeente: 'GM0118', arbeidsmarktregio: 'AM03', provincie: 'PV22' });
    expect(found('7941')).toMatchObject({ name: 'Meppel', gemeente: 'GM0119', arbeidsmarktregio: 'AM36', provincie: 'PV22' });
  });

  it('finds places by name, case- and accent-insensitive, and full postcodes by their PC4', () => {
    expect(found('Assen')).toMatchObject({ kind: 'place', arbeidsmarktregio: 'AM01', population: 62237 });
    expect(found('  aSSEN ')).toBe(found('Assen'));
    expect(found('9401 AB')).toBe(found('9401'));
    expect(found('9401ab')).toBe(found('9401'));
    expect(found('sudwest fryslan')).toMatchObject({ gemeente: 'GM1900', arbeidsmarktregio: 'AM02' });
    expect(found('Den Haag')).toMatchObject({ gemeente: 'GM0518', arbeidsmarktregio: 'AM21' });
    expect(found("'s-Gravenhage")).toMatchObject({ gemeente: 'GM0518' }); // the PC4 file's name
    expect(found('Almere')).toMatchObject({ gemeente: 'GM0034', arbeidsmarktregio: 'AM11' });
  });

  it('says a postcode or place is unknown and suggests the nearest', () => {
    const pc = lookupPlace(index, '0001');
    expect(pc).toMatchObject({ kind: 'unknown', what: 'pc4' });
    if (pc.kind === 'unknown') expect(pc.suggestions[0]!.key).toBe('1011'); // lowest PC4 in NL
    const name = lookupPlace(index, 'Asen');
    expect(name).toMatchObject({ kind: 'unknown', what: 'place' });
    if (name.kind === 'unknown') expect(name.suggestions.map((s) => s.name)).toContain('Assen');
    const prefix = lookupPlace(index, 'Hooge');
    if (prefix.kind === 'unknown') expect(prefix.suggestions[0]!.name).toBe('Hoogeveen'); // most populous "Hooge…"
    expect(lookupPlace(index, '   ')).toEqual({ kind: 'empty' });
  });

  it('counts points outside every outline (snapped) in the manifest', () => {
    const m = manifestSchema.parse(JSON.parse(readFileSync('data/manifest.json', 'utf8')));
    const stats = m.files.find((f) => f.id === 'places')!.stats!;
    expect(stats.snapped).toBe(rows.filter((r) => r.snapped).length);
    expect(stats.snapped).toBeGreaterThan(0);
    // a misplaced GeoNames point (3062 Rotterdam, in the sea off Goeree) goes to the gemeente the source names
    expect(found('3062')).toMatchObject({ gemeente: 'GM0599', snapped: true });
  });
});

describe('place lookup helpers', () => {
  it('normalises names', () => {
    expect(normalisePlaceName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalisePlaceName('’s-Hertogenbosch')).toBe("'s hertogenbosch");
    expect(editDistance('asen', 'assen')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops with file, line and column when a GeoNames file changed shape', () => {
    expect(() => readPostalCodes('NL\t9401\tAssen\n', 'pc.txt')).toThrowError(/pc\.txt: line 1: has 3 tab-separated columns/);
    expect(() => readPostalCodes('NL\t94O1\tAssen\tDrenthe\t01\tAssen\t0106\t\t\t52.99\t6.56\t\n', 'pc.txt')).toThrowError(/pc\.txt: line 1, column 2 \(postal code\)/);
    const dump = ['1', 'Assen', 'Assen', '', 'x', '6.5625', 'P', 'PPLA', 'NL', '', '01', '0106', '', '', '62237', '', '', 'Europe/Amsterdam', '2024-01-01'].join('\t');
    expect(() => readPlacesDump(dump, 'dump.txt')).toThrowError(/dump\.txt: line 1, column 5 \(latitude\)/);
  });
});
