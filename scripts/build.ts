/**
 * `npm run build` — the static site in dist/ (plain `vite build`, unchanged).
 * `npm run build -- --edition noord [--out dist-noord]` — a self-contained static site for a regional edition:
 * its data (data/ plus the edition's own rows, manifest `edition` set) and the app opening on that edition.
 * The site is built into a temporary folder and swapped in only when the build succeeded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EditionError, prepareEdition } from './lib/edition';
import { importEditionCsv } from './lib/edition-import';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export function parseBuildArgs(argv: string[]): { edition: string | null; out: string | null; rest: string[] } {
  let edition: string | null = null;
  let out: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--edition' || a === '--out') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new Error(`${a} needs a value`);
      if (a === '--edition') edition = v;
      else out = v;
    } else if (a.startsWith('--edition=')) edition = a.slice(10);
    else rest.push(a);
  }
  return { edition, out, rest };
}

export function buildEdition(root: string, id: string, outDir: string, viteArgs: string[] = [], print = console.log, dataSource?: string): number {
  const prepared = prepareEdition(root, id, importEditionCsv, dataSource);
  for (const w of prepared.warnings) print(`edition ${id}: ${w}`);
  const target = resolve(root, outDir);
  const tmp = `${target}.build-${process.pid}`;
  try {
    const { rows } = prepared;
    print(`edition ${id}: ${prepared.config.title.nl}; extra rows: ${rows.offers.length} offers, ${rows.indicators.length} indicators, ${rows.curated.length} curated`);
    // relative to the project root: vite plugins join it onto the root
    const r = spawnSync(npx, ['vite', 'build', '--outDir', relative(root, tmp) || '.', '--emptyOutDir', ...viteArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, INSPIRATIEKAART_DATA: prepared.dataDir, VITE_EDITION: id },
    });
    if (r.status !== 0 || !existsSync(resolve(tmp, 'index.html')) || !existsSync(resolve(tmp, 'data/manifest.json'))) {
      print(`edition ${id}: the site build failed; ${outDir} was left untouched`);
      return 1;
    }
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
    print(`edition ${id}: built into ${outDir}/ (serve it with any static web server)`);
    return 0;
  } finally {
    rmSync(prepared.dataDir, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { edition, out, rest } = parseBuildArgs(process.argv.slice(2));
    if (!edition) {
      const r = spawnSync(npx, ['vite', 'build', ...(out ? ['--outDir', out] : []), ...rest], { stdio: 'inherit' });
      process.exit(r.status ?? 1);
    }
    process.exit(buildEdition(process.cwd(), edition, out ?? `dist-${edition}`, rest));
  } catch (e) {
    console.error(e instanceof EditionError ? `Edition build stopped:\n${e.message}` : `Build stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
