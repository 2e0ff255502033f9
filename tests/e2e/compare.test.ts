/** Compare two regions in a real browser; offer counts per level checked against data/offers.json directly. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: { arbeidsmarktregio: string; level?: string; kind: string; example?: boolean }[] };
const hasMbo = offers.rows.some((o) => o.kind === 'mbo' && !o.example);
const count = (amr: string, level: string) => offers.rows.filter((o) => o.arbeidsmarktregio === amr && o.level === level).length;

describe('compare two regions', () => {
  it('shows offers per level for Groningen and Drenthe, and keeps the pair in the link', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&view=compare&cmp=AM01,AM03`);
    await page.getByRole('heading', { name: 'Vergelijk Groningen en Drenthe' }).waitFor();
    const table = page.getByRole('table', { name: /Opleidingen per niveau/ });
    await expect.poll(() => table.getByRole('row', { name: /^hbo/ }).innerText(), { timeout: 30_000 }).toBe(
      `hbo\t${count('AM01', 'hbo').toLocaleString('nl-NL')}\t${count('AM03', 'hbo').toLocaleString('nl-NL')}`,
    );
    expect(count('AM01', 'hbo')).toBeGreaterThan(0);
    // zero mbo offers in a build without mbo programme data is said to be missing data, not an absence of courses
    await expect(page.getByText('Mbo-opleidingen per locatie zitten niet in deze versie: nul mbo-opleidingen', { exact: false }).count()).resolves.toBe(hasMbo ? 0 : 1);
    // size next to tension, in both regions
    await expect(page.locator('.compare-table:not(.compare-levels) tbody tr').first().locator('.compare-size').count()).resolves.toBe(2);
    await expect(page.locator('.compare-size').first().innerText()).resolves.toMatch(/^omvang [\d.]+/);
    await expect(page.locator('.compare-table:not(.compare-levels) tfoot').first().innerText()).resolves.toMatch(/Omvang: (werkzame personen|verwachte baanopeningen tot 2030) in de regio/);
    // every figure names its source: a source line under the levels table and in the foot of every occupation table
    const tables = await page.locator('.compare-table:not(.compare-levels)').count();
    expect(tables).toBeGreaterThan(0);
    await expect(page.locator('.compare-table:not(.compare-levels) tfoot .source-line').count()).resolves.toBe(tables);
    await expect(page.locator('.compare-levels + .source-line').innerText()).resolves.toMatch(/^Bron: /);
    await page.getByRole('button', { name: 'Wissel om' }).click();
    await page.getByRole('heading', { name: 'Vergelijk Drenthe en Groningen' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('AM03,AM01');
    await page.getByLabel('Regio B').selectOption('AM02');
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('AM03,AM02');
    await page.getByRole('heading', { name: 'Vergelijk Drenthe en Friesland' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
