/** Embed mode: map (and legend) only, with a link back to the full view of the same selection. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('embed mode', () => {
  it('shows the map without header, filters or share menu, and links back to the full view', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser, `${baseUrl}?v=3&embed=1&r=AM01`, { width: 800, height: 600 });
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Delen', exact: true }).count()).resolves.toBe(0);
    await expect(page.locator('.side-panel').count()).resolves.toBe(0);
    const size = (await page.evaluate(`(() => { const r = window.__inspiratiekaart.map.getCanvas().getBoundingClientRect(); return [r.width, r.height]; })()`)) as number[];
    expect(size[0]).toBe(800);
    expect(size[1]).toBeGreaterThan(540);
    const back = page.getByRole('link', { name: 'Open de volledige kaart' });
    await expect(back.getAttribute('href')).resolves.toBe(`${baseUrl}?v=3&r=AM01`);
    await expect(back.getAttribute('target')).resolves.toBe('_blank');
    // 'p' does not start a presentation inside someone else's page
    await page.keyboard.press('p');
    expect(await page.evaluate('document.body.classList.contains("presenting")')).toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
