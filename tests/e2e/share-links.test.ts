/** Links restore the view: copy a link from the share menu, open it in a fresh context, get the same view. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const bounds = (page: Page) =>
  page.evaluate(`(() => { const b = window.__inspiratiekaart.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })()`) as Promise<number[]>;

const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as { features: { properties: { code: string; label: [number, number] } }[] };

/** Click a region on the map at its label point (as a person would). */
async function clickRegion(page: Page, code: string) {
  const label = amr.features.find((f) => f.properties.code === code)!.properties.label;
  const xy = (await page.evaluate(`(() => {
    const map = window.__inspiratiekaart.map;
    const p = map.project(${JSON.stringify(label)});
    const r = map.getCanvas().getBoundingClientRect();
    return [r.left + p.x, r.top + p.y];
  })()`)) as [number, number];
  await page.mouse.click(xy[0], xy[1]);
}

describe('share links', () => {
  it('a copied link opens the same filters, selection, language and map area in a fresh browser context', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&s=10&l=mbo3,mbo4&kb=1`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await waitForMapIdle(page);
    // zoom in on the north with the keyboard, then select Groningen by clicking it
    await page.evaluate(`window.__inspiratiekaart.map.jumpTo({ center: [6.6, 53.1], zoom: 7.6 })`);
    await waitForMapIdle(page);
    await clickRegion(page, 'AM01');
    await expect.poll(() => page.getByTestId('selected-region').innerText()).toBe('Groningen');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const before = await bounds(page);

    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toBe(await page.getByLabel('Link to this view').inputValue());
    const q = new URL(copied).searchParams;
    expect(q.get('v')).toBe('3');
    expect(q.get('m')).toBe('kansberoepen'); // a v2 link without m meant the old default
    expect(q.get('s')).toBe('10');
    expect(q.get('l')).toBe('mbo3,mbo4');
    expect(q.get('kb')).toBe('1');
    expect(q.get('r')).toBe('AM01');
    expect(q.get('lang')).toBe('en');
    expect(q.get('cam')?.split(',')).toHaveLength(4);
    // the QR code carries the same link
    await expect(page.getByRole('img', { name: 'QR code of the link' }).getAttribute('data-qr-text')).resolves.toBe(copied);
    expect(errors).toEqual([]);
    await context.close();

    const fresh = await openPage(browser, copied);
    await waitForMapIdle(fresh.page);
    await expect.poll(() => fresh.page.locator('html').getAttribute('lang')).toBe('en'); // English texts fetched beside the data
    await expect.poll(() => fresh.page.getByTestId('selected-region').innerText()).toBe('Groningen');
    // the address bar is rewritten from the restored state: identical means every parameter round-tripped
    expect(fresh.page.url()).toBe(copied);
    const after = await bounds(fresh.page);
    for (let i = 0; i < 4; i++) expect(Math.abs(after[i]! - before[i]!)).toBeLessThan(0.01);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('an old (v1) link still opens: region, language and its centre/zoom camera', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=1&r=AM03&lang=en&cam=6.5,52.9,8`);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('selected-region').innerText()).toBe('Drenthe');
    const c = (await page.evaluate(`(() => { const m = window.__inspiratiekaart.map; const c = m.getCenter(); return [c.lng, c.lat, m.getZoom()]; })()`)) as number[];
    expect(Math.abs(c[0]! - 6.5)).toBeLessThan(0.01);
    expect(Math.abs(c[1]! - 52.9)).toBeLessThan(0.01);
    // the map pane here is 900×664, the reference size of the migration: the same zoom comes back
    expect(Math.abs(c[2]! - 8)).toBeLessThan(0.05);
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tampered link opens the default view with a notice and runs no script', async () => {
    const evil = [
      'r=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
      's=99999999999999999999',
      'cam=1e400,5,5,5',
      'near=NaN,NaN,9999',
      'o=javascript:window.__pwned=1',
      'lang=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
      '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E=1',
    ].join('&');
    const { page, context, errors } = await openPage(browser, `${baseUrl}?${evil}`);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await waitForMapIdle(page);
    const notice = page.locator('.notice');
    await notice.first().waitFor();
    const text = await notice.first().innerText();
    expect(text).toContain('Een deel van de link was ongeldig');
    for (const p of ['r', 's', 'cam', 'near', 'o', 'lang']) expect(text).toContain(p);
    await expect(page.getByTestId('selected-region').innerText()).resolves.toBe('Heel Nederland');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.locator('.notices img').count()).resolves.toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    // the default view writes a clean link: nothing of the tampered one survives
    await expect.poll(() => page.url()).toBe(`${baseUrl}?v=3`);
    await context.close();
  });
});
