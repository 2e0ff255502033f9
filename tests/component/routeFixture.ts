/**
 * A SYNTHETIC dataset for route component tests: real region polygons (data/regions) and real-looking places,
 * but made-up occupation groups, titles, offers and school locations. Nothing here is a real figure.
 */
import { readFileSync } from 'node:fs';
import { buildIndexes } from '../../src/data/indexes';
import type { Dataset } from '../../src/data/load';
import type { DatasetFiles, Manifest, OfferRow, SchoolLocationRow } from '../../src/data/schemas';

const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as DatasetFiles['regions-arbeidsmarktregio'];

const offer = (id: string, title: string, level: OfferRow['level'], place: string, lon: number, lat: number, region: string, klasse: string): OfferRow => ({
  id, title, kind: level === 'hbo' ? 'hbo' : 'short-course', level, leerweg: ['BOL'], provider: `Synthetische school ${place}`,
  location: { lon, lat, place, address: 'Schoolstraat 1' }, arbeidsmarktregio: region, provincie: 'PV22',
  groepen: [], klassen: [klasse], source: 'synthetic',
});
const location = (id: string, place: string, lon: number, lat: number, region: string): SchoolLocationRow => ({
  id, provider: `Synthetisch ROC ${place}`, name: place, place, lon, lat, arbeidsmarktregio: region, provincie: 'PV22', source: 'synthetic',
});

export const files: Partial<DatasetFiles> = {
  'regions-arbeidsmarktregio': amr,
  occupations: {
    klassen: [{ code: '11', name: 'Dienstverlening', short: 'Dienstverlening' }],
    segmenten: [{ code: '111', name: 'Verzorgende dienstverlening', klasse: '11' }],
    groepen: [
      { code: '1114', name: 'Kappers en schoonheidsspecialisten', segment: '111', klasse: '11', levels: ['mbo2', 'mbo3'], isco: ['5141', '5142'], edition: '2015' },
      { code: '1115', name: 'Synthetische dienstverleners', segment: '111', klasse: '11', levels: ['mbo4'], isco: ['5149'], edition: '2015' },
    ],
    sectorLinks: [],
  },
  'occupation-titles': {
    rows: [
      { label: 'kapper', groep: '1114', preferred: true },
      { label: 'kapster', groep: '1114', preferred: false },
      { label: 'schoonheidsspecialist', groep: '1114', preferred: true },
    ],
  },
  places: {
    rows: [
      { key: '7901', kind: 'pc4', name: 'Hoogeveen', lon: 6.4764, lat: 52.7233, gemeente: 'GM0118', arbeidsmarktregio: 'AM03', provincie: 'PV22' },
      { key: 'Hoogeveen', kind: 'place', name: 'Hoogeveen', lon: 6.4764, lat: 52.7233, gemeente: 'GM0118', arbeidsmarktregio: 'AM03', provincie: 'PV22', population: 38000 },
      { key: '7902', kind: 'pc4', name: 'Hoogeveen', lon: 6.49, lat: 52.73, gemeente: 'GM0118', arbeidsmarktregio: 'AM03', provincie: 'PV22' },
    ],
  },
  offers: {
    rows: [
      offer('o-meppel', 'Synthetische cursus Meppel', 'mbo4', 'Meppel', 6.1944, 52.6956, 'AM36', '11'),
      offer('o-zwolle', 'Synthetische hbo Zwolle', 'hbo', 'Zwolle', 6.0944, 52.5125, 'AM36', '11'),
    ],
  },
  'school-locations': {
    rows: [location('l-hoogeveen', 'Hoogeveen', 6.47, 52.72, 'AM03'), location('l-assen', 'Assen', 6.5625, 52.9925, 'AM01')],
  },
};

const entry = (id: Manifest['files'][number]['id'], path: string, lazy = false): Manifest['files'][number] => ({
  id, path, schemaVersion: 1, sources: ['synthetic'], rows: 1, bytes: 1, sha256: '0'.repeat(64), lazy,
});

export const manifest: Manifest = {
  schemaVersion: 1,
  buildId: 'synthetic',
  generated: '2026-11-23',
  generator: 'tests/component/routeFixture.ts',
  sources: [{ id: 'synthetic', title: 'Synthetische testgegevens', publisher: 'test', url: '-', licence: '-', licenceVerified: false, retrieved: '2026-11-23', status: 'synthetic' }],
  files: [
    entry('regions-arbeidsmarktregio', 'regions/arbeidsmarktregio.geojson'),
    entry('occupations', 'occupations.json'),
    entry('occupation-titles', 'occupation-titles.json', true),
    entry('places', 'places.json'),
    entry('offers', 'offers.json', true),
    entry('school-locations', 'school-locations.json', true),
  ],
  missing: [],
};

export const dataset = (): Dataset => ({ manifest, files, errors: [], index: buildIndexes(files) });
