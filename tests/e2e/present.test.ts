/** Presentation mode and the workbench in a real browser: pin, note, reload, present, step, export, import. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage, waitForMapIdle } from '../lib/browser';
import { sharedBrowser } from '../lib/sharedBrowser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('presentation mode and workbench', () => {
  it('pins two regions with a note, keeps them over a reload, steps through them with the arrow keys', async () => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}?v=2&r=AM01`);
    await waitForMapIdle(page);
    const selected = () => page.getByTestId('selected-region').innerText();

    await page.getByRole('button', { name: 'Werkbank (0)' }).click();
    await page.getByRole('button', { name: 'Huidige selectie vastpinnen' }).click();
    await page.getByLabel('Notitie bij Groningen').fill('Opticiens: opleiding hier, vraag in Drenthe <b>!</b>');
    await page.getByRole('button', { name: 'Werkbank (1)' }).click(); // close
    await page.goto(`${baseUrl}?v=2&r=AM03`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Werkbank (1)' }).click();
    await page.getByRole('button', { name: 'Huidige selectie vastpinnen' }).click();
    await expect(page.getByRole('button', { name: 'Werkbank (2)' }).count()).resolves.toBe(1);

    // reload: nothing typed is lost
    await page.reload();
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Werkbank (2)' }).click();
    await page.getByRole('button', { name: 'Regio Groningen' }).click();
    await expect(page.getByLabel('Notitie bij Groningen').inputValue()).resolves.toBe('Opticiens: opleiding hier, vraag in Drenthe <b>!</b>');

    // export the workbench as JSON
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Werkbank opslaan (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.pins.map((p: { code: string; note: string }) => [p.code, p.note])).toEqual([
      ['AM01', 'Opticiens: opleiding hier, vraag in Drenthe <b>!</b>'],
      ['AM03', ''],
    ]);

    // a broken file: clear message, pins untouched
    await page.getByLabel('Werkbank inlezen (JSON)').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"inspiratiekaart-werkbank","version":1,"pins":[{"id":"<x>"}]}') });
    await expect(page.getByRole('status').filter({ hasText: 'geen leesbare werkbank' }).innerText()).resolves.toContain('pins.0.id');
    await expect(page.getByRole('button', { name: 'Werkbank (2)' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Werkbank (2)' }).click(); // close

    // present: p, larger type, no filter panel, arrows step through the pins
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate('document.body.classList.contains("presenting")')).toBe(true);
    await expect(page.locator('.side-panel').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Delen', exact: true }).isVisible()).resolves.toBe(false);
    expect(await page.evaluate('getComputedStyle(document.querySelector(".app")).fontSize')).toBe('20px');
    // pin 1 is on screen (opened from the panel above); → goes to pin 2, → wraps to pin 1, ← back to pin 2
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('AM03');
    await expect(page.getByText('Pin 2 van 2').count()).resolves.toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('AM01');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('AM03');
    // the note is shown as text: no element was made from it
    await expect(page.locator('.workbench b').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate('document.body.classList.contains("presenting")')).toBe(false);
    await expect(selected()).resolves.toBe('Drenthe');
    expect(errors).toEqual([]);
    await context.close();
  });
});
