/**
 * Builds data/ from open sources: `npm run build:data -- --sources ../shared/sources` (local copies)
 * or `npm run build:data -- --online` (live URLs). Each step reads and validates its source, the output is
 * validated with the app's own schemas, and data/ is swapped in atomically.
 */
import { parseArgs } from './lib/args';
import { BuildOutput } from './lib/output';
import { SourceShapeError } from './lib/errors';
import { SOURCES } from './sources';
import { readRegionsLocal } from './steps/read-regions';

export async function buildData(argv: string[]) {
  const opts = parseArgs(argv);
  const out = new BuildOutput();
  const step = (name: string) => process.stdout.write(`• ${name}… `);
  const done = (detail: string) => process.stdout.write(`${detail}\n`);

  step('regions');
  for (const kind of ['arbeidsmarktregio', 'provincie', 'gemeente'] as const) {
    const fc = readRegionsLocal(opts.sources, kind);
    out.add({
      id: `regions-${kind}`,
      path: `regions/${kind}.geojson`,
      data: fc,
      sources: ['cbs-gebiedsindelingen-2025'],
      rows: fc.features.length,
      lazy: kind === 'gemeente',
    });
  }
  done('35 / 12 / 342');

  const written = out.writeAtomically(opts.out, Object.values(SOURCES), 'scripts/build-data.ts');
  console.log('\nfile                                   bytes');
  for (const f of written) console.log(`${f.path.padEnd(38)} ${String(Buffer.byteLength(f.content)).padStart(9)}`);
}

buildData(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof SourceShapeError) console.error(`\nBuild stopped: ${e.message}\ndata/ was left untouched.`);
  else console.error(`\nBuild stopped: ${e instanceof Error ? e.message : String(e)}\ndata/ was left untouched.`);
  process.exit(1);
});
