/**
 * Five ways to break each data file, for the hostile-input tests: truncated, wrong type, missing field,
 * unknown code (a region code no region file has; for files without region codes, another unknown reference),
 * and empty. Each structural corruption says which row and field the loader's message must name.
 * Every dataset id of the contract has an entry, so a file that lands later is covered without editing this.
 */
import type { DatasetId } from '../../src/data/schemas';

export const CORRUPTIONS = ['truncated', 'wrongType', 'missingField', 'unknownCode', 'empty'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

/** What the loader's error must point at. `row` is 0-based, as in DataFileError. */
export interface Expected {
  row?: number;
  field?: string;
}

type Json = Record<string, unknown>;
type Mutate = (json: Json) => Expected;

/** A value of another type than `v` (numbers become text, everything else a number). */
const wrongTypeOf = (v: unknown): unknown => (typeof v === 'number' ? 'not-a-number' : 12345);

function rowsOf(json: Json, container: string): Json[] {
  const rows = json[container];
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`test data has no ${container}[] rows to corrupt`);
  return rows as Json[];
}

/** Work on the middle row of `container`, at a dotted `field` path inside it. */
function atRow(container: string, field: string, change: (parent: Json, key: string) => void): Mutate {
  return (json) => {
    const rows = rowsOf(json, container);
    const row = Math.floor(rows.length / 2);
    const parts = field.split('.');
    let parent = rows[row]!;
    for (const p of parts.slice(0, -1)) parent = parent[p] as Json;
    change(parent, parts[parts.length - 1]!);
    return { row, field };
  };
}

const wrongType = (container: string, field: string) => atRow(container, field, (o, k) => (o[k] = wrongTypeOf(o[k])));
const missing = (container: string, field: string) => atRow(container, field, (o, k) => delete o[k]);
const setTo = (container: string, field: string, value: unknown) => atRow(container, field, (o, k) => (o[k] = value));

/** An arbeidsmarktregio code with the right shape that no region has (AM04, AM16, AM31 were merged away; 99 never existed). */
export const UNKNOWN_AMR = 'AM99';

const regionFile = (wrongKindCode: string): Record<Exclude<Corruption, 'truncated' | 'empty'>, Mutate> => ({
  wrongType: wrongType('features', 'properties.name'),
  missingField: missing('features', 'properties.label'),
  // a code of another kind in this file: not a region this file may define
  unknownCode: setTo('features', 'properties.code', wrongKindCode),
});

export const FAULTS: Record<DatasetId, Record<Exclude<Corruption, 'truncated' | 'empty'>, Mutate>> = {
  'regions-arbeidsmarktregio': regionFile('GM9999'),
  'regions-provincie': regionFile('AM99'),
  'regions-gemeente': {
    wrongType: wrongType('features', 'properties.name'),
    missingField: missing('features', 'properties.label'),
    unknownCode: setTo('features', 'properties.arbeidsmarktregio', UNKNOWN_AMR),
  },
  places: {
    wrongType: wrongType('rows', 'lat'),
    missingField: missing('rows', 'name'),
    unknownCode: setTo('rows', 'arbeidsmarktregio', UNKNOWN_AMR),
  },
  occupations: {
    wrongType: wrongType('groepen', 'name'),
    missingField: missing('groepen', 'segment'),
    // no region codes in this file: a beroepsklasse that the file does not list
    unknownCode: setTo('groepen', 'klasse', '99'),
  },
  'occupation-titles': {
    wrongType: wrongType('rows', 'preferred'),
    missingField: missing('rows', 'label'),
    // no region codes: a BRC beroepsgroep that occupations.json does not list
    unknownCode: setTo('rows', 'groep', '9999'),
  },
  indicators: {
    wrongType: wrongType('rows', 'period'),
    missingField: missing('rows', 'source'),
    unknownCode: setTo('rows', 'area', UNKNOWN_AMR),
  },
  'regional-stats': {
    wrongType: (json) => {
      (json.employmentByKlasse as Json).period = 12345;
      return { field: 'employmentByKlasse.period' };
    },
    missingField: (json) => {
      delete json.measures;
      return { field: 'measures' };
    },
    unknownCode: (json) => {
      const points = json.trendPoints as Json;
      points[UNKNOWN_AMR] = Object.values(points)[0];
      return { field: `trendPoints.${UNKNOWN_AMR}` };
    },
  },
  'regional-series': {
    wrongType: (json) => {
      const series = json.series as Record<string, Json>;
      const area = Object.keys(series)[0]!;
      const measure = Object.keys(series[area]!)[0]!;
      series[area]![measure] = 12345;
      return { field: `series.${area}.${measure}` };
    },
    missingField: (json) => {
      delete json.series;
      return { field: 'series' };
    },
    unknownCode: (json) => {
      const series = json.series as Json;
      series[UNKNOWN_AMR] = Object.values(series)[0];
      return { field: `series.${UNKNOWN_AMR}` };
    },
  },
  curated: {
    wrongType: wrongType('rows', 'occupation'),
    missingField: missing('rows', 'status'),
    unknownCode: setTo('rows', 'area', UNKNOWN_AMR),
  },
  offers: {
    wrongType: wrongType('rows', 'title'),
    missingField: missing('rows', 'provider'),
    unknownCode: setTo('rows', 'arbeidsmarktregio', UNKNOWN_AMR),
  },
  qualifications: {
    wrongType: wrongType('rows', 'name'),
    missingField: missing('rows', 'crebo'),
    // no region codes: a link to a BRC beroepsgroep that occupations.json does not list
    unknownCode: setTo('rows', 'groepen', [{ groep: '9999', confidence: 'high', method: 'corrupted by a test' }]),
  },
  'school-locations': {
    wrongType: wrongType('rows', 'lon'),
    missingField: missing('rows', 'provider'),
    unknownCode: setTo('rows', 'arbeidsmarktregio', UNKNOWN_AMR),
  },
};

/** The corrupted text of a file and what the loader's message must name (no row/field for unreadable files). */
export function corrupt(id: DatasetId, how: Corruption, text: string): { text: string; expect: Expected } {
  if (how === 'truncated') return { text: text.slice(0, Math.floor(text.length / 2)), expect: {} };
  if (how === 'empty') return { text: '', expect: {} };
  const json = JSON.parse(text) as Json;
  const expect = FAULTS[id][how](json);
  return { text: JSON.stringify(json), expect };
}
