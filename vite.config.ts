/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp.ts';
import { serviceWorkerPlugin } from './scripts/vite/serviceWorker.ts';
import { preloadDataPlugin } from './scripts/vite/preloadData.ts';
import { maplibreCssPlugin } from './scripts/vite/maplibreCss.ts';
import { createReadStream, existsSync, statSync, cpSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

const DATA_DIR = resolve(process.env.INSPIRATIEKAART_DATA ?? 'data');

/** Serves data/ at /data/ in dev and preview, and copies it into the build. */
function dataFiles(): Plugin {
  let outDir = 'dist';
  const types: Record<string, string> = { '.json': 'application/json', '.geojson': 'application/geo+json' };
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const rel = normalize(decodeURIComponent(url.replace(/^\/data\//, '')));
    const file = join(DATA_DIR, rel);
    if (!url.startsWith('/data/') || !file.startsWith(DATA_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'inspiratiekaart-data',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(serve);
    },
    closeBundle() {
      // only into a real build: vitest runs this hook too, with a placeholder outDir ('dummy-non-existing-folder')
      if (existsSync(DATA_DIR) && existsSync(join(outDir, 'index.html'))) cpSync(DATA_DIR, join(outDir, 'data'), { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), dataFiles(), cspPlugin(), preloadDataPlugin(DATA_DIR), serviceWorkerPlugin(), maplibreCssPlugin()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, setupFiles: ['tests/setupLanguages.ts'] },
      },
      {
        extends: true,
        test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/setupLanguages.ts', 'tests/component/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
