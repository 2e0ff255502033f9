import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, until, waitForMapIdle } from '../lib/browser';
import { seriousViolations } from '../lib/axe';
import { sharedBrowser } from '../lib/sharedBrowser';

/**
 * The main path on the committed data, by role and label. Expected figures are computed here, from the data
 * files, with the test's own simple code: the kansberoep rule as docs/kansberoepen.md writes it (two of four
 * signals on the source's classes, regional figure first else national; or named by the region's own list).
 */
const baseUrl = inject('baseUrl');
const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
const occupations = read('occupations.json') as { groepen: { code: string; name: string; klasse: string; levels: string[]; replacedBy?: string[] }[] };
const indicators = read('indicators.json').rows as { groep: string; area: string; indicator: string; value: number | null; class?: string; period: string; source: string }[];
const offers = read('offers.json').rows as { arbeidsmarktregio: string; level?: string; klassen: string[]; kind: string; example?: boolean }[];
const curated = existsSync('data/curated.json') ? (read('curated.json').rows as { area: string; groep?: string; status: string }[]) : [];
const manifest = read('manifest.json') as { sources: { id: string; publisher: string }[] };
const amr = read('regions/arbeidsmarktregio.geojson') as { features: { properties: { code: string; name: string; label: [number, number] } }[] };

const SIGNALS: Record<string, string[]> = {
  tension: ['krap', 'zeer krap'],
  jobOpenings: ['hoog', 'erg hoog'],
  futureBottleneck: ['groot', 'zeer groot'],
  direction: ['blijft krap', 'verdere verkrapping', 'verkrapping'],
};
const uwv = (v: number) => (v > 4 ? 'zeer krap' : v >= 1.5 ? 'krap' : v >= 0.67 ? 'gemiddeld' : v >= 0.25 ? 'ruim' : 'zeer ruim');
const figure = (groep: string, area: string, id: string) =>
  indicators.find((r) => r.groep === groep && r.area === area && r.indicator === id) ?? indicators.find((r) => r.groep === groep && r.area === 'NL01' && r.indicator === id);
function isKansberoep(groep: string, area: string): boolean {
  let n = 0;
  for (const [id, classes] of Object.entries(SIGNALS)) {
    const row = figure(groep, area, id);
    const cls = row?.class ?? (id === 'tension' && row?.value != null ? uwv(row.value) : undefined);
    if (cls && classes.includes(cls)) n++;
  }
  return n >= 2 || curated.some((c) => c.area === area && c.groep === groep && c.status !== 'minder kansrijk');
}

const browser = sharedBrowser();


async function open(query = '') {
  const w = await openPage(browser, `${baseUrl}${query}`);
  await w.page.evaluate(`localStorage.setItem('inspiratiekaart.firstVisitDone', '1')`);
  await w.page.reload();
  await waitForMapIdle(w.page);
  // offers.json is lazy: wait until the offers tab shows its count
  await w.page.getByRole('tab', { name: /^Opleidingen \d+/ }).waitFor();
  // and until the map has drawn them (clusters can sit on a region's label point)
  // (their layers join the map with the file)
  await until(w.page, `(() => { const m = window.__inspiratiekaart.map; return Boolean(m.getLayer('offer-points')) && m.queryRenderedFeatures({ layers: ['offer-clusters', 'offer-points'] }).length > 0; })()`);
  await waitForMapIdle(w.page);
  return w;
}

async function pickGroningenZorgMbo3(page: Page) {
  const regio = page.getByRole('combobox', { name: 'Regio', exact: true });
  const groningen = (await regio.getByRole('option', { name: /^Groningen \(/ }).first().innerText()).trim();
  await regio.selectOption({ label: groningen });
  await page.locator('summary', { hasText: 'Sector' }).click();
  await page.getByRole('checkbox', { name: /^Zorg en welzijn/ }).check();
  await page.getByRole('checkbox', { name: /^mbo-3/ }).check();
}

describe('core screen on the committed data', () => {
  it('Groningen + Zorg en welzijn + mbo-3: list and counts equal figures computed from the data files', async () => {
    const { page, context, errors } = await open();
    await pickGroningenZorgMbo3(page);

    const groups = occupations.groepen.filter((g) => !g.replacedBy && g.klasse === '10' && g.levels.includes('mbo3'));
    const kb = groups.filter((g) => isKansberoep(g.code, 'AM01'));
    const offerCount = offers.filter((o) => o.arbeidsmarktregio === 'AM01' && o.level === 'mbo3' && o.klassen.includes('10')).length;
    expect(groups.length).toBeGreaterThan(0);

    await expect.poll(() => page.getByTestId('filter-summary').innerText()).toContain(`${groups.length} beroepsgroepen (${kb.length} kansberoep) en ${offerCount} opleidingen`);
    await expect(page.getByRole('tab', { name: /^Kansberoepen/ }).innerText()).resolves.toMatch(new RegExp(`\\b${kb.length}$`));
    // no matching offers and no mbo programmes in the build (example rows do not count): the panel says it is missing data
    if (offerCount === 0 && !offers.some((o) => o.kind === 'mbo' && !o.example)) {
      await expect(page.getByText('Mbo-opleidingen per locatie zitten niet in deze versie', { exact: false }).isVisible()).resolves.toBe(true);
    }
    // first line of each button: the name (a screen-reader-only "(kansberoep)" follows it)
    const names = (await page.getByRole('list', { name: 'Kansberoepen' }).getByRole('button').allInnerTexts()).map((n) => n.split('\n')[0]!);
    expect(names.map((n) => n.trim()).sort()).toEqual(groups.map((g) => g.name).sort());
    // kansberoepen come first in the list
    expect(names.slice(0, kb.length).map((n) => n.trim()).sort()).toEqual(kb.map((g) => g.name).sort());

    // counts next to options, with the other filters (Groningen, Zorg en welzijn) held
    const hboGroups = occupations.groepen.filter((g) => !g.replacedBy && g.klasse === '10' && g.levels.includes('hbo')).length;
    const hboOffers = offers.filter((o) => o.arbeidsmarktregio === 'AM01' && o.level === 'hbo' && o.klassen.includes('10')).length;
    await expect(page.getByRole('checkbox', { name: /^hbo/ }).first().evaluate((el) => el.closest('label')!.textContent)).resolves.toContain(`${hboGroups} · ${hboOffers}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clicking a region on the map selects it and names it in the panel', async () => {
    const { page, context } = await open();
    // a region whose label point is free of offer clusters and the legend: hit-tested through MapLibre itself
    const target = (await page.evaluate(`(() => {
      const map = window.__inspiratiekaart.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const legend = document.querySelector('.legend').getBoundingClientRect();
      for (const f of ${JSON.stringify(amr.features.map((f) => f.properties))}) {
        const p = map.project(f.label);
        const x = rect.left + p.x, y = rect.top + p.y;
        if (x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom) continue;
        // keep clear of offer circles by a few pixels (a click on a cluster zooms in instead of selecting)
        const near = map.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]]);
        if (near.some((h) => h.layer.id.startsWith('offer'))) continue;
        const hits = map.queryRenderedFeatures([p.x, p.y]);
        if (hits.find((h) => h.layer.id === 'amr-fill')?.properties.code === f.code) return { code: f.code, name: f.name, x, y };
      }
      return null;
    })()`)) as { code: string; name: string; x: number; y: number } | null;
    expect(target).not.toBeNull();
    // the pointer over the region: its hover outline (a layer added after the first screen was drawn)
    await page.mouse.move(target!.x, target!.y);
    await until(page, `JSON.stringify(window.__inspiratiekaart.map.getFilter('amr-hover')) === ${JSON.stringify(JSON.stringify(['==', ['get', 'code'], target!.code]))}`);
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.getByTestId('selected-region').innerText()).toBe(target!.name);
    expect(new URL(page.url()).searchParams.get('r')).toBe(target!.code);
    // its selection outline, drawn above the hover outline and under the school locations
    await until(page, `JSON.stringify(window.__inspiratiekaart.map.getFilter('amr-selected')) === ${JSON.stringify(JSON.stringify(['==', ['get', 'code'], target!.code]))}`);
    const order = (await page.evaluate(`window.__inspiratiekaart.map.getStyle().layers.map((l) => l.id)`)) as string[];
    expect(order.indexOf('amr-hover')).toBeLessThan(order.indexOf('amr-selected'));
    expect(order.indexOf('amr-selected')).toBeLessThan(order.indexOf('school-locations'));
    await expect(page.getByRole('region', { name: target!.name }).getByRole('heading', { name: target!.name }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('an occupation card shows its indicators with value, source and period; axe finds nothing serious', async () => {
    const { page, context } = await open();
    await pickGroningenZorgMbo3(page);
    expect(await seriousViolations(page)).toEqual([]);

    const groep = occupations.groepen.find((g) => g.code === '1051')!;
    await page.getByRole('list', { name: 'Kansberoepen' }).getByRole('button', { name: new RegExp(`^${groep.name}`) }).click();
    const card = page.getByRole('region', { name: groep.name });
    await card.waitFor();
    const tension = figure('1051', 'AM01', 'tension')!;
    const publisher = manifest.sources.find((s) => s.id === tension.source)!.publisher;
    const item = card.locator('[data-indicator="tension"]');
    const text = await item.innerText();
    expect(text).toContain(new Intl.NumberFormat('nl-NL').format(tension.value!));
    expect(text).toContain(tension.class!);
    expect(text).toContain(publisher);
    expect(text).toContain(tension.period);
    expect(text.toLowerCase()).toContain('landelijk');
    const openings = figure('1051', 'AM01', 'jobOpenings')!;
    await expect(card.locator('[data-indicator="jobOpenings"]').innerText()).resolves.toContain(new Intl.NumberFormat('nl-NL').format(openings.value!));
    expect(await seriousViolations(page)).toEqual([]);

    // the region card and the table view
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Regiokaart openen' }).click();
    await page.getByRole('region', { name: 'Groningen' }).getByRole('heading', { name: 'Groningen' }).waitFor();
    // the trend charts come with the lazy regional-series.json, which the card asks for
    await page.getByRole('region', { name: 'Groningen' }).getByRole('img', { name: 'Werkloosheid: 2013 8,7% → 2024 4,0%' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tabel' }).click();
    await page.getByRole('table', { name: /Arbeidsmarktregio's naar/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('without WebGL', () => {
  it('opens in the table view with a short explanation', async () => {
    const noGl = await launchBrowser({ webgl: false });
    try {
      const { page, context } = await openPage(noGl, baseUrl);
      await page.getByRole('heading', { name: 'De kaart kan hier niet worden getekend' }).waitFor();
      await page.getByRole('table', { name: /Arbeidsmarktregio's naar/ }).waitFor();
      const rows = await page.getByRole('table', { name: /Arbeidsmarktregio's naar/ }).locator('tbody tr').count();
      expect(rows).toBe(amr.features.length);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    } finally {
      await noGl.close();
    }
  });
});
