import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openPage } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('Over de data in a real Chromium', () => {
  it('opens from the header, lists the layers of this build with unverified licences, and closes with Escape', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser, baseUrl);
    const button = page.getByRole('button', { name: 'Over de data' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Over de data' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Lagen in deze build');
    expect(text).toContain('HOVI hbo/wo-opleidingen');
    expect(text).toContain('niet geverifieerd');
    expect(text).toContain('Niet in deze build');
    expect(text).toContain('npm run build:data -- --online');
    // legible on a 1280×720 projector: the dialog fits the viewport and its text is at least 16 px
    const box = await dialog.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(1280);
    expect(box!.height).toBeLessThanOrEqual(720);
    const fontPx = await dialog.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(16);
    mkdirSync('reports', { recursive: true });
    await page.screenshot({ path: 'reports/about-data.png' });
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
