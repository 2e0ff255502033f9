/**
 * One Chromium per test file: launched before the file's tests, closed after them. Returns a stand-in that
 * forwards to the launched browser, so call sites read `browser.newContext(…)` / `openPage(browser, …)`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

export function sharedBrowser(opts: Parameters<typeof launchBrowser>[0] = {}, timeout?: number): Browser {
  let instance: Browser | undefined;
  beforeAll(async () => {
    instance = await launchBrowser(opts);
  }, timeout);
  afterAll(async () => {
    await instance?.close();
  });
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!instance) throw new Error('the browser is launched in beforeAll: use it inside a test or hook');
      const v = Reflect.get(instance, key, instance) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(instance) : v;
    },
  });
}
