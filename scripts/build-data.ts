/**
 * Builds data/ from open sources: `npm run build:data -- --sources ../shared/sources` (local copies)
 * or `npm run build:data -- --online` (live URLs). Each step reads and validates its source, the output is
 * validated with the app's own schemas, and data/ is swapped in atomically: a failed build leaves data/ untouched.
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from './lib/args';
import { BuildOutput } from './lib/output';
import type { StepContext } from './lib/context';
import type { FetchLike } from './lib/download';
import { SOURCES } from './sources';
import { STEPS } from './steps';

export async function buildData(argv: string[], print: (line: string) => void = console.log, deps: { fetch?: FetchLike } = {}) {
  const opts = parseArgs(argv);
  const ctx: StepContext = { opts, out: new BuildOutput(), products: {}, log: (m) => print(`    ${m}`), ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  const summary: [string, string, string][] = [];
  for (const step of STEPS) {
    print(`• ${step.name}`);
    const t0 = performance.now();
    const result = await step.run(ctx);
    summary.push([step.name, result, `${((performance.now() - t0) / 1000).toFixed(1)} s`]);
  }
  const written = ctx.out.writeAtomically(opts.out, Object.values(SOURCES), 'scripts/build-data.ts');
  print('');
  print(`${'step'.padEnd(22)} ${'result'.padEnd(70)} time`);
  for (const [name, result, time] of summary) print(`${name.padEnd(22)} ${result.padEnd(70)} ${time}`);
  print('');
  print(`${'file'.padEnd(40)} ${'bytes'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const f of written) {
    const gz = gzipSync(f.content, { level: 9 }).length;
    print(`${f.path.padEnd(40)} ${String(Buffer.byteLength(f.content)).padStart(10)} ${String(gz).padStart(10)}`);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildData(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`\nBuild stopped: ${e instanceof Error ? e.message : String(e)}\ndata/ was left untouched.`);
    process.exit(1);
  });
}
