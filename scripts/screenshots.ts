/**
 * npm run screenshots: every screen (map, cards, table, route, compare, presentation, about, share) at 1280×720 and 1920×1080, on a fresh build of the
 * committed data, into docs/screenshots/. Uses the same browser and server helpers as the browser tests.
 * page.evaluate gets strings, not functions (tsx injects __name into serialised functions).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, waitForMapIdle } from '../tests/lib/browser';
import { serveStatic } from '../tests/lib/server';

const OUT = 'docs/screenshots';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
/** Each shot: a link (the app's own URL state, version 3) and what to do before the picture. Every screen at both sizes. */
const SHOTS: { name: string; query: string; sizes?: number[]; click?: RegExp }[] = [
  { name: 'main', query: 'r=AM01&s=10' },
  { name: 'first-visit', query: '' },
  { name: 'kansberoepen-measure', query: 'm=kansberoepen' },
  { name: 'occupation-card', query: 'r=AM01&s=10&o=1051' },
  { name: 'region-card', query: 'r=AM01', click: /Regiokaart openen/ },
  { name: 'school-card', query: 'r=AM01&sl=mbo-25LW21' },
  { name: 'example-offer-card', query: 'r=AM01&of=imp-it-academy-noord-nederla-make-it-work-in-the-north-groningen' },
  { name: 'table', query: 'r=AM01&s=10&view=table' },
  { name: 'route', query: 'view=route&rf=1114&rfl=kapper&near=6.4764,52.7233,30&nl=7901' },
  { name: 'compare', query: 'view=compare&cmp=AM01,AM03&s=10' },
  { name: 'presentation', query: 'r=AM01&present=1' },
  { name: 'about-data', query: 'r=AM01', click: /^Over de data$/ },
  { name: 'share', query: 'r=AM01&s=10', click: /^Delen$/ },
  { name: 'english', query: 'r=AM01&s=10&lang=en', sizes: [1280] },
];
const LAZY_FILES = ['offers.json', 'gemeente.geojson', 'regional-series.json', 'school-locations.json', 'occupation-titles.json', 'places.json'];

/** The table and compare views draw no map: nothing to wait for there. */
const hasMap = (query: string) => !/view=(table|compare)/.test(query);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  try {
    // `npm run screenshots -- main route`: only the shots named (all when none is)
    const only = process.argv.slice(2);
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
      for (const size of SIZES) {
        if (shot.sizes && !shot.sizes.includes(size.width)) continue;
        const { page, context, errors } = await openPage(browser, `${server.url}?v=3&${shot.query}`, size);
        if (shot.name !== 'first-visit') await page.evaluate(`localStorage.setItem('inspiratiekaart.firstVisitDone', '1')`);
        // the lazy files (offers, borders, school locations, titles, places) arrive one by one after the first
        // screen: the picture waits for the last of them, so every layer the view has is in it
        const lazy = Promise.all(
          LAZY_FILES.map((f) => page.waitForResponse((r) => r.url().includes(f), { timeout: 45_000 }).catch(() => undefined)),
        );
        await page.reload();
        if (hasMap(shot.query)) await waitForMapIdle(page);
        if (shot.click) await page.getByRole('button', { name: shot.click }).click();
        await lazy;
        await page.waitForTimeout(800);
        if (hasMap(shot.query)) await waitForMapIdle(page);
        const file = `${OUT}/${shot.name}-${size.width}x${size.height}.png`;
        await page.screenshot({ path: file });
        console.log(`${file}${errors.length ? `  (page errors: ${errors.join(' | ')})` : ''}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
