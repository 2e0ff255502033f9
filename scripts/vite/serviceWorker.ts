/**
 * Writes dist/sw.js at the end of the build: the template scripts/vite/sw.js with the list of files to precache
 * (the app shell and every data file in data/manifest.json, with the ?v=<buildId> the app requests them with) and a
 * cache name derived from the content of all of them. The app registers it in production builds only
 * (src/offline/registerServiceWorker.ts), so `npm start` never runs a service worker.
 */
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Never precached: the worker itself, host config, and woff fonts (every browser with service workers reads woff2). */
const SKIP = [/^sw\.js$/, /^_headers$/, /\.woff$/, /\.map$/];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The precache list (URL paths relative to the site root) and a hash of everything in it. */
export function precacheList(outDir: string): { urls: string[]; hash: string } {
  const manifestPath = join(outDir, 'data', 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { buildId: string; files: { path: string }[] }) : null;
  const versioned = new Map((manifest?.files ?? []).map((f) => [`data/${f.path}`, `data/${f.path}?v=${manifest!.buildId}`]));
  const hash = createHash('sha256');
  const urls: string[] = [];
  for (const file of walk(outDir).sort()) {
    const rel = relative(outDir, file).split(sep).join('/');
    if (SKIP.some((re) => re.test(rel))) continue;
    // data files outside the manifest are not part of this build's data
    if (rel.startsWith('data/') && rel !== 'data/manifest.json' && !versioned.has(rel)) continue;
    const url = versioned.get(rel) ?? rel;
    urls.push(url);
    hash.update(url).update('\0').update(readFileSync(file)).update('\0');
  }
  return { urls, hash: hash.digest('hex').slice(0, 16) };
}

/** Write `<outDir>/sw.js` for the files now in outDir; returns its cache name. */
export function writeServiceWorker(outDir: string): string {
  const { urls, hash } = precacheList(outDir);
  const cache = `inspiratiekaart-${hash}`;
  const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
  writeFileSync(join(outDir, 'sw.js'), template.replace("'__CACHE__'", JSON.stringify(cache)).replace('__PRECACHE__', JSON.stringify(urls, null, 1)));
  return cache;
}

export function serviceWorkerPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'inspiratiekaart-service-worker',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    // after the data files are copied into the build (dataFiles plugin, closeBundle)
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeServiceWorker(outDir);
      },
    },
  };
}
