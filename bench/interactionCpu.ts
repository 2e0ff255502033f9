/**
 * Benchmark 3, second pass: the work one filter change costs, as thread CPU time (trace `tdur`), not wall time.
 * Wall time on a shared 2-core machine includes every moment another process had the core; thread time does not,
 * so this pass says how much of the wall-clock tail is the app's own work. Run after the timed pass (tracing
 * slows the page a little, so it never runs during the timed clicks).
 */
import type { Browser } from 'playwright-core';
import { seededRng } from '../tests/lib/rng';
import { APP_FIRST_FRAME_PROBE, firstFrame } from './firstFrame';
import { SETTLED_GAP_MS, lazyFilesLoaded } from './interaction';
import { median, percentile } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string };
}

export interface CpuPerChange {
  /** renderer main thread, click to the map's idle */
  main: { median: number; p95: number };
  /** the in-process GPU thread from one click to the next (its raster of the page goes on after the map's idle):
   * its own CPU time, and how long it was busy (wall) — the difference is waiting for SwiftShader's rendering
   * threads (WebGL and the page's raster in software), which the trace does not show */
  gpu: { median: number; p95: number; busyMedian: number; busyP95: number };
  changes: number;
}

export async function runInteractionCpu(browser: Browser, appUrl: string, changes = 30, dist = 'dist'): Promise<CpuPerChange> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript(APP_FIRST_FRAME_PROBE);
  const page = await context.newPage();
  await page.goto(appUrl);
  await firstFrame(page);
  await lazyFilesLoaded(page, dist);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] } });
  const boxes = (await page.evaluate(`document.querySelectorAll('.filters fieldset input[type=checkbox]').length`)) as number;
  const rng = seededRng(11);
  let n = 0;
  for (let i = 0; i < changes / 2; i++) {
    const box = rng.int(0, boxes - 1);
    for (let k = 0; k < 2; k++, n++) {
      await page.evaluate(`new Promise((resolve) => {
        const map = window.__inspiratiekaart.map;
        const input = document.querySelectorAll('.filters fieldset input[type=checkbox]')[${box}];
        const timer = setTimeout(() => resolve(false), 3000);
        performance.mark('change-${n}');
        map.once('idle', () => { clearTimeout(timer); performance.mark('idle-${n}'); resolve(true); });
        input.click();
      })`);
      await page.waitForTimeout(SETTLED_GAP_MS);
    }
  }
  await cdp.send('Tracing.end');
  await complete;
  await context.close();

  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const mark = new Map<string, number>();
  for (const e of events) if (e.cat?.includes('blink.user_timing') && /^(change|idle)-\d+$/.test(e.name)) mark.set(e.name, e.ts);
  // top-level tasks only, so nested events are not counted twice
  const tasks = events.filter((e) => e.ph === 'X' && e.tdur !== undefined && e.name === 'ThreadControllerImpl::RunTask');
  const on = (thread: string) => tasks.filter((e) => threadName.get(`${e.pid}:${e.tid}`) === thread);
  const main = on('CrRendererMain');
  const gpu = on('Chrome_InProcGpuThread');
  /** per change: from the click to the map's idle, or (`untilNext`) to the next click, raster after idle included */
  const perChange = (ts: TraceEvent[], wall = false, untilNext = false) => {
    const out: number[] = [];
    for (let i = 0; i < (untilNext ? n - 1 : n); i++) {
      const from = mark.get(`change-${i}`);
      const to = mark.get(untilNext ? `change-${i + 1}` : `idle-${i}`);
      if (from === undefined || to === undefined) continue;
      out.push(ts.filter((e) => e.ts + (e.dur ?? 0) >= from && e.ts <= to).reduce((a, e) => a + (wall ? (e.dur ?? 0) : e.tdur!) / 1000, 0));
    }
    return out;
  };
  const m = perChange(main);
  const g = perChange(gpu, false, true);
  const gb = perChange(gpu, true, true);
  if (m.length === 0) throw new Error('interaction CPU pass: no change was traced');
  return { main: { median: median(m), p95: percentile(m, 95) }, gpu: { median: median(g), p95: percentile(g, 95), busyMedian: median(gb), busyP95: percentile(gb, 95) }, changes: m.length };
}
