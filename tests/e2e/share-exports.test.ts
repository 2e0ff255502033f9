/** Image exports: size of the PNG (read from its header) and the source line drawn in it (from the preview). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForMapIdle } from '../lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
export function pngSize(buf: Buffer): [number, number] {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { sources: { title: string; period?: string }[] };

async function exportPng(page: Page, button: string) {
  await page.getByRole('button', { name: 'Delen', exact: true }).click();
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de export' });
  await dialog.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: /^Download/ }).click()]);
  const size = pngSize(readFileSync((await download.path())!));
  const sources = await dialog.getByTestId('export-text').locator('[data-role="source"]').allInnerTexts();
  const made = await dialog.getByTestId('export-text').locator('[data-role="made"]').innerText();
  const filters = await dialog.getByTestId('export-text').locator('[data-role="filter"]').allInnerTexts();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return { size, sources: sources.join(' '), made, filters: filters.join(' ') };
}

describe('PNG exports', () => {
  it('screen, 16:9 slide and A4 at 300 dpi: right pixel size, every source with its period, the date and the filters', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&r=AM01&l=mbo3`);
    await waitForMapIdle(page);
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    const expected: [string, [number, number]][] = [
      ['PNG zoals op het scherm', [900, 664]],
      ['PNG dia 16:9 (1920×1080)', [1920, 1080]],
      ['PNG A4 (300 dpi)', [2480, 3508]],
    ];
    for (const [button, size] of expected) {
      const r = await exportPng(page, button);
      expect(r.size).toEqual(size);
      for (const s of manifest.sources) {
        expect(r.sources).toContain(s.title);
        if (s.period) expect(r.sources).toContain(`periode ${s.period}`);
      }
      expect(r.made).toBe(`Gemaakt op ${today} met Inspiratiekaart`);
      expect(r.filters).toContain('Regio: Groningen');
      expect(r.filters).toContain('Niveau: mbo-3');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
