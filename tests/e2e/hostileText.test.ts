/**
 * Text that comes with data a region brings (imported CSV cells end up in offers.json) is shown
 * as text only. Every offer of arbeidsmarktregio Groningen gets script payloads in its title, provider, place and
 * note; the offers list and the offer card show them literally, nothing runs, no element is made of them, and no
 * link on the page is anything but a web or local address. (Notes and edition texts: tests/component.)
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { installTraps, pageVerdict, watchPage, waitForAppReady } from '../lib/watch';
import { XSS_PAYLOADS } from '../lib/xssPayloads';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

type Offer = { arbeidsmarktregio: string; title: string; provider: string; note?: string; location: { place?: string; name?: string } };
const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: Offer[] };
let k = 0;
const next = () => XSS_PAYLOADS[k++ % XSS_PAYLOADS.length]!;
for (const o of offers.rows) {
  if (o.arbeidsmarktregio !== 'AM01') continue;
  o.title = next();
  o.provider = next();
  o.note = next();
  if (o.location.place) o.location.place = next();
}

const MADE_OF_PAYLOAD = 'img[src="x"], script:not([src]), svg script, iframe, details[ontoggle], body[onload], style, link[href*="evil"], meta[http-equiv], a[href^="javascript" i]';

describe('script payloads in imported text, in Chromium', () => {
  it('lists and cards show them as text; nothing runs', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await installTraps(context);
    await context.route('**/data/offers.json*', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(offers) }));
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${baseUrl}?v=2&r=AM01`);
    await waitForAppReady(page);

    // the offers list of Groningen: every title shown is one of the payloads, literally
    await page.getByRole('tab', { name: /^Opleidingen \d+/ }).click();
    const titles = page.locator('.offer-title');
    await titles.first().waitFor();
    const shown = await titles.allInnerTexts();
    expect(shown.length).toBeGreaterThan(3);
    for (const t of shown) expect(XSS_PAYLOADS.some((p) => t.includes(p.trim()))).toBe(true);

    // the offer card: title and provider as text
    await titles.first().click();
    const card = page.getByRole('dialog').or(page.locator('.card')).first();
    await card.waitFor();
    const text = await card.innerText();
    expect(XSS_PAYLOADS.filter((p) => text.includes(p.trim())).length).toBeGreaterThanOrEqual(2);

    expect(await page.locator('body').locator(MADE_OF_PAYLOAD).count()).toBe(0); // (the CSP <meta> in <head> is ours)
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs) expect(h).toMatch(/^(https?:|blob:|#)/);
    const { pwned, violations } = await pageVerdict(page);
    expect(pwned).toBe(false);
    expect(watch.dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
