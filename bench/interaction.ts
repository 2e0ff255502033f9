/**
 * Benchmark 3 — interaction: a filter change (a sector or level box ticked or unticked, as a person would) until
 * the map has repainted (MapLibre's next 'idle'), in Chromium, over 50 changes; reported as median and p95.
 * A change that leaves every region's colour as it was makes no repaint; it is counted, not timed.
 *
 * Pace: each change starts from a settled page, `gapMs` (default 300 ms, a quick person's pace) after the
 * previous change's map was idle. Back to back (30 ms apart) the page is still drawing the previous change when the
 * next click comes (on the software GPU of these runs), so that pass measures the backlog more than one change;
 * run.ts reports it beside the row. Until 2026-11-23 evening the row itself was the back-to-back pass.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRng } from '../tests/lib/rng';
import { APP_FIRST_FRAME_PROBE, firstFrame } from './firstFrame';
import { median, percentile } from './stats';

const change = (index: number) => `new Promise((resolve) => {
  const map = window.__inspiratiekaart.map;
  const inputs = [...document.querySelectorAll('.filters fieldset input[type=checkbox]')];
  const input = inputs[${index} % inputs.length];
  let timer = 0;
  let frame = -1;
  const t0 = performance.now();
  requestAnimationFrame(() => { frame = performance.now() - t0; });
  const onIdle = () => { clearTimeout(timer); resolve([performance.now() - t0, frame]); };
  map.once('idle', onIdle);
  timer = setTimeout(() => { map.off('idle', onIdle); resolve([-1, -1]); }, 3000);
  input.click();
})`;

/** Wait until every lazy data file has been fetched (they load after the first screen), then for a quiet network. */
export async function lazyFilesLoaded(page: Page, dist = 'dist', timeout = 120_000) {
  const manifest = JSON.parse(readFileSync(join(dist, 'data/manifest.json'), 'utf8')) as { files: { path: string; lazy: boolean }[] };
  const paths = manifest.files.filter((f) => f.lazy).map((f) => `data/${f.path}`);
  const probe = `(() => { const got = performance.getEntriesByType('resource').map((e) => e.name); return ${JSON.stringify(paths)}.every((p) => got.some((n) => n.includes(p))); })()`;
  const end = Date.now() + timeout;
  while (!(await page.evaluate(probe))) {
    if (Date.now() > end) throw new Error('the lazy data files did not all load');
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // the last file is parsed and applied after it arrived
}

/** Time between one change's idle map and the next click: the page has drawn everything the change touched. */
export const SETTLED_GAP_MS = 300;
/** Back to back: the next click while the previous change's panel updates may still be rastering. */
export const BACK_TO_BACK_GAP_MS = 30;

export async function runInteractionBench(browser: Browser, appUrl: string, changes = 50, dist = 'dist', gapMs = SETTLED_GAP_MS) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript(APP_FIRST_FRAME_PROBE);
  const page = await context.newPage();
  await page.goto(appUrl);
  await firstFrame(page);
  await lazyFilesLoaded(page, dist); // as after a real first visit: the lazy files are in too
  const boxes = (await page.evaluate(`document.querySelectorAll('.filters fieldset input[type=checkbox]').length`)) as number;
  if (boxes === 0) throw new Error('interaction bench: no filter checkboxes found');
  const rng = seededRng(11);
  const times: number[] = [];
  /** of each change: until the browser's next animation frame (click handling, layout, the compositor), and after it */
  const toFrame: number[] = [];
  const afterFrame: number[] = [];
  let unchanged = 0;
  // each chosen box ticked, then unticked: every change is a real filter change from the state before it
  for (let i = 0; i < changes / 2; i++) {
    const box = rng.int(0, boxes - 1);
    for (let k = 0; k < 2; k++) {
      const [ms, frame] = (await page.evaluate(change(box))) as [number, number];
      if (ms < 0) unchanged++;
      else {
        times.push(ms);
        toFrame.push(frame);
        afterFrame.push(ms - frame);
      }
      await page.waitForTimeout(gapMs);
    }
  }
  await context.close();
  return {
    median: median(times),
    p95: percentile(times, 95),
    timed: times.length,
    unchanged,
    boxes,
    toFrame: { median: median(toFrame), p95: percentile(toFrame, 95) },
    afterFrame: { median: median(afterFrame), p95: percentile(afterFrame, 95) },
  };
}
