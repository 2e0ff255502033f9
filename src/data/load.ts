/**
 * Loads data/manifest.json and the files it lists, validates each with its schema, checks references between
 * files, and builds the indexes the model needs. Never throws for bad data: every problem becomes a
 * DataFileError that names the file, row and field, and every file that is fine stays usable.
 */
import { manifest as manifestSchema, type DatasetFiles, type DatasetId, type Manifest } from './schemas';
import { parseJson, validateFile, type DataFileError } from './validate';
import { checkIntegrity } from './integrity';
import { buildIndexes, type Indexes } from './indexes';

export interface Dataset {
  manifest: Manifest;
  files: Partial<DatasetFiles>;
  errors: DataFileError[];
  index: Indexes;
}

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type LoadResult =
  | { ok: true; dataset: Dataset }
  /** the manifest itself could not be read: nothing can be loaded */
  | { ok: false; errors: DataFileError[] };

const MANIFEST = 'manifest.json';

async function fetchText(fetcher: Fetcher, base: string, file: string): Promise<{ text: string } | { error: DataFileError }> {
  try {
    const res = await fetcher(`${base}${file}`);
    if (!res.ok) {
      return { error: { file, message: `could not be loaded (HTTP ${res.status})`, kind: 'missing' } };
    }
    return { text: await res.text() };
  } catch (e) {
    return { error: { file, message: `could not be loaded (${e instanceof Error ? e.message : 'network error'})`, kind: 'missing' } };
  }
}

export async function loadManifest(fetcher: Fetcher, base: string): Promise<{ manifest: Manifest } | { errors: DataFileError[] }> {
  const got = await fetchText(fetcher, base, MANIFEST);
  if ('error' in got) return { errors: [got.error] };
  const parsed = parseJson(MANIFEST, got.text);
  if (!parsed.ok) return { errors: [parsed.error] };
  const result = manifestSchema.safeParse(parsed.json);
  if (!result.success) {
    return {
      errors: result.error.issues.slice(0, 5).map((i) => ({
        file: MANIFEST,
        field: i.path.map(String).join('.'),
        message: i.message,
        kind: 'invalid' as const,
      })),
    };
  }
  return { manifest: result.data };
}

type FileResult<K extends DatasetId> = { ok: true; data: DatasetFiles[K] } | { ok: false; errors: DataFileError[] };

/** Fetch the text of one file listed in the manifest (not yet parsed or validated). */
function fetchFile(fetcher: Fetcher, base: string, m: Manifest, id: DatasetId): Promise<{ path: string; text: string } | { errors: DataFileError[] }> {
  const entry = m.files.find((f) => f.id === id);
  if (!entry) return Promise.resolve({ errors: [{ file: id, message: 'is not part of this build (not in manifest.json)', kind: 'missing' }] });
  // The build id in the query string makes a new build bypass any cached copy of the old one.
  return fetchText(fetcher, base, `${entry.path}?v=${m.buildId}`).then((got) =>
    'error' in got ? { errors: [{ ...got.error, file: entry.path }] } : { path: entry.path, text: got.text },
  );
}

function parseAndValidate<K extends DatasetId>(id: K, got: { path: string; text: string } | { errors: DataFileError[] }): FileResult<K> {
  if ('errors' in got) return { ok: false, errors: got.errors };
  const parsed = parseJson(got.path, got.text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return validateFile(id, got.path, parsed.json);
}

/** Load and validate one file listed in the manifest. */
export async function loadFile<K extends DatasetId>(fetcher: Fetcher, base: string, m: Manifest, id: K): Promise<FileResult<K>> {
  return parseAndValidate(id, await fetchFile(fetcher, base, m, id));
}

/** A macrotask break, so the browser can run a frame (the map's) between two files' validation. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Load the manifest and every eager (non-lazy) file. `include` restricts loading to some ids (tests, embed).
 * `first`: these files are validated before the others (all are fetched at once) and handed to `onValidated`, which
 * may wait (the map starts drawing the region outlines meanwhile); the others are then validated one by one with a
 * break between files, so the map's frames are not held up behind all of the validation at once.
 */
export async function loadDataset(
  fetcher: Fetcher,
  base = 'data/',
  opts: {
    include?: readonly DatasetId[];
    includeLazy?: boolean;
    first?: { ids: readonly DatasetId[]; onValidated(files: Partial<DatasetFiles>): void | Promise<void> };
  } = {},
): Promise<LoadResult> {
  const got = await loadManifest(fetcher, base);
  if ('errors' in got) return { ok: false, errors: got.errors };
  const m = got.manifest;
  const wanted = m.files.filter((f) => (opts.include ? opts.include.includes(f.id) : opts.includeLazy || !f.lazy));
  const files: Partial<DatasetFiles> = {};
  const errors: DataFileError[] = [];
  const fetches = new Map(wanted.map((f) => [f.id, fetchFile(fetcher, base, m, f.id)] as const));
  const settle = async (id: DatasetId) => {
    const r = parseAndValidate(id, await fetches.get(id)!);
    if (r.ok) (files as Record<string, unknown>)[id] = r.data;
    else errors.push(...r.errors);
  };
  const first = opts.first;
  if (first) {
    await Promise.all(wanted.filter((f) => first.ids.includes(f.id)).map((f) => settle(f.id)));
    await first.onValidated({ ...files });
    for (const f of wanted.filter((f) => !first.ids.includes(f.id))) {
      await yieldToBrowser();
      await settle(f.id);
    }
  } else {
    await Promise.all(wanted.map((f) => settle(f.id)));
  }
  const integrity = checkIntegrity(m, files);
  errors.push(...integrity.errors);
  for (const id of integrity.drop) delete files[id];
  return { ok: true, dataset: { manifest: m, files, errors, index: buildIndexes(files) } };
}

/** Add a lazily loaded file to a dataset (returns a new Dataset; indexes rebuilt for what changed). */
export function withFile<K extends DatasetId>(ds: Dataset, id: K, data: DatasetFiles[K]): Dataset {
  const files = { ...ds.files, [id]: data } as Partial<DatasetFiles>;
  const integrity = checkIntegrity(ds.manifest, files);
  const errors = [...ds.errors.filter((e) => !integrity.errors.some((n) => n.file === e.file)), ...integrity.errors];
  for (const drop of integrity.drop) delete files[drop];
  return { manifest: ds.manifest, files, errors, index: buildIndexes(files, ds.index) };
}

export const browserFetcher: Fetcher = (url) => fetch(url);
