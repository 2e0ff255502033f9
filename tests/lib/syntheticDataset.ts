/**
 * SYNTHETIC test data: a complete data folder (all dataset ids of the contract) made of the committed region files
 * plus a few invented rows per file. The figures, offers and titles are made up; they exist only so tests can
 * exercise every file kind before (or besides) the real files. Never shown as real.
 */
import { readFileSync } from 'node:fs';
import { DATASET_IDS, SCHEMA_VERSION, type DatasetId } from '../../src/data/schemas';

const SOURCE = 'synthetic-test';
const region = (kind: string) => readFileSync(`data/regions/${kind}.geojson`, 'utf8');

const offer = (id: string, amr: string, pv: string, level: string, groep: string, klasse: string) => ({
  id,
  title: `Opleiding ${id} (synthetisch)`,
  kind: 'mbo',
  crebo: '25180',
  level,
  leerweg: ['BOL', 'BBL'],
  durationMonths: 36,
  provider: 'Synthetisch College',
  location: { name: 'Hoofdlocatie', place: 'Assen', lon: 6.56, lat: 52.99 },
  arbeidsmarktregio: amr,
  provincie: pv,
  groepen: [{ groep, confidence: 'high', method: 'synthetic' }],
  klassen: [klasse],
  source: SOURCE,
});

const FILES: Record<Exclude<DatasetId, `regions-${string}`>, unknown> = {
  places: {
    rows: [
      { key: '9401', kind: 'pc4', name: 'Assen', lon: 6.56, lat: 52.99, gemeente: 'GM0106', arbeidsmarktregio: 'AM03', provincie: 'PV22' },
      { key: 'Hoogeveen', kind: 'place', name: 'Hoogeveen', lon: 6.48, lat: 52.72, gemeente: 'GM0118', arbeidsmarktregio: 'AM03', provincie: 'PV22', population: 40000 },
      { key: '9711', kind: 'pc4', name: 'Groningen', lon: 6.57, lat: 53.22, gemeente: 'GM0014', arbeidsmarktregio: 'AM01', provincie: 'PV20' },
    ],
  },
  occupations: {
    klassen: [
      { code: '10', name: 'Zorg en welzijn beroepen', short: 'Zorg en welzijn' },
      { code: '07', name: 'Technische beroepen', short: 'Techniek' },
    ],
    segmenten: [
      { code: '105', name: 'Verzorgenden', klasse: '10' },
      { code: '071', name: 'Bouw', klasse: '07' },
    ],
    groepen: [
      { code: '1051', name: 'Verzorgenden', segment: '105', klasse: '10', levels: ['mbo3'], isco: ['5321'], edition: '2015' },
      { code: '0711', name: 'Timmerlieden', segment: '071', klasse: '07', levels: ['mbo2', 'mbo3'], isco: ['7115'], edition: '2015' },
      { code: '0712', name: 'Metselaars', segment: '071', klasse: '07', levels: ['mbo2'], isco: ['7112'], edition: '2015' },
    ],
    sectorLinks: [{ scheme: 'sectorkamer', label: 'Zorg, welzijn en sport', klassen: ['10'] }],
  },
  'occupation-titles': {
    rows: [
      { label: 'verzorgende IG', groep: '1051', preferred: true },
      { label: 'timmerman', groep: '0711', isco: '7115', preferred: true },
      { label: 'metselaar', groep: '0712', preferred: false },
    ],
  },
  indicators: {
    rows: [
      { groep: '1051', area: 'AM03', indicator: 'tension', value: 2.1, class: 'zeer krap', period: '2026Q1', source: SOURCE, scope: 'regional' },
      { groep: '0711', area: 'AM01', indicator: 'tension', value: 1.2, class: 'krap', period: '2026Q1', source: SOURCE, scope: 'regional' },
      { groep: '0712', area: 'NL01', indicator: 'jobOpenings', value: 5400, period: '2025-2030', source: SOURCE, scope: 'national' },
    ],
  },
  'regional-stats': {
    measures: [{ id: 'unemployment', unit: 'pct', source: SOURCE }],
    trendPoints: {
      AM01: { unemployment: [['2024', 4.1]] },
      AM03: { unemployment: [['2024', 3.2]] },
    },
    employmentByKlasse: {
      period: '2024',
      source: SOURCE,
      groups: [{ key: 'zorg', klassen: ['10'], label: 'Zorg' }],
      values: { AM01: { zorg: 31000 }, AM03: { zorg: 22000 } },
    },
  },
  'regional-series': {
    series: {
      AM01: { unemployment: [['2024', 4.1]] },
      AM03: { unemployment: [['2024', 3.2]] },
    },
  },
  curated: {
    rows: [
      { area: 'AM03', occupation: 'Verzorgende IG', groep: '1051', status: 'kansrijk', reason: 'synthetisch', period: '2025', sourceTitle: 'Synthetisch', sourceUrl: 'https://example.invalid/', completeness: 'voorbeeld' },
      { area: 'AM01', occupation: 'Timmerman', status: 'minder kansrijk', reason: 'synthetisch', period: '2025', sourceTitle: 'Synthetisch', sourceUrl: 'https://example.invalid/', completeness: 'voorbeeld' },
    ],
  },
  offers: {
    rows: [
      offer('syn-1', 'AM03', 'PV22', 'mbo3', '1051', '10'),
      offer('syn-2', 'AM01', 'PV20', 'mbo2', '0711', '07'),
      offer('syn-3', 'AM01', 'PV20', 'mbo4', '0712', '07'),
    ],
  },
  qualifications: {
    rows: [
      { crebo: '25180', name: 'Verzorgende-IG (synthetisch)', level: 'mbo3', leerweg: ['BOL', 'BBL'], klassen: ['10'], groepen: [{ groep: '1051', confidence: 'high', method: 'synthetic' }], source: SOURCE },
      { crebo: '25200', name: 'Timmerman (synthetisch)', level: 'mbo2', leerweg: ['BBL'], klassen: ['07'], groepen: [{ groep: '0711', confidence: 'low', method: 'synthetic' }], source: SOURCE },
    ],
  },
  'school-locations': {
    rows: [
      { id: 'loc-1', provider: 'Synthetisch College', name: 'Locatie Assen', lon: 6.56, lat: 52.99, arbeidsmarktregio: 'AM03', provincie: 'PV22', source: SOURCE },
      { id: 'loc-2', provider: 'Synthetisch College', name: 'Locatie Groningen', lon: 6.57, lat: 53.22, arbeidsmarktregio: 'AM01', provincie: 'PV20', source: SOURCE },
    ],
  },
};

const PATHS: Record<DatasetId, string> = {
  'regions-arbeidsmarktregio': 'regions/arbeidsmarktregio.geojson',
  'regions-provincie': 'regions/provincie.geojson',
  'regions-gemeente': 'regions/gemeente.geojson',
  places: 'places.json',
  occupations: 'occupations.json',
  'occupation-titles': 'occupation-titles.json',
  indicators: 'indicators.json',
  'regional-stats': 'regional-stats.json',
  'regional-series': 'regional-series.json',
  curated: 'curated.json',
  offers: 'offers.json',
  'school-locations': 'school-locations.json',
  qualifications: 'qualifications.json',
};

/** path (relative to data/) → file text, including manifest.json: every dataset id, for use as fsFetcher overrides. */
export function syntheticDataFolder(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of DATASET_IDS) {
    const kind = id.startsWith('regions-') ? id.slice('regions-'.length) : undefined;
    out[PATHS[id]] = kind ? region(kind) : JSON.stringify(FILES[id as keyof typeof FILES]);
  }
  const manifest = {
    schemaVersion: SCHEMA_VERSION,
    buildId: 'synthetic0001',
    generated: '2026-01-01',
    generator: 'tests/lib/syntheticDataset.ts',
    sources: [
      { id: SOURCE, title: 'Synthetic test data', publisher: 'tests', url: 'about:blank', licence: 'none', licenceVerified: true, retrieved: '2026-01-01', status: 'synthetic' },
      { id: 'cbs-gebiedsindelingen-2025', title: 'CBS gebiedsindelingen 2025', publisher: 'CBS', url: 'about:blank', licence: 'CC BY 4.0', licenceVerified: false, retrieved: '2026-01-01', status: 'derived' },
    ],
    files: DATASET_IDS.map((id) => ({
      id,
      path: PATHS[id],
      schemaVersion: SCHEMA_VERSION,
      sources: [id.startsWith('regions-') ? 'cbs-gebiedsindelingen-2025' : SOURCE],
      rows: 1,
      bytes: out[PATHS[id]]!.length,
      sha256: '0'.repeat(64),
      lazy: ['regions-gemeente', 'regional-series', 'occupation-titles', 'offers', 'school-locations', 'qualifications'].includes(id),
    })),
    missing: [],
  };
  out['manifest.json'] = JSON.stringify(manifest);
  return out;
}
