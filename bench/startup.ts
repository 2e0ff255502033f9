/**
 * Benchmark 2 — start-up: navigation → first complete choropleth frame of the app, against the bare MapLibre page
 * drawing the same 35 polygons. Fresh browser context per run (empty cache, no service worker), 1280×720, the two
 * pages alternating so machine noise hits both alike.
 */
import type { Browser } from 'playwright-core';
import { APP_FIRST_FRAME_PROBE, firstFrame } from './firstFrame';
import { median } from './stats';

async function once(browser: Browser, url: string, probe: string | null): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  if (probe) await context.addInitScript(probe);
  const page = await context.newPage();
  await page.goto(url);
  const t = await firstFrame(page);
  await context.close();
  return t;
}

export async function runStartupBench(browser: Browser, sites: { app: string; bare: string }, runs = 5) {
  // one unrecorded run each, so disk caches of the OS and the browser binary are warm for both
  await once(browser, sites.app, APP_FIRST_FRAME_PROBE);
  await once(browser, sites.bare, null);
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      app.push(await once(browser, sites.app, APP_FIRST_FRAME_PROBE));
      bare.push(await once(browser, sites.bare, null));
    } else {
      bare.push(await once(browser, sites.bare, null));
      app.push(await once(browser, sites.app, APP_FIRST_FRAME_PROBE));
    }
  }
  return { app: median(app), bare: median(bare), samples: { app, bare } };
}
