/**
 * What the browser benchmarks run against: the app's production build (dist/, built fresh) and the bare MapLibre
 * page (bench/bare → dist-bench/bare, with the same arbeidsmarktregio file), both served by the test server with
 * the site's security headers.
 */
import { build } from 'vite';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../tests/lib/server';

export interface Sites {
  app: string;
  bare: string;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<Sites> {
  const app = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (app.status !== 0) throw new Error('vite build failed');
  const out = resolve('dist-bench/bare');
  await build({ root: resolve('bench/bare'), base: './', configFile: false, logLevel: 'error', build: { outDir: out, emptyOutDir: true, target: 'es2022' } });
  mkdirSync(resolve(out, 'data'), { recursive: true });
  copyFileSync('data/regions/arbeidsmarktregio.geojson', resolve(out, 'data/arbeidsmarktregio.geojson'));
  const [a, b] = await Promise.all([serveStatic('dist'), serveStatic(out)]);
  return { app: a.url, bare: b.url, close: async () => void (await Promise.all([a.close(), b.close()])) };
}
