/**
 * The first screen's data files are fetched by the app only after its JavaScript has run (manifest first, then the
 * files it lists). This plugin puts <link rel="preload"> tags for the manifest and every eager (non-lazy) file into
 * the built index.html, with the exact URLs the app asks for (`data/<path>?v=<buildId>`), so the browser fetches
 * them while it is still parsing the JavaScript. Lazy files are left out: they load after the first screen.
 * `crossorigin` makes the preload match the app's fetch() (CORS mode, same-origin credentials).
 */
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestLike {
  buildId: string;
  files: { path: string; lazy?: boolean }[];
}

/** The URLs to preload, from a data folder's manifest.json (empty when it has none or cannot be read). */
export function preloadUrls(dataDir: string): string[] {
  const path = join(dataDir, 'manifest.json');
  if (!existsSync(path)) return [];
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as ManifestLike;
    return ['data/manifest.json', ...m.files.filter((f) => !f.lazy).map((f) => `data/${f.path}?v=${m.buildId}`)];
  } catch {
    return []; // a broken manifest is reported by the app itself, with the file and field
  }
}

export function preloadDataPlugin(dataDir: string): Plugin {
  return {
    name: 'inspiratiekaart-preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const links = preloadUrls(dataDir).map((u) => `<link rel="preload" href="${u.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" as="fetch" crossorigin />`);
        return links.length ? html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`) : html;
      },
    },
  };
}
