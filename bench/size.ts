/**
 * Benchmark 4 — size: the gzip size of everything the first screen transfers (until the first complete choropleth
 * frame), split by part, against a budget of 600 KB. Files the manifest marks lazy must not be among them; what
 * loads after the first screen is listed separately. Sizes are of the built files, gzipped here (level 6, what
 * static hosts commonly serve), so they do not depend on the test server.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { APP_FIRST_FRAME_PROBE, firstFrame } from './firstFrame';
import { lazyFilesLoaded } from './interaction';

export const BUDGET_KB = 600;

export type Part = 'html' | 'app JS' | 'MapLibre JS' | 'MapLibre worker' | 'CSS' | 'fonts' | 'data' | 'other';

export function partOf(path: string): Part {
  if (path === '' || path.endsWith('.html')) return 'html';
  if (path.includes('maplibre-gl-worker')) return 'MapLibre worker';
  if (/assets\/maplibre[^/]*\.js$/.test(path)) return 'MapLibre JS';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'app JS';
  if (path.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (path.startsWith('data/')) return 'data';
  return 'other';
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

export async function runSizeBench(browser: Browser, appUrl: string, dist = 'dist') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript(APP_FIRST_FRAME_PROBE);
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('requestfinished', (r) => seen.push(r.url()));
  await page.goto(appUrl);
  await firstFrame(page);
  const firstScreen = [...new Set(seen)];
  await lazyFilesLoaded(page, dist);
  const later = [...new Set(seen)].filter((u) => !firstScreen.includes(u));
  await context.close();

  const origin = new URL(appUrl);
  const pathOf = (u: string) => decodeURIComponent(new URL(u).pathname.slice(origin.pathname.length));
  const manifest = JSON.parse(readFileSync(join(dist, 'data/manifest.json'), 'utf8')) as { files: { path: string; lazy: boolean }[] };
  const lazyPaths = new Set(manifest.files.filter((f) => f.lazy).map((f) => `data/${f.path}`));

  const byPart = new Map<Part, number>();
  const files: { path: string; part: Part; gzip: number }[] = [];
  for (const u of firstScreen) {
    if (!u.startsWith(origin.origin)) continue;
    const path = pathOf(u);
    const part = partOf(path);
    const size = gz(join(dist, path === '' ? 'index.html' : path));
    files.push({ path, part, gzip: size });
    byPart.set(part, (byPart.get(part) ?? 0) + size);
  }
  const total = files.reduce((s, f) => s + f.gzip, 0);
  const lazyInFirstScreen = files.filter((f) => lazyPaths.has(f.path)).map((f) => f.path);
  const afterFirstScreen = later
    .filter((u) => u.startsWith(origin.origin))
    .map((u) => ({ path: pathOf(u), gzip: gz(join(dist, pathOf(u))) }));
  return { total, byPart: Object.fromEntries([...byPart].sort((a, b) => b[1] - a[1])), files, lazyInFirstScreen, afterFirstScreen };
}
