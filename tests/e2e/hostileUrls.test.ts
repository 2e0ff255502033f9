import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { SCRIPT_FORMS, URL_CATEGORIES, generateHostileUrls, type HostileUrl } from '../lib/hostileUrls';
import { URL_VERSION, decodeUrlState } from '../../src/state/urlState';
import { installTraps, pageVerdict, watchPage, waitForAppReady, type PageWatch } from '../lib/watch';

const baseUrl = inject('baseUrl');
const all = generateHostileUrls();
/** From the same 1,000 the unit tests decode: the first 5 of each category, and 3 of each kind of script payload. */
const sample = [
  ...URL_CATEGORIES.filter((c) => c !== 'script').flatMap((c) => all.filter((u) => u.category === c).slice(0, 5)),
  ...SCRIPT_FORMS.flatMap((f) => all.filter((u) => u.form === f).slice(0, 3)),
];

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
  it('the sample covers every category and every place a payload can sit', () => {
    expect(new Set(sample.map((u) => u.category))).toEqual(new Set(URL_CATEGORIES));
    expect(new Set(sample.map((u) => u.form).filter(Boolean))).toEqual(new Set(SCRIPT_FORMS));
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
    if (u.allDefault) expect(new URL(page.url()).search).toBe(`?v=${URL_VERSION}`);
  });
});
