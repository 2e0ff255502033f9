/**
 * Whether this browser can draw the map. MapLibre needs WebGL 2; rather than creating a throw-away WebGL context
 * to find out (≈ 10 ms on a software GPU, before the map's own), the map is made and a failure is recorded here:
 * the main view and the route view then show their tables instead (useWebglFailed).
 */
import { useSyncExternalStore } from 'react';

let failed = false;
const listeners = new Set<() => void>();

export function markWebglFailed() {
  if (failed) return;
  failed = true;
  for (const l of listeners) l();
}

export const webglFailed = () => failed;

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** True once a map could not be made for want of WebGL 2 (then it stays true for the page). */
export const useWebglFailed = () => useSyncExternalStore(subscribe, webglFailed, webglFailed);
