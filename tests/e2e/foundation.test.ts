import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('first screen in a real Chromium', () => {
  it('draws all 35 arbeidsmarktregio\'s, the canvas is not blank, and nothing is fetched from other hosts', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Inspiratiekaart' }).isVisible()).resolves.toBe(true);

    // From MapLibre itself: the region codes rendered in the fill layer.
    const codes = await page.evaluate(() => {
      const map = window.__inspiratiekaart!.map;
      const features = map.queryRenderedFeatures({ layers: ['amr-fill'] });
      return [...new Set(features.map((f) => f.properties.code as string))].sort();
    });
    const expected = (JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as { features: { properties: { code: string } }[] }).features
      .map((f) => f.properties.code)
      .sort();
    expect(expected).toHaveLength(35);
    expect(codes).toEqual(expected);

    // The map fills the space next to the panel (a collapsed container would still "render" into 300 px).
    const size = await page.evaluate(`(() => { const r = window.__inspiratiekaart.map.getCanvas().getBoundingClientRect(); return [r.width, r.height]; })()`);
    expect(size).toEqual([900, 664]);

    // The canvas has real content: many distinct colours, not one flat fill.
    const colours = await page.evaluate(() => {
      const canvas = window.__inspiratiekaart!.map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(3);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the interface to English and back', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    // the English texts are fetched on the first switch (src/i18n): the page switches once they are in
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Skip to the map' }).focus();
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await context.close();
  });

  it('names the file and the field when a data file has a wrong field', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/data/regions/arbeidsmarktregio.geojson*', async (route) => {
      const body = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8'));
      body.features[3].properties.code = 'Groningen';
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    });
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('regions/arbeidsmarktregio.geojson');
    expect(text).toContain('row 4');
    expect(text).toContain('properties.code');
    await context.close();
  });
});
