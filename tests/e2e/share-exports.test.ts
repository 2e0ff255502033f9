/** Image exports: size of the PNG (read from its header) and the source line drawn in it (from the preview). */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
export function pngSize(buf: Buffer): [number, number] {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
  sources: { id: string; title: string; period?: string }[];
  files: { id: string; sources: string[] }[];
};
// the files behind what the map view shows: geometry, occupations, demand, the region's lists, offers
const shown = ['regions-arbeidsmarktregio', 'regions-provincie', 'occupations', 'indicators', 'curated', 'regional-stats', 'offers', 'school-locations'];
const viewSourceIds = new Set(manifest.files.filter((f) => shown.includes(f.id)).flatMap((f) => f.sources));
const viewSources = manifest.sources.filter((s) => viewSourceIds.has(s.id));
const otherSources = manifest.sources.filter((s) => !viewSourceIds.has(s.id));

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
      expect(viewSources.length).toBeGreaterThan(2);
      for (const s of viewSources) {
        expect(r.sources).toContain(s.title);
        if (s.period) expect(r.sources).toContain(`${s.title} (`);
        if (s.period) expect(r.sources).toContain(`periode ${s.period}`);
      }
      // sources of files the map does not show (place names, ESCO titles) are not claimed as its sources
      for (const s of otherSources) expect(r.sources).not.toContain(s.title);
      expect(r.made).toBe(`Gemaakt op ${today} met Inspiratiekaart`);
      expect(r.filters).toContain('Regio: Groningen');
      expect(r.filters).toContain('Niveau: mbo-3');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Pages in a PDF: count the page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('A4 poster', () => {
  it('prints on exactly one A4 page with the map, the lists, the QR code to the link and the sources', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&r=AM01&k=hbo`);
    await waitForMapIdle(page);
    // the print dialog itself is the browser's; count the calls instead
    await page.evaluate('window.print = () => { window.__printed = (window.__printed || 0) + 1; }');
    await page.getByRole('button', { name: 'Delen', exact: true }).click();
    const link = await page.getByLabel('Link naar deze weergave').inputValue();
    await page.getByRole('button', { name: 'Poster A4 afdrukken / PDF' }).click();
    await expect.poll(() => page.evaluate('window.__printed'), { timeout: 60_000 }).toBe(1);
    // what the printer sees: the poster, not the app
    await page.emulateMedia({ media: 'print' });
    const poster = page.getByTestId('poster');
    await expect(poster.isVisible()).resolves.toBe(true);
    await expect(poster.getByRole('img', { name: 'QR-code van de link' }).getAttribute('data-qr-text')).resolves.toBe(link);
    const sources = await page.getByTestId('poster-sources').innerText();
    for (const s of viewSources) expect(sources).toContain(s.title);
    // offers of the filter (hbo in Groningen): the first one listed is in data/offers.json with that kind and region
    const firstOffer = await poster.locator('.poster-lists section').nth(1).locator('li strong').first().innerText();
    const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { title: string; kind: string; arbeidsmarktregio: string }[] };
    expect(offers.rows.some((o) => o.title === firstOffer && o.kind === 'hbo' && o.arbeidsmarktregio === 'AM01')).toBe(true);
    // the app itself is not printed under it
    await expect(page.locator('.app').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    // printing done (afterprint): the poster is taken away again
    await expect.poll(() => page.getByTestId('poster').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('CSV of the lists', () => {
  it('offers CSV: header row, one row per matching offer, the source lines under it', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&r=AM03&k=hbo`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Delen', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV opleidingen' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Id,Titel,Soort,Niveau,Leerweg,Aanbieder,Plaats,Arbeidsmarktregio,Beroepsgroepen,Url,Bron');
    const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { kind: string; arbeidsmarktregio: string }[] };
    const expected = offers.rows.filter((o) => o.kind === 'hbo' && o.arbeidsmarktregio === 'AM03').length;
    expect(expected).toBeGreaterThan(0);
    const blank = lines.indexOf('');
    expect(blank - 1).toBe(expected);
    const notes = lines.slice(blank + 1).join('\n');
    for (const s of viewSources) expect(notes).toContain(s.title);
    expect(notes).toContain('Regio: Drenthe');
    expect(errors).toEqual([]);
    await context.close();
  });
});
