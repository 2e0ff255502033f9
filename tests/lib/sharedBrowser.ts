/**
 * One Chromium per test file: launched before the file's tests, closed after them. Returns a stand-in that
 * forwards to the launched browser, so call sites read `browser.newContext(…)` / `openPage(browser, …)`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';

export function sharedBrowser(opts: Parameters<typeof launchBrowser>[0] = {}, timeout?: number): Browser {
  let instance: Browser | undefined;
  beforeAll(async () => {
    instance = await launchBrowser(opts);
  }, timeout);
  afterAll(async () => {
    await instance?.close();
  });
  return standIn(() => instance, 'browser');
}

/** A forwarding stand-in for an object made in a hook. */
function standIn<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const instance = get();
      if (!instance) throw new Error(`the ${what} is made in beforeAll: use it inside a test or hook`);
      const v = Reflect.get(instance, key, instance) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(instance) : v;
    },
  });
}

/** One page for a whole test file (its own browser and context, service workers blocked), walked through step by step. */
export function sharedPage(viewport = { width: 1280, height: 720 }): Page {
  const browser = sharedBrowser();
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return standIn(() => page, 'page');
}
