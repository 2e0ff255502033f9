import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const centre = (page: Page) => page.evaluate(`(() => { const c = window.__inspiratiekaart.map.getCenter(); return [c.lng, c.lat]; })()`) as Promise<[number, number]>;
const moving = (page: Page) => page.evaluate(`window.__inspiratiekaart.map.isMoving()`) as Promise<boolean>;

describe('postcode / place search in a real Chromium', () => {
  it('typing "9401" flies the map to Assen and names its arbeidsmarktregio', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    const before = await centre(page);
    await page.getByRole('searchbox', { name: 'Postcode of plaats' }).fill('9401');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.getByText('Postcode 9401 (Assen) ligt in arbeidsmarktregio Groningen (provincie Drenthe).').waitFor();
    // wait for the flight to end, then the centre is Assen (GeoNames PC4 9401: 52.9939 N, 6.5625 E)
    // (polled: the page's CSP forbids waitForFunction's string evaluation)
    await page.waitForTimeout(200);
    for (let i = 0; i < 150 && (await moving(page)); i++) await page.waitForTimeout(200);
    const [lon, lat] = await centre(page);
    expect(Math.abs(lon - 6.5625)).toBeLessThan(0.01);
    expect(Math.abs(lat - 52.9939)).toBeLessThan(0.01);
    expect(Math.hypot(before[0] - lon, before[1] - lat)).toBeGreaterThan(0.3);
    expect(await moving(page)).toBe(false);

    // choose the region from the result
    await page.getByRole('button', { name: 'Kies regio Groningen' }).click();
    await expect(page.getByTestId('selected-region').textContent()).resolves.toBe('Groningen');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says clearly when a place is unknown and offers the nearest names', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await page.getByRole('searchbox', { name: 'Postcode of plaats' }).fill('Asen');
    await page.keyboard.press('Enter');
    await page.getByText('Plaats "Asen" is onbekend.').waitFor();
    await page.getByRole('button', { name: /^Assen \(/ }).click();
    await page.getByText('Assen ligt in arbeidsmarktregio Groningen (provincie Drenthe).').waitFor();
    await context.close();
  });
});
