import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, waitForMapIdle } from '../lib/browser';
import { serveStatic } from '../lib/server';
import { installTraps, pageVerdict, pollUntil, recordRequests } from '../lib/watch';
import { writeServiceWorker } from '../../scripts/vite/serviceWorker';

// A copy of the build, so the test can put a "next build" in its place on the same origin.
const root = mkdtempSync(join(tmpdir(), 'inspiratiekaart-offline-'));
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: ReturnType<typeof recordRequests>;

const cacheNames = () => page.evaluate(`caches.keys()`) as Promise<string[]>;
const regionLabels = () => page.evaluate(`[...document.querySelectorAll('.region-label')].map((e) => e.textContent)`) as Promise<string[]>;
const drawnRegions = () => page.evaluate(`new Set(window.__inspiratiekaart.map.queryRenderedFeatures({ layers: ['amr-fill'] }).map((f) => f.properties.code)).size`);

beforeAll(async () => {
  cpSync('dist', root, { recursive: true });
  site = await serveStatic(root);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  await installTraps(context);
  requests = recordRequests(context, new URL(site.url).host);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('offline use after one visit', () => {
  it('precaches the app and its data, then draws the map with the network off', async () => {
    await page.goto(site.url);
    await waitForMapIdle(page);
    await pollUntil(page, `navigator.serviceWorker.controller !== null`);
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const cache = /const CACHE = "([^"]+)"/.exec(sw)![1]!;
    expect(await cacheNames()).toEqual([cache]);

    await context.setOffline(true);
    await page.getByText('Geen internetverbinding').waitFor(); // the open page says the network is gone
    await page.reload();
    await waitForMapIdle(page);
    expect(await drawnRegions()).toBe(35);
    expect(await page.getByRole('alert').count()).toBe(0); // every data file, lazy ones too, came from the cache

    // a link with state opens offline too
    await page.goto(`${site.url}?v=2&r=AM03`);
    await waitForMapIdle(page);
    await expect(page.getByTestId('selected-region').innerText()).resolves.toBe('Drenthe');
    await context.setOffline(false);
    // the service worker, too, asks no other host for anything and breaks no CSP rule
    expect(requests.foreign).toEqual([]);
    expect((await pageVerdict(page)).violations).toEqual([]);
  });

  it('a new build replaces the old cache: the next visit shows the new data, and only the new cache is kept', async () => {
    const before = await cacheNames();
    // the "next build": a region renamed, a new build id (so new data URLs), a new service worker
    const amrPath = join(root, 'data/regions/arbeidsmarktregio.geojson');
    const amr = JSON.parse(readFileSync(amrPath, 'utf8'));
    amr.features[0].properties.name = 'Groningen (nieuwe build)';
    writeFileSync(amrPath, JSON.stringify(amr));
    const manifestPath = join(root, 'data/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.buildId = 'next-build-0002';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const next = writeServiceWorker(root);
    expect(before).not.toContain(next);

    // The open page keeps running the old build from the old cache (never a mix); the new build installs beside
    // it and waits until the person asks for it.
    await page.goto(site.url);
    await waitForMapIdle(page);
    await page.evaluate(`navigator.serviceWorker.getRegistration().then((r) => r.update())`);
    const loadNow = page.getByRole('button', { name: 'Nu laden' });
    await loadNow.waitFor();
    expect(await regionLabels()).toContain('Groningen');
    expect((await cacheNames()).sort()).toEqual([...before, next].sort());
    await page.reload();
    await waitForMapIdle(page);
    expect(await regionLabels()).toContain('Groningen'); // a reload alone does not switch builds under the page

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Nu laden' }).click()]);
    await waitForMapIdle(page);
    expect(await regionLabels()).toContain('Groningen (nieuwe build)');
    expect(await cacheNames()).toEqual([next]);

  });
});
