/**
 * Headless Chromium from @sparticuz/chromium (ships its own binary; WebGL 2 through SwiftShader), driven by
 * playwright-core. Flags that would hide CSP/CORS bugs or kill the browser when a context closes are removed.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';

const DROP = new Set(['--single-process', '--no-zygote', '--disable-web-security', '--allow-running-insecure-content']);

export async function launchBrowser(opts: { webgl?: boolean } = {}): Promise<Browser> {
  let args = chromium.args.filter((a) => !DROP.has(a.split('=')[0] ?? a));
  if (opts.webgl === false) args = [...args.filter((a) => !/^--(use-gl|use-angle|enable-unsafe-swiftshader|ignore-gpu-blocklist)/.test(a)), '--disable-webgl', '--disable-3d-apis'];
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** requests to any host other than the app's own */
  foreignRequests: string[];
  /** uncaught errors and console errors */
  errors: string[];
}

/**
 * A fresh context and page at `url`, with requests to other hosts and errors recorded. Service workers are blocked
 * unless asked for: the built site registers one (offline use), and a page it controls would bypass page.route()
 * and answer from its cache. tests/e2e/offline.test.ts is the test that lets it run.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 720 },
  opts: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: opts.serviceWorkers ?? 'block' });
  const page = await context.newPage();
  const own = new URL(url).host;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.host !== own) foreignRequests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, context, foreignRequests, errors };
}

/**
 * Wait until the map has loaded its style and data and finished drawing. The map appears with the region outlines
 * before the rest of the data (its pane is aria-busy until then); the colours follow as feature state, so this waits
 * for the data, then for an idle frame drawn after it (a forced repaint: feature state changes no tile).
 */
export async function waitForMapIdle(page: Page, timeout = 60_000) {
  await page.waitForFunction(() => Boolean(window.__inspiratiekaart?.map) && !document.querySelector('.map-pane[aria-busy="true"]'), undefined, { timeout });
  // A string, not a function: runners that inject helpers (tsx's __name) would break a serialised function.
  await page.evaluate(`new Promise((resolve) => {
    const map = window.__inspiratiekaart.map;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  })`);
}

/** Poll an expression (a string: page.waitForFunction would eval it in the page, which the site's CSP forbids). */
export async function until(page: Page, expr: string, timeout = 60_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expr))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expr}`);
    await page.waitForTimeout(200);
  }
}
