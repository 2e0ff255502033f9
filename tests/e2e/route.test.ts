/**
 * The route view in a real Chromium on the committed data: postcode 7901 (Hoogeveen), occupation "kapper",
 * radius 30 km → circle on the map (read from MapLibre), offers in Regio Zwolle (AM36) with their distance, a
 * related kansberoep with its reason, one printed A4 page, and the same route from its link.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Pages in a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const circleOnMap = (page: Page) =>
  page.evaluate(`(() => {
    const map = window.__inspiratiekaart.map;
    const src = map.getSource('route-circle');
    const drawn = map.queryRenderedFeatures({ layers: ['route-circle-line'] });
    const home = map.querySourceFeatures('route-home');
    return { source: Boolean(src), layer: Boolean(map.getLayer('route-circle-line')), drawn: drawn.length, home: home.length };
  })()`) as Promise<{ source: boolean; layer: boolean; drawn: number; home: number }>;

describe('route from Hoogeveen', () => {
  it('kapper from 7901 within 30 km: circle, offers across the border with km, related kansberoep with reason, one A4 page, reopens from its link', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, baseUrl);
    await page.getByRole('button', { name: 'Route' }).click();
    const occupation = page.getByRole('combobox', { name: 'Huidig beroep' });
    await occupation.fill('kapper');
    await page.getByRole('listbox', { name: 'Beroepen die lijken op wat je typt' }).getByRole('option').first().waitFor();
    await occupation.press('Enter');
    await page.getByRole('textbox', { name: 'Postcode of woonplaats' }).fill('7901');
    await page.getByRole('textbox', { name: 'Postcode of woonplaats' }).press('Enter');
    await expect(page.getByRole('slider', { name: /Straal/ }).inputValue()).resolves.toBe('30');

    // the map: circle source and layer exist and the circle is drawn; the home point is there
    await waitForMapIdle(page);
    await page.waitForFunction(() => Boolean(window.__inspiratiekaart?.map.getSource('route-circle')));
    await waitForMapIdle(page);
    const map = await circleOnMap(page);
    expect(map.source && map.layer).toBe(true);
    expect(map.drawn).toBeGreaterThan(0);
    expect(map.home).toBe(1);
    // the route panel replaces the filter panel: on a 1280-pixel screen the map keeps most of the width
    await expect(page.locator('.side-panel').count()).resolves.toBe(0);
    const mapWidth = (await page.evaluate(`window.__inspiratiekaart.map.getCanvas().getBoundingClientRect().width`)) as number;
    expect(mapWidth).toBeGreaterThan(1280 - 600);

    // the list: places in Regio Zwolle (AM36), each with a distance within 30 km
    const list = page.getByRole('list', { name: 'Opleidingen binnen 30 km' });
    await list.waitFor();
    const zwolle = list.locator('li[data-region="AM36"]');
    expect(await zwolle.count()).toBeGreaterThan(0);
    for (const text of await zwolle.allInnerTexts()) {
      expect(text).toContain('Regio Zwolle');
      const km = Number(/(\d+(?:,\d)?) km/.exec(text)![1]!.replace(',', '.'));
      expect(km).toBeGreaterThan(0);
      expect(km).toBeLessThanOrEqual(30);
    }

    // the offer count beside the map is the same radius (checked in the map view below, where the filter panel is):
    // rows of offers.json within 30 km of the PC4 centroid (own haversine here, independent of the app's turf)
    const pc = (JSON.parse(readFileSync('data/places.json', 'utf8')) as { rows: { key: string; kind: string; lon: number; lat: number }[] }).rows.find((r) => r.kind === 'pc4' && r.key === '7901')!;
    const rad = (d: number) => (d * Math.PI) / 180;
    const hav = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
      2 * 6371.0088 * Math.asin(Math.sqrt(Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2));
    const allOffers = (JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { location: { lon: number; lat: number } }[] }).rows;
    const inReach = allOffers.filter((o) => hav(pc, o.location) <= 30).length;
    expect(inReach).toBeGreaterThan(0);
    expect(inReach).toBeLessThan(allOffers.length);

    // related kansberoepen: at least one, with its reason
    const related = page.locator('.related-list > li');
    await related.first().waitFor();
    const first = await related.first().innerText();
    expect(first).toMatch(/Waarom: .+(beroepssegment|beroepsklasse|ISCO).+/);
    // choose it as goal: the ladder appears
    await related.first().getByRole('button', { name: 'Kies als doel' }).click();
    await page.getByRole('heading', { name: /^Stappen naar / }).waitFor();

    // pin it onto the workbench (share's, in localStorage)
    await page.getByRole('button', { name: 'Route vastzetten' }).click();
    const bench = JSON.parse((await page.evaluate(`localStorage.getItem('inspiratiekaart.werkbank.v1')`)) as string) as { pins: { kind: string; code: string; view: string }[] };
    expect(bench.pins[0]).toMatchObject({ kind: 'route', code: expect.stringMatching(/^1114>\d{4}$/) });
    expect(bench.pins[0]!.view).toContain('view=route');

    // print: exactly one A4 page
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // the link reopens the same route in a fresh context
    const link = page.url();
    expect(link).toContain('rf=1114');
    expect(link).toContain('near=');
    const again = await openPage(browser, link);
    await again.page.getByRole('heading', { name: /^Stappen naar / }).waitFor();
    await expect(again.page.getByRole('combobox', { name: 'Huidig beroep' }).inputValue()).resolves.toBe('kapper');
    await waitForMapIdle(again.page);
    await again.page.waitForFunction(() => Boolean(window.__inspiratiekaart?.map.getSource('route-circle')));
    // the outline layers that join after the first screen go under the route's layers, whichever came first
    await again.page.waitForFunction(() => Boolean(window.__inspiratiekaart?.map.getLayer('amr-hover')));
    const order = await again.page.evaluate(() => window.__inspiratiekaart!.map.getLayersOrder());
    expect(order.indexOf('amr-selected')).toBeLessThan(order.indexOf('route-touched'));
    expect(order.indexOf('amr-hover')).toBeLessThan(order.indexOf('route-touched'));
    await again.context.close();

    // back on the map view, the filter panel counts the offers within the same 30 km
    await page.getByRole('button', { name: 'Kaart' }).click();
    await expect.poll(() => page.getByTestId('filter-summary').innerText()).toMatch(new RegExp(`en ${inReach.toLocaleString('nl-NL')} opleidingen`));

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown postcode and an unknown occupation get nearest matches, not an empty screen', async () => {
    const { page, context } = await openPage(browser, `${baseUrl}?view=route`);
    const home = page.getByRole('textbox', { name: 'Postcode of woonplaats' });
    await home.fill('0000');
    await home.press('Enter');
    await page.getByText(/Postcode 0000 is niet bekend/).waitFor();
    const occupation = page.getByRole('combobox', { name: 'Huidig beroep' });
    await occupation.fill('kapperqqq xz');
    await occupation.press('Enter');
    await page.getByText(/Geen beroep gevonden voor/).waitFor();
    expect(await page.locator('.suggestions button').count()).toBeGreaterThan(1);
    await context.close();
  });
});

// keep the regions file in view: the test relies on AM36 being Regio Zwolle
const amr = JSON.parse(readFileSync('data/regions/arbeidsmarktregio.geojson', 'utf8')) as { features: { properties: { code: string; name: string } }[] };
if (amr.features.find((f) => f.properties.code === 'AM36')?.properties.name !== 'Regio Zwolle') throw new Error('AM36 is not Regio Zwolle in data/regions');
