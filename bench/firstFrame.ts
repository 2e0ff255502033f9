/**
 * In-page probes (strings, so tsx's helpers never end up in the page): when the first complete choropleth frame
 * was drawn, measured from navigation start (performance.now()).
 */

/**
 * The app: the first MapLibre 'idle' at which the region fill carries class colours: a match expression on the
 * region code, directly or as the first frame's fallback under the feature-state colour (src/map/style.ts), or —
 * the map is made with the outlines alone and coloured when the model is ready — a feature-state colour on every
 * one of the arbeidsmarktregio's in the source (it holds the provincie outlines too), with at least two different colours among them (a classed choropleth, not
 * the uniform land colour of the outlines).
 */
export const APP_FIRST_FRAME_PROBE = `(() => {
  const watch = () => {
    const map = window.__inspiratiekaart && window.__inspiratiekaart.map;
    if (!map) return requestAnimationFrame(watch);
    const byState = () => {
      const source = map.getSource('arbeidsmarktregio');
      const data = source && source.serialize().data;
      // the arbeidsmarktregio's of the source (it may hold the provincie outlines too)
      const codes = data && Array.isArray(data.features) ? data.features.filter((f) => !f.properties.kind || f.properties.kind === 'arbeidsmarktregio').map((f) => f.properties.code) : [];
      const colours = codes.map((id) => (map.getFeatureState({ source: 'arbeidsmarktregio', id }) || {}).colour);
      return codes.length > 0 && colours.every((c) => typeof c === 'string') && new Set(colours).size > 1;
    };
    const check = () => {
      const fill = map.getLayer('amr-fill') ? map.getPaintProperty('amr-fill', 'fill-color') : null;
      const classed = Array.isArray(fill) && (fill[0] === 'match' || (fill[0] === 'case' && ((Array.isArray(fill[fill.length - 1]) && fill[fill.length - 1][0] === 'match') || byState())));
      if (classed && map.loaded()) window.__firstFrame = performance.now();
      else map.once('idle', check);
    };
    map.once('idle', check);
  };
  watch();
})()`;

/** Wait in Node until the page has set window.__firstFrame; returns it. */
export async function firstFrame(page: import('playwright-core').Page, timeout = 120_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const t = (await page.evaluate('window.__firstFrame')) as number | undefined;
    if (typeof t === 'number') return t;
    if (Date.now() > end) throw new Error('no first frame within the time limit');
    await page.waitForTimeout(25);
  }
}
