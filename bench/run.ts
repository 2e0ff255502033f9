/**
 * `npm run bench`: the four benchmarks, each against an alternative measured in the same run, printed as one
 * table of ratios. `npm run bench -- --readme` also writes the table and the machine into bench/README.md.
 * `npm run bench -- --only size` (or filtering|startup|interaction, comma-separated) runs only those rows; --readme
 * is refused then, so the README's block always holds a whole run.
 * Synthetic data only (bench/synthetic.ts); timings are never asserted by tests.
 */
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/lib/browser';
import { runFilteringBench } from './filtering';
import { buildAndServe } from './site';
import { runStartupBench } from './startup';
import { BACK_TO_BACK_GAP_MS, SETTLED_GAP_MS, runInteractionBench } from './interaction';
import { runInteractionCpu } from './interactionCpu';
import { BUDGET_KB, runSizeBench } from './size';
import { fmtMs, fmtRatio } from './stats';

interface Row {
  bench: string;
  ours: string;
  alternative: string;
  ratio: string;
  goal: string;
  met: boolean;
}

const BENCHES = ['filtering', 'startup', 'interaction', 'size'] as const;
type Bench = (typeof BENCHES)[number];
const onlyArg = process.argv.find((a, i) => a.startsWith('--only=') || process.argv[i - 1] === '--only');
const only = onlyArg === undefined ? null : (onlyArg.replace(/^--only=/, '').split(',') as Bench[]);
if (only?.some((b) => !BENCHES.includes(b))) throw new Error(`--only takes ${BENCHES.join('|')} (comma-separated), got ${onlyArg}`);
if (only && process.argv.includes('--readme')) throw new Error('--readme records a whole run; leave out --only');
const wanted = (b: Bench) => only === null || only.includes(b);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const started = Date.now();
const load = loadavg()[0]!.toFixed(1);
const rows: Row[] = [];
const notes: string[] = [];

// 1. filtering
if (wanted('filtering')) {
  const filtering = runFilteringBench();
  const t = filtering.times;
  const ours = t[filtering.names.ours]!;
  const cf = t[filtering.names.crossfilter]!;
  const nv = t[filtering.names.naive]!;
  rows.push({
    bench: `filtering: one filter change, ${filtering.offers.toLocaleString('en')} offers (median of ${filtering.changes})`,
    ours: `${fmtMs(ours.median)} (p95 ${fmtMs(ours.p95)})`,
    alternative: `crossfilter2 ${fmtMs(cf.median)} · naive ${fmtMs(nv.median)}`,
    ratio: `${fmtRatio(cf.median / ours.median)} faster than crossfilter2 · ${fmtRatio(nv.median / ours.median)} faster than naive`,
    goal: 'faster than crossfilter2, ≥ 10× naive, < 5 ms',
    met: ours.median < cf.median && nv.median / ours.median >= 10 && ours.median < 5,
  });
  notes.push(`filtering set-up (index building, once per load): ours ${fmtMs(filtering.setupMs.ours!)}, crossfilter2 ${fmtMs(filtering.setupMs.crossfilter!)}`);
}

// 2–4. in Chromium
const inBrowser = wanted('startup') || wanted('interaction') || wanted('size');
const sites = inBrowser ? await buildAndServe() : null;
const browser = inBrowser ? await launchBrowser() : null;
if (sites && browser) {
  try {
    if (wanted('startup')) {
      const startup = await runStartupBench(browser, sites);
      notes.push(`start-up samples (ms): app ${startup.samples.app.map((t) => t.toFixed(0)).join(', ')} · bare ${startup.samples.bare.map((t) => t.toFixed(0)).join(', ')}`);
      rows.push({
        bench: `start-up: navigation → first complete choropleth frame (median of ${startup.samples.app.length})`,
        ours: fmtMs(startup.app),
        alternative: `bare MapLibre page, same 35 polygons: ${fmtMs(startup.bare)}`,
        ratio: `${fmtRatio(startup.app / startup.bare)} the bare page`,
        goal: '≤ 1.3×',
        met: startup.app / startup.bare <= 1.3,
      });
    }

    if (wanted('interaction')) {
      const interaction = await runInteractionBench(browser, sites.app);
      rows.push({
        bench: `interaction: filter change → map repainted (${interaction.timed} changes, each ${SETTLED_GAP_MS} ms after the last was drawn)`,
        ours: `p95 ${fmtMs(interaction.p95)} (median ${fmtMs(interaction.median)})`,
        alternative: 'goal 100 ms',
        ratio: `${fmtRatio(interaction.p95 / 100)} the goal`,
        goal: 'p95 ≤ 100 ms',
        met: interaction.p95 <= 100,
      });
      notes.push(
        `interaction, split at the browser's next animation frame after the click: until that frame median ${fmtMs(interaction.toFrame.median)}, p95 ${fmtMs(interaction.toFrame.p95)} (the click's JavaScript, layout, and the compositor being ready); from that frame to the map's idle median ${fmtMs(interaction.afterFrame.median)}, p95 ${fmtMs(interaction.afterFrame.p95)}`,
      );
      const rapid = await runInteractionBench(browser, sites.app, 50, 'dist', BACK_TO_BACK_GAP_MS);
      notes.push(
        `interaction, back to back (${BACK_TO_BACK_GAP_MS} ms after the last change's idle map, not a person's pace): p95 ${fmtMs(rapid.p95)}, median ${fmtMs(rapid.median)}; until the next frame median ${fmtMs(rapid.toFrame.median)} — the page is still drawing the previous change when the next click comes (its frames on the software GPU); the row above starts each change from a settled page`,
      );
      const cpu = await runInteractionCpu(browser, sites.app);
      notes.push(
        `interaction, the work itself (thread CPU time from a Chrome trace, a second pass of ${cpu.changes} changes; wall time above also holds every moment another process had the core): page main thread median ${fmtMs(cpu.main.median)}, p95 ${fmtMs(cpu.main.p95)}; GPU thread from one click to the next: CPU median ${fmtMs(cpu.gpu.median)}, busy (wall) median ${fmtMs(cpu.gpu.busyMedian)}, p95 ${fmtMs(cpu.gpu.busyP95)} (wall includes waiting on SwiftShader's own threads, which the trace does not show)`,
      );
      if (interaction.unchanged) notes.push(`interaction: ${interaction.unchanged} of ${interaction.timed + interaction.unchanged} changes left every colour as it was (no repaint, not timed)`);
    }

    if (wanted('size')) {
      const size = await runSizeBench(browser, sites.app);
      const parts = Object.entries(size.byPart).map(([p, b]) => `${p} ${kb(b)}`).join(' · ');
      rows.push({
        bench: 'size: gzip of everything the first screen transfers',
        ours: kb(size.total),
        alternative: `budget ${BUDGET_KB} KB — ${parts}`,
        ratio: `${fmtRatio(size.total / 1024 / BUDGET_KB)} the budget`,
        goal: `≤ ${BUDGET_KB} KB, no lazy file before the first frame`,
        met: size.total / 1024 <= BUDGET_KB && size.lazyInFirstScreen.length === 0,
      });
      if (size.lazyInFirstScreen.length) notes.push(`size: lazy files fetched before the first frame: ${size.lazyInFirstScreen.join(', ')}`);
      if (size.afterFirstScreen.length) {
        const after = size.afterFirstScreen.reduce((s, f) => s + f.gzip, 0);
        notes.push(`size: after the first screen ${kb(after)} more (${size.afterFirstScreen.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')})`);
      }
      notes.push(`size, largest first-screen files: ${[...size.files].sort((a, b) => b.gzip - a.gzip).slice(0, 6).map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await sites.close();
  }
}

const chromium = JSON.parse(readFileSync('node_modules/@sparticuz/chromium/package.json', 'utf8')).version as string;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}, @sparticuz/chromium ${chromium} (SwiftShader WebGL); load average at start ${load}`;
const seconds = ((Date.now() - started) / 1000).toFixed(0);

const table = [
  '| benchmark | ours | alternative | ratio | goal | met |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.bench} | ${r.ours} | ${r.alternative} | ${r.ratio} | ${r.goal} | ${r.met ? 'yes' : '**no**'} |`),
].join('\n');
const report = `${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\nMachine: ${machine}, at the end ${loadavg()[0]!.toFixed(1)}. Whole run: ${seconds} s.\n`;
console.log(`\n${report}`);

if (process.argv.includes('--readme')) {
  const readme = readFileSync('bench/README.md', 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  const block = `<!-- results:start -->\nLatest run (${date}):\n\n${report}<!-- results:end -->`;
  writeFileSync('bench/README.md', readme.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, block));
  console.log('bench/README.md updated');
}
