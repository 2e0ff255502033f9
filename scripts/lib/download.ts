/**
 * Downloads for --online builds: an injectable fetch (tests pass a fake one), a clear message when the host
 * cannot be reached (no stack trace, says how to build offline), and a download cache keyed by a name the
 * caller chooses (e.g. file id + checksum), so a rebuild does not download the same bytes again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type FetchLike = (url: string, init?: { headers?: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  statusText?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

/** A download that failed: the message names the source, the URL and what to do. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

const OFFLINE_HINT = 'Without network, build from the local copies: `npm run build:data -- --sources ../shared/sources` (no --online).';

export async function download(fetchImpl: FetchLike, label: string, url: string): Promise<Uint8Array> {
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchImpl(url, { headers: { 'User-Agent': 'inspiratiekaart-build-data', Accept: '*/*' } });
  } catch (e) {
    const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new DownloadError(`${label}: cannot reach ${url} (${cause}). Is there a network connection? ${OFFLINE_HINT}`);
  }
  if (!res.ok) throw new DownloadError(`${label}: ${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}. ${OFFLINE_HINT}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function downloadJson(fetchImpl: FetchLike, label: string, url: string): Promise<unknown> {
  const bytes = await download(fetchImpl, label, url);
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new DownloadError(`${label}: ${url} did not return JSON (the service changed, or a login/error page came back)`);
  }
}

/** Read `name` from the cache folder, or download it and store it there (written atomically). */
export async function cachedDownload(
  fetchImpl: FetchLike,
  cacheDir: string,
  name: string,
  label: string,
  url: string,
  log: (m: string) => void = () => {},
): Promise<Uint8Array> {
  const path = join(cacheDir, name);
  if (existsSync(path)) {
    log(`${label}: using cached ${path}`);
    return new Uint8Array(readFileSync(path));
  }
  log(`${label}: downloading ${url}`);
  const bytes = await download(fetchImpl, label, url);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.part`, bytes);
  renameSync(`${path}.part`, path);
  return bytes;
}
