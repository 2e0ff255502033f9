/**
 * Registers the service worker of a production build (dist/sw.js, see scripts/vite/serviceWorker.ts) once the
 * lazy data files are in (data/lazy.ts: after the first screen), so its precache never competes with the first
 * frame or the data, and a new build it offers never switches under a page still fetching its files. Not in dev: `npm start` stays worker-free.
 */
import { useStore } from '../state/store';
import { translate, type MessageKey } from '../i18n';
import { lazyFilesDone } from '../data/lazy';

const say = (key: MessageKey, action?: { label: MessageKey; run(): void }) => {
  const { view, actions } = useStore.getState();
  actions.notify('info', translate(view.lang, key), action && { label: translate(view.lang, action.label), run: action.run });
};

/** Offline use: the service worker, and a notice when the network is gone or a newer build is ready. */
export function startOfflineSupport(): void {
  window.addEventListener('offline', () => say('offline.offline'));
  registerServiceWorker({ onUpdateReady: (load) => say('offline.updateReady', { label: 'offline.loadNow', run: load }) });
}

export interface SwEvents {
  /** a newer build is installed and waiting; calling `load` switches to it and reloads the page */
  onUpdateReady(load: () => void): void;
}

export function registerServiceWorker(events: SwEvents): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let asked = false;
  // the first install also changes the controller (clients.claim); only a switch the person asked for reloads
  sw.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
  });
  const offer = (waiting: ServiceWorker) =>
    events.onUpdateReady(() => {
      asked = true;
      waiting.postMessage('skip-waiting');
    });
  const register = async () => {
    const reg = await sw.register('./sw.js');
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && sw.controller) offer(next);
      });
    });
  };
  const start = () => {
    // a failure (private mode, a host that serves sw.js wrongly) only means no offline use
    register().catch(() => undefined);
  };
  void lazyFilesDone.then(start);
}
