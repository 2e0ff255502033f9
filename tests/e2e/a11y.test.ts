import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForAppReady } from '../lib/watch';
import { seriousViolations } from '../lib/axe';
import { sharedPage } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const page = sharedPage();

/** Every screen and mode a link can open. Add new screens here as they land. */
const SCREENS: [string, string][] = [
  ['map (first visit)', '?v=2'],
  ['map with a region and a sector chosen', '?v=2&r=AM03&s=10'],
  ['map in English', '?v=2&lang=en'],
  ['table', '?v=2&view=table'],
  ['route', '?v=2&view=route'],
  ['compare', '?v=2&view=compare&cmp=AM01,AM03'],
  ['presentation mode', '?v=2&present=1'],
  ['embed', '?v=2&embed=1&r=AM01'],
];

/** Screens reached by opening something: [name, link, what to open]. */
const OPENED: [string, string, (p: Page) => Promise<void>][] = [
  ['about-the-data dialog', '?v=2', (p) => p.getByRole('button', { name: 'Over de data' }).click()],
  ['share menu', '?v=2&r=AM01', (p) => p.getByRole('button', { name: 'Delen' }).click()],
  ['workbench', '?v=2', (p) => p.getByRole('button', { name: /^Werkbank/ }).click()],
  ['occupation card', '?v=2', (p) => p.getByRole('button', { name: /\(kansberoep\)$/ }).first().click()],
];

async function open(query: string) {
  await page.goto(`${baseUrl}${query}`);
  await waitForAppReady(page);
}

const readable = (vs: Awaited<ReturnType<typeof seriousViolations>>) => vs.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.join(' | ')}`);

// axe through tests/lib/axe.ts (WCAG 2.1 A/AA rules); the map canvas itself is opaque to axe, its labels are HTML.
describe('axe on every screen and mode: no serious or critical findings', () => {
  it.each(SCREENS)('%s', async (_name, query) => {
    await open(query);
    expect(readable(await seriousViolations(page))).toEqual([]);
  });

  it.each(OPENED)('%s', async (_name, query, openIt) => {
    await open(query);
    await openIt(page);
    await page.waitForTimeout(200);
    expect(readable(await seriousViolations(page))).toEqual([]);
  });
});
