/**
 * --online: ROA AIS tot 2030 "Arbeidsmarktinformatie" from DataverseNL. The file id changes with every upload,
 * so it is resolved by its label through the dataset's file list, then downloaded (cached by id + checksum),
 * decoded as cp1252 and parsed by read-roa-regional.ts.
 */
import type { StepContext } from '../lib/context';
import { need } from '../lib/context';
import { cachedDownload, downloadJson, DownloadError, type FetchLike } from '../lib/download';
import { SourceShapeError } from '../lib/errors';
import { readRoaRegionalCsv, type RoaRegionalResult } from './read-roa-regional';

export const ROA_REGIONAL_SOURCE = 'roa-ais-2030-ed2026';
export const ROA_DOI = 'doi:10.34894/DVQTOG';
export const ROA_FILE_LIST_URL = `https://dataverse.nl/api/datasets/:persistentId/?persistentId=${ROA_DOI}`;
export const ROA_FILE_URL = (id: number) => `https://dataverse.nl/api/access/datafile/${id}`;
export const ROA_LABEL = 'AIStot2030_Arbeidsmarktinformatie_editie2026.csv';
const LABEL = 'ROA AIS (DataverseNL)';

export interface DataverseFile {
  label: string;
  id: number;
  checksum?: string;
}

/** The files of the dataset's latest version, from the Dataverse native API answer. */
export function dataverseFiles(json: unknown): DataverseFile[] {
  const files = (json as { data?: { latestVersion?: { files?: unknown } } })?.data?.latestVersion?.files;
  if (!Array.isArray(files)) throw new SourceShapeError(ROA_FILE_LIST_URL, 'data.latestVersion.files', 'missing (the Dataverse API answer changed shape)');
  return files.map((f, i) => {
    const label = (f as { label?: unknown }).label;
    const df = (f as { dataFile?: { id?: unknown; checksum?: { value?: unknown } } }).dataFile;
    if (typeof label !== 'string' || typeof df?.id !== 'number') {
      throw new SourceShapeError(ROA_FILE_LIST_URL, `data.latestVersion.files[${i}]`, 'expected a label and dataFile.id');
    }
    const checksum = df.checksum?.value;
    return { label, id: df.id, ...(typeof checksum === 'string' ? { checksum } : {}) };
  });
}

export function resolveByLabel(files: readonly DataverseFile[], label: string): DataverseFile {
  const hit = files.find((f) => f.label === label);
  if (!hit) {
    throw new SourceShapeError(ROA_FILE_LIST_URL, 'label', `no file labelled "${label}"; the dataset lists: ${files.map((f) => f.label).join(', ')}`);
  }
  return hit;
}

export async function readRoaRegionalOnline(opts: {
  fetch: FetchLike;
  cacheDir: string;
  regions: readonly { code: string; name: string }[];
  label?: string;
  log?: (m: string) => void;
}): Promise<RoaRegionalResult & { label: string; fileId: number }> {
  const label = opts.label ?? ROA_LABEL;
  const file = resolveByLabel(dataverseFiles(await downloadJson(opts.fetch, LABEL, ROA_FILE_LIST_URL)), label);
  opts.log?.(`${label} is file ${file.id}`);
  const bytes = await cachedDownload(opts.fetch, opts.cacheDir, `roa/${file.id}-${file.checksum ?? 'nochecksum'}-${label}`, LABEL, ROA_FILE_URL(file.id), opts.log);
  const text = new TextDecoder('windows-1252').decode(bytes);
  const result = readRoaRegionalCsv(text, `${label} (file ${file.id})`, opts.regions, ROA_REGIONAL_SOURCE);
  if (result.areas.length < opts.regions.length) {
    const got = new Set(result.areas);
    const lacking = opts.regions.filter((r) => !got.has(r.code)).map((r) => `${r.code} ${r.name}`);
    throw new SourceShapeError(
      `${label} (file ${file.id})`,
      'regionaam',
      `no beroepsgroep rows for ${lacking.length} arbeidsmarktregio('s): ${lacking.join(', ')}` +
        (result.unmatchedRegions.length ? `; names in the file not matched: ${result.unmatchedRegions.join(', ')}` : ''),
    );
  }
  return { ...result, label, fileId: file.id };
}

/** The build step's entry: regions from the regions step, fetch from the context (injectable in tests). */
export async function fetchRoaRegional(ctx: StepContext) {
  const regions = need(ctx, 'regions').arbeidsmarktregio.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));
  const fetchImpl = ctx.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!fetchImpl) throw new DownloadError(`${LABEL}: this Node has no fetch (Node 20 or later is needed for --online)`);
  return readRoaRegionalOnline({ fetch: fetchImpl, cacheDir: ctx.opts.cache, regions, log: ctx.log });
}
