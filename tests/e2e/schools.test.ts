import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage, waitForMapIdle } from '../lib/browser';
import { seriousViolations } from '../lib/axe';
import { sharedBrowser } from '../lib/sharedBrowser';

/**
 * mbo school locations on the committed data: drawn as their own layer (not offers), listed beside the map and in
 * the table, and a card that says plainly that the programmes are not in this build. Expected counts come from
 * school-locations.json, counted here with the test's own code.
 */
const baseUrl = inject('baseUrl');
/** school-locations.json is lazy: on a loaded machine it can take longer than expect.poll's 1 s default */
const SLOW = { timeout: 30_000 };
const schools = (JSON.parse(readFileSync('data/school-locations.json', 'utf8')) as { rows: { id: string; provider: string; name: string; lon: number; lat: number; arbeidsmarktregio: string }[] }).rows;
const inGroningen = schools.filter((s) => s.arbeidsmarktregio === 'AM01');

const browser = sharedBrowser();


async function open(query: string) {
  const w = await openPage(browser, `${baseUrl}?v=3&${query}`);
  await w.page.evaluate(`localStorage.setItem('inspiratiekaart.firstVisitDone', '1')`);
  await w.page.reload();
  if (!query.includes('view=table')) await waitForMapIdle(w.page);
  return w;
}

/**
 * The source holds every location once its file is in; the filters' choice is feature state `shown` (hidden rings
 * are transparent). Distinct ids of the shown ones (querySourceFeatures may return a point once per tile).
 */
const shownIds = `(() => {
  const map = window.__inspiratiekaart.map;
  const shown = map.querySourceFeatures('school-locations').filter((f) => map.getFeatureState({ source: 'school-locations', id: f.id }).shown === true);
  return [...new Set(shown.map((f) => f.properties.id))].sort();
})()`;

describe('mbo school locations', () => {
  it('are drawn as their own layer, not counted as offers; the list beside the map opens a card', async () => {
    const { page, context, errors } = await open('r=AM01');
    // polled: the source's tiles (all locations) arrive one by one after the file is in
    await expect.poll(() => page.evaluate(shownIds), SLOW).toEqual(inGroningen.map((s) => s.id).sort());
    const ids = (await page.evaluate(shownIds)) as string[];
    // every location is in the source (a filter change sets state, it does not replace the data)
    const all = `new Set(window.__inspiratiekaart.map.querySourceFeatures('school-locations').map((f) => f.properties.id)).size`;
    await expect.poll(() => page.evaluate(all), SLOW).toBeGreaterThan(ids.length);
    // the offers tab still counts offers only
    const offersTab = page.getByRole('tab', { name: /^Opleidingen \d+/ });
    await offersTab.click();
    await page.getByRole('button', { name: new RegExp(`^Mbo-locaties ${inGroningen.length}$`) }).click();
    const list = page.getByRole('list', { name: 'Mbo-schoollocaties bij de filters' });
    await expect.poll(() => list.getByRole('listitem').count(), SLOW).toBe(inGroningen.length);
    const first = inGroningen[0]!;
    await list.getByRole('button', { name: `${first.provider} · ${first.name}` }).click();
    const card = page.getByTestId('school-card');
    await expect(card.getByRole('heading', { name: first.provider }).isVisible()).resolves.toBe(true);
    await expect(card.innerText()).resolves.toContain('Welke opleidingen op deze locatie worden gegeven, staat niet in deze versie van de gegevens. Het mbo-aanbod per locatie (DUO) is alleen online te lezen');
    expect(new URL(page.url()).searchParams.get('sl')).toBe(first.id);
    // Escape closes the card and gives focus back to the row that opened it
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), SLOW).toBe(0);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent'), SLOW).toBe(`${first.provider} · ${first.name}`);
    // the legend explains the rings (in full again now that no card is open)
    await expect(page.getByTestId('legend-schools').innerText()).resolves.toContain('Mbo-schoollocatie (geen opleidingen bekend)');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a ring clicked on the map (zoomed in) opens its card', async () => {
    const { page, context } = await open('r=AM01');
    // centre the map on one location after another (zoom 14) until one sits alone under the centre, with no offer
    // point or cluster over it: in a city the rings overlap at lower zooms
    let target: { id: string; x: number; y: number } | null = null;
    for (const s of inGroningen) {
      await page.evaluate(`window.__inspiratiekaart.map.jumpTo({ center: [${s.lon}, ${s.lat}], zoom: 14 })`);
      await waitForMapIdle(page);
      target = (await page.evaluate(`(() => {
        const map = window.__inspiratiekaart.map;
        const rect = map.getCanvas().getBoundingClientRect();
        const p = map.project([${s.lon}, ${s.lat}]);
        const hits = map.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]]);
        if (hits.some((h) => h.layer.id.startsWith('offer'))) return null;
        const ids = new Set(hits.filter((h) => h.layer.id === 'school-locations' && h.state.shown === true).map((h) => h.properties.id));
        if (ids.size !== 1 || !ids.has(${JSON.stringify(s.id)})) return null;
        return { id: ${JSON.stringify(s.id)}, x: rect.left + p.x, y: rect.top + p.y };
      })()`)) as { id: string; x: number; y: number } | null;
      if (target) break;
    }
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const row = schools.find((s) => s.id === target!.id)!;
    await expect.poll(() => page.getByTestId('school-card').getByRole('heading', { level: 2 }).innerText(), SLOW).toBe(row.provider);
    await context.close();
  });

  it('the table has the same locations; an offer kind without mbo hides them and says which filter did', async () => {
    const { page, context } = await open('r=AM01&view=table');
    await page.getByRole('tab', { name: 'Mbo-locaties' }).click();
    const table = page.getByTestId('table-schools');
    await expect.poll(() => table.locator('tbody tr').count(), SLOW).toBe(inGroningen.length);
    await context.close();
    const hidden = await open('r=AM01&k=hbo&view=table');
    await hidden.page.getByRole('tab', { name: 'Mbo-locaties' }).click();
    await expect.poll(() => hidden.page.getByText('Mbo-schoollocaties verborgen: soort aanbod zonder mbo gekozen.').first().isVisible(), SLOW).toBe(true);
    await hidden.context.close();
  });
});
