/**
 * Validation of one data file against its schema, with errors that name the file, the row and the field.
 * Used by src/data/load.ts in the browser and by scripts/ before a build is swapped in.
 */
import type { z } from 'zod/mini';
import { DATASET_SCHEMAS, type DatasetFiles, type DatasetId } from './schemas';

export interface DataFileError {
  /** path of the file relative to data/, e.g. "offers.json" */
  file: string;
  /** row (0-based index into rows/features) when the problem is in one row */
  row?: number;
  /** dotted field path inside the row, e.g. "location.lon" */
  field?: string;
  /** what is wrong, in plain words */
  message: string;
  kind: 'missing' | 'unreadable' | 'invalid' | 'integrity' | 'checksum';
}

export function describeError(e: DataFileError): string {
  const where = [
    e.row !== undefined ? `row ${e.row + 1}` : undefined,
    e.field ? `field "${e.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${e.file}${where ? ` (${where})` : ''}: ${e.message}`;
}

const ROW_CONTAINERS = new Set(['rows', 'features', 'groepen', 'klassen', 'segmenten', 'sectorLinks', 'files', 'sources']);

/** Turn a zod issue path into (row, field): ["rows", 12, "location", "lon"] → row 12, "location.lon". */
export function locateIssue(path: ReadonlyArray<PropertyKey>): { row?: number; field?: string } {
  const parts = path.map((p) => (typeof p === 'symbol' ? p.toString() : p));
  const first = parts[0];
  const second = parts[1];
  if (typeof first === 'string' && ROW_CONTAINERS.has(first) && typeof second === 'number') {
    const rest = parts.slice(2).join('.');
    return { row: second, field: rest || first };
  }
  return { field: parts.length ? parts.join('.') : undefined };
}

export function validateFile<K extends DatasetId>(
  id: K,
  file: string,
  json: unknown,
): { ok: true; data: DatasetFiles[K] } | { ok: false; errors: DataFileError[] } {
  const schema = DATASET_SCHEMAS[id] as unknown as z.ZodMiniType<DatasetFiles[K]>;
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  const errors = result.error.issues.slice(0, 5).map((issue) => ({
    file,
    ...locateIssue(issue.path),
    message: issue.message,
    kind: 'invalid' as const,
  }));
  return { ok: false, errors };
}

/** Parse text as JSON; a truncated or empty file becomes a readable error, not an exception. */
export function parseJson(file: string, text: string): { ok: true; json: unknown } | { ok: false; error: DataFileError } {
  if (text.trim() === '') return { ok: false, error: { file, message: 'the file is empty', kind: 'unreadable' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { file, message: `not valid JSON (truncated or damaged): ${detail}`, kind: 'unreadable' } };
  }
}
