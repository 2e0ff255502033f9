import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fetcher } from '../../src/data/load';

/** A Fetcher over a folder on disk, with optional per-file overrides (to corrupt a file in a test). */
export function fsFetcher(dir: string, overrides: Record<string, string | null> = {}): Fetcher {
  return async (url) => {
    const rel = url.replace(/^data\//, '').split('?')[0]!;
    if (rel in overrides) {
      const body = overrides[rel];
      if (body === null) return { ok: false, status: 404, text: async () => '' };
      return { ok: true, status: 200, text: async () => body! };
    }
    try {
      const text = await readFile(join(dir, rel), 'utf8');
      return { ok: true, status: 200, text: async () => text };
    } catch {
      return { ok: false, status: 404, text: async () => '' };
    }
  };
}
