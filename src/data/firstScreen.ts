/**
 * "The first screen is drawn": the map's first idle frame, or a view without a map on screen. What the first
 * screen does not need (the lazy data files, the service worker's precache) waits for it, then for a quiet moment
 * of the browser, so it never competes with the first frame for the network or the main thread.
 */
let resolveDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});

/** Called by the map on its first idle frame and by views without a map once they are on screen. */
export const markFirstScreenDrawn = () => resolveDrawn();

/** The browser's next idle moment (at most `timeout` ms away; a plain timer where requestIdleCallback is missing). */
export function idle(timeout = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/**
 * Resolves after the first screen is drawn and the browser is idle. `cap` ms after it is called it resolves anyway
 * (a map that never becomes idle must not keep the rest of the data away).
 */
export function afterFirstScreen(cap = 5000): Promise<void> {
  const capped = new Promise<void>((resolve) => setTimeout(resolve, cap));
  return Promise.race([drawn, capped]).then(() => idle());
}
