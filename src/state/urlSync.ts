/**
 * Keeps the address bar in step with the store (replaceState, no history spam) and reads it once at start.
 * The camera is MapLibre's own: MapView reports it on moveend through setCamera, never every frame.
 */
import { decodeUrlState, encodeUrlState, type BaseOf, type DecodeResult } from './urlState';
import { DEFAULT_STATE, type Camera } from './types';
import type { AppStore } from './store';

let camera: Camera | null = null;
let writeScheduled = false;
let storeRef: AppStore | null = null;
let baseOfRef: BaseOf = () => DEFAULT_STATE;

export function initialUrlState(baseOf?: BaseOf): DecodeResult {
  if (baseOf) baseOfRef = baseOf;
  return decodeUrlState(window.location.search, baseOfRef);
}

/** The link to the current view, at the address the app runs at. */
export function currentLink(): string {
  if (!storeRef) return window.location.href;
  const s = storeRef.getState();
  const query = encodeUrlState({ filters: s.filters, selection: s.selection, view: s.view, route: s.route, camera }, baseOfRef);
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

/** The defaults links are written against (the app's, or the edition's). */
export const currentBaseOf = () => baseOfRef;

/** The last camera MapLibre reported (null until the map moved or a link set one). */
export const currentCamera = () => camera;

function scheduleWrite() {
  if (writeScheduled) return;
  writeScheduled = true;
  queueMicrotask(() => {
    writeScheduled = false;
    const url = currentLink();
    if (url !== window.location.href) window.history.replaceState(null, '', url);
  });
}

export function setCamera(c: Camera) {
  camera = c;
  scheduleWrite();
}

export function startUrlSync(store: AppStore, decoded: DecodeResult): () => void {
  storeRef = store;
  camera = decoded.state.camera;
  scheduleWrite();
  return store.subscribe((s, prev) => {
    if (s.filters !== prev.filters || s.selection !== prev.selection || s.view !== prev.view || s.route !== prev.route) scheduleWrite();
  });
}
