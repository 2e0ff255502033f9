import { describe, expect, inject, it } from 'vitest';
import { waitForMapIdle } from '../lib/browser';
import { sharedPage } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const page = sharedPage();

/** What has the keyboard focus: tag, role and accessible-ish name. */
const focused = () =>
  page.evaluate(`(() => { const e = document.activeElement; return { tag: e.tagName, id: e.id, role: e.getAttribute('role') || '', type: e.getAttribute('type') || '', name: (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 80) }; })()`) as Promise<{
    tag: string;
    id: string;
    role: string;
    type: string;
    name: string;
  }>;

/** A query parameter as the page sees it now (page.url() can lag behind history.replaceState). */
const param = (name: string) => page.evaluate(`new URLSearchParams(location.search).get(${JSON.stringify(name)})`) as Promise<string | null>;

/** Press Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(match: (f: Awaited<ReturnType<typeof focused>>) => boolean, opts: { back?: boolean; max?: number } = {}) {
  for (let i = 0; i < (opts.max ?? 120); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error(`focus never reached the element after ${opts.max ?? 120} presses (last: ${JSON.stringify(await focused())})`);
}

describe('keyboard only: the main path', () => {
  it('skip link → filters → a region → a sector → an occupation card → the table view', async () => {
    await page.goto(baseUrl);
    await waitForMapIdle(page);

    // 1. the first Tab lands on the skip link; Enter moves focus to the map area
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', name: 'Naar de kaart' });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');

    // 2. back to the filters: the region list, and the arrow key picks the next region
    await tabTo((f) => f.tag === 'SELECT' && f.name.startsWith('Heel Nederland'), { back: true, max: 200 });
    await page.keyboard.press('ArrowDown');
    const region = await page.getByTestId('selected-region').innerText();
    expect(region).not.toBe('Heel Nederland');
    expect(await param('r')).toMatch(/^(AM|PV)\d{2}$/);

    // 3. the sector facet opens with Enter, a sector is ticked with Space
    await tabTo((f) => f.tag === 'SUMMARY' && f.name.startsWith('Sector'));
    await page.keyboard.press('Enter');
    await tabTo((f) => f.tag === 'INPUT' && f.type === 'checkbox');
    await page.keyboard.press('Space');
    expect(await param('s')).toMatch(/^\d{2}$/);

    // 4. an occupation in the list opens its card with Enter; the card takes the focus; Escape closes it
    const opener = await tabTo((f) => f.tag === 'BUTTON' && /\(kansberoep\)$/.test(f.name), { max: 200 });
    await page.keyboard.press('Enter');
    const inCard = await focused();
    expect(inCard.name).toBe(opener.name.replace(/ \(kansberoep\)$/, ''));
    await page.keyboard.press('Escape');
    expect(await param('o')).toBeNull();

    // 5. the table view, from the view tabs in the header
    await page.keyboard.press('Tab'); // focus back into the page after closing the card
    await tabTo((f) => f.tag === 'BUTTON' && f.name === 'Tabel', { back: true, max: 300 });
    await page.keyboard.press('Enter');
    await page.getByRole('table').first().waitFor();
    expect(await param('view')).toBe('table');
    // the filters still hold what was chosen by keyboard
    expect(await param('r')).toMatch(/^(AM|PV)\d{2}$/);
  });
});
