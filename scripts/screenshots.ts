/**
 * npm run screenshots: the main screen and its cards at 1280×720 and 1920×1080, on a fresh build of the
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
/** Each shot: a link (the app's own URL state) and what to do before the picture. */
const SHOTS: { name: string; query: string; sizes?: number[] }[] = [
  { name: 'main', query: 'r=AM01&s=10' },
  { name: 'first-visit', query: '', sizes: [1280] },
  { name: 'occupation-card', query: 'r=AM01&s=10&o=1051', sizes: [1280] },
  { name: 'region-card', query: 'r=AM01', sizes: [1280] },
  { name: 'table', query: 'r=AM01&s=10&view=table', sizes: [1280] },
  { name: 'unemployment', query: 'm=unemployment', sizes: [1280] },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) {
      for (const size of SIZES) {
        if (shot.sizes && !shot.sizes.includes(size.width)) continue;
        const { page, context, errors } = await openPage(browser, `${server.url}?v=2&${shot.query}`, size);
        if (shot.name !== 'first-visit') await page.evaluate(`localStorage.setItem('inspiratiekaart.firstVisitDone', '1')`);
        await page.reload();
        if (!shot.query.includes('view=table')) await waitForMapIdle(page);
        if (shot.name === 'region-card') await page.getByRole('button', { name: /Regiokaart openen/ }).click();
        // lazy files (offers, titles) arrive after the first screen; give the map a moment to draw them
        await page.waitForTimeout(1500);
        if (!shot.query.includes('view=table')) await waitForMapIdle(page);
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
