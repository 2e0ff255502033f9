import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { URL_CATEGORIES, generateHostileUrls, type HostileUrl } from '../lib/hostileUrls';
import { decodeUrlState } from '../../src/state/urlState';
import { installTraps, pageVerdict, watchPage, waitForAppReady, type PageWatch } from '../lib/watch';

const baseUrl = inject('baseUrl');
const PER_CATEGORY = 6;
/** The first links of each category of the same 1,000 the unit tests decode. */
const sample = URL_CATEGORIES.flatMap((c) => generateHostileUrls().filter((u) => u.category === c).slice(0, PER_CATEGORY));

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1024, height: 640 }, serviceWorkers: 'block' });
  await installTraps(context);
  page = await context.newPage();
  watch = watchPage(page);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe(`${sample.length} hostile links opened in Chromium`, () => {
  it('the sample covers every category and payloads in values, names and free text', () => {
    expect(new Set(sample.map((u) => u.category))).toEqual(new Set(URL_CATEGORIES));
    const script = sample.filter((u) => u.category === 'script').map((u) => u.query);
    expect(script.some((q) => /^\?[^=]*%3C/.test(q))).toBe(true); // payload as a parameter name
    expect(script.some((q) => /[?&](nl|rfl)=/.test(q))).toBe(true); // payload as free text
  });

  it.each(sample.map((u, i) => [i, u.category, u] as [number, string, HostileUrl]))('link %i (%s): no error, nothing runs, defaults and a notice', async (_i, _c, u) => {
    watch.errors.length = 0;
    watch.dialogs.length = 0;
    await page.goto(`${baseUrl}${u.query}`);
    await waitForAppReady(page);
    // let anything a payload might have planted (an image's onerror, a timer) get its chance to run
    await page.waitForTimeout(150);

    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    const { violations, pwned } = await pageVerdict(page);
    expect(pwned).toBe(false);
    expect(watch.dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(watch.errors).toEqual([]);

    // A notice whenever something in the link was dropped; the bad parameters are named in it.
    const notice = page.locator('.notices .notice');
    if (u.bad.length || u.allDefault) {
      const text = await notice.first().innerText();
      for (const p of u.bad.slice(0, 3)) expect(text).toContain(p);
    }
    // The address bar now holds a clean link: no bad value is written back (a list keeps its valid items), the
    // good parameters stay.
    const written = new URL(page.url()).searchParams;
    const asked = new URLSearchParams(u.query);
    for (const p of u.bad) if (written.has(p)) expect(written.get(p)).not.toBe(asked.get(p));
    for (const [k, v] of Object.entries(u.keep)) expect(written.get(k)).toBe(v);
    expect(decodeUrlState(new URL(page.url()).search).notices).toEqual([]);
    if (u.allDefault) expect(new URL(page.url()).search).toBe('?v=1');
  });
});
