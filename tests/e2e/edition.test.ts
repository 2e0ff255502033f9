/**
 * The Noord-Nederland edition: `npm run build -- --edition noord` builds a static site that any static server
 * serves, and it opens on the north. The national build opens the same edition from a link (ed=noord).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForMapIdle } from '../lib/browser';
import { serveStatic } from '../lib/server';
import { buildEdition } from '../../scripts/build';

const baseUrl = inject('baseUrl');
const OUT = 'dist-e2e-noord';
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  expect(buildEdition(process.cwd(), 'noord', OUT, ['--logLevel', 'warn'], () => undefined)).toBe(0);
  site = await serveStatic(OUT);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(OUT, { recursive: true, force: true });
});

/** Label points of the three northern arbeidsmarktregio's, from the data file (not from the app). */
const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as { features: { properties: { code: string; label: [number, number] } }[] };
const north = ['AM01', 'AM02', 'AM03'].map((c) => amr.features.find((f) => f.properties.code === c)!.properties.label);

describe('Noord-Nederland edition', () => {
  it('the built folder carries the edition in its manifest', () => {
    const m = JSON.parse(readFileSync(`${OUT}/data/manifest.json`, 'utf8'));
    expect(m.edition).toEqual({ id: 'noord', title: 'Noord-Nederland', demo: true });
    // the edition's own rows (editions/noord/voorbeeld-leerbedrijven.csv) are in its offers, and only there
    const csvRows = readFileSync('editions/noord/voorbeeld-leerbedrijven.csv', 'utf8').trim().split('\n').length - 1;
    const own = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { rows: { provider: string }[] }).rows.filter((o) => o.provider.endsWith('(fictief)')).length;
    expect(own(`${OUT}/data/offers.json`)).toBe(csvRows);
    expect(own('data/offers.json')).toBe(0);
  });

  it('opens on the north: Groningen, Friesland and Drenthe in view, Zuid-Limburg not', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, site.url);
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inspiratiekaart · Noord-Nederland');
    // illustrative rows: the screen says so
    await expect(page.getByRole('note').filter({ hasText: 'illustratief' }).innerText()).resolves.toContain('de eigen regels van deze editie zijn illustratief (fictief)');
    const b = (await page.evaluate(`(() => { const b = window.__inspiratiekaart.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })()`)) as number[];
    for (const [lon, lat] of north) {
      expect(lon).toBeGreaterThan(b[0]!);
      expect(lon).toBeLessThan(b[2]!);
      expect(lat).toBeGreaterThan(b[1]!);
      expect(lat).toBeLessThan(b[3]!);
    }
    // Zuid-Limburg (Maastricht, 50.85° N) is far outside
    expect(b[1]).toBeGreaterThan(51.5);
    // the edition is this site's default: a link to the opening view says nothing about it
    await expect.poll(() => page.url()).toBe(`${site.url}?v=3`);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('the national build opens the edition from a link (ed=noord)', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&ed=noord&lang=en`);
    await waitForMapIdle(page);
    // English from the link: its texts are fetched beside the data (src/i18n)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inspiratiekaart · Northern Netherlands');
    const c = (await page.evaluate(`(() => { const c = window.__inspiratiekaart.map.getCenter(); return [c.lng, c.lat]; })()`)) as number[];
    expect(c[1]).toBeGreaterThan(52.7);
    await expect.poll(() => new URL(page.url()).searchParams.get('ed')).toBe('noord');
    expect(errors).toEqual([]);
    await context.close();
  });
});
