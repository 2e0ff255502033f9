import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { waitForMapIdle } from '../lib/browser';
import { corrupt, type Corruption } from '../lib/corruptions';
import type { DatasetId } from '../../src/data/schemas';
import { watchPage } from '../lib/watch';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Open the app with one data file replaced (or answered 404 when `body` is null). */
async function openWith(path: string, body: string | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.route(`**/data/${path}*`, (route) =>
    body === null ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(baseUrl);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return { context, page, watch, alert: await alert.innerText() };
}

const CASES: [DatasetId, string, Corruption, { mapDraws: boolean; names: string[] }][] = [
  ['regions-arbeidsmarktregio', 'regions/arbeidsmarktregio.geojson', 'truncated', { mapDraws: false, names: ['not valid JSON'] }],
  ['regions-arbeidsmarktregio', 'regions/arbeidsmarktregio.geojson', 'unknownCode', { mapDraws: false, names: ['properties.code', 'GM9999'] }],
  ['regions-provincie', 'regions/provincie.geojson', 'wrongType', { mapDraws: true, names: ['row 7', 'properties.name'] }],
  ['regions-provincie', 'regions/provincie.geojson', 'empty', { mapDraws: true, names: ['the file is empty'] }],
];

describe('broken data files in Chromium: the page names the problem and is never blank', () => {
  it.each(CASES)('%s %s, %s', async (id, path, how, want) => {
    const bad = corrupt(id, how, readFileSync(`data/${path}`, 'utf8'));
    const { context, page, watch, alert } = await openWith(path, bad.text);
    expect(alert).toContain(path);
    for (const n of want.names) expect(alert).toContain(n);
    await expect(page.getByRole('heading', { level: 1, name: 'Inspiratiekaart' }).isVisible()).resolves.toBe(true);
    if (want.mapDraws) {
      await waitForMapIdle(page);
      const drawn = await page.evaluate(`new Set(window.__inspiratiekaart.map.queryRenderedFeatures({ layers: ['amr-fill'] }).map((f) => f.properties.code)).size`);
      expect(drawn).toBe(35);
    }
    expect(watch.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('a missing file: says which file could not be loaded, and the map still draws', async () => {
    const { context, page, alert } = await openWith('regions/provincie.geojson', null);
    expect(alert).toContain('regions/provincie.geojson: could not be loaded (HTTP 404)');
    await waitForMapIdle(page);
    await context.close();
  });

  it('an unreadable manifest: a message naming manifest.json instead of a blank page', async () => {
    const { context, page, alert } = await openWith('manifest.json', '');
    expect(alert).toContain('manifest.json: the file is empty');
    expect(alert).toContain('De kaart kan niet worden getoond');
    await expect(page.getByRole('heading', { level: 1, name: 'Inspiratiekaart' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
