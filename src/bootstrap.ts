/**
 * Start-up: read the link into the store (with a notice for anything dropped), keep the URL in step,
 * and load the data. Kept out of main.tsx so tests can run the same start-up.
 */
import { useStore } from './state/store';
import { initialUrlState, startUrlSync } from './state/urlSync';
import { browserFetcher, loadDataset } from './data/load';
import { languageReady, loadLanguage, translate } from './i18n';
import { loadLazyFiles, noLazyFiles } from './data/lazy';
import type { Camera } from './state/types';
import { baseOf, EDITIONS, EDITION_PROBLEMS } from './edition/editions';
import { regionsBounds } from './edition/bounds';
import type { DatasetFiles } from './data/schemas';

/** After the browser's next frame (capped: a hidden tab runs no frames), so the map can start before validation. */
const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    const cap = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(cap);
        resolve();
      }, 0),
    );
  });

let startCamera: Camera | null = null;

/** The camera a link asked for, else the area of the edition's regions; MapView reads this once. */
export const getStartCamera = (): Camera | null => {
  if (startCamera) return startCamera;
  const s = useStore.getState();
  const edition = s.view.edition ? EDITIONS.get(s.view.edition) : undefined;
  const amr = s.data.state === 'ready' ? s.data.dataset.files['regions-arbeidsmarktregio'] : s.data.state === 'loading' ? s.data.regions?.amr : undefined;
  return edition && amr ? regionsBounds(amr.features, edition.regions) : null;
};

/**
 * Whether the map may be made before the region outlines are in: yes, unless its first camera is an edition's
 * area (then it waits for the outlines, which give that area).
 */
export const mapBeforeOutlines = (): boolean => startCamera !== null || !useStore.getState().view.edition;

export function bootstrap(dataBase = 'data/') {
  const decoded = initialUrlState(baseOf);
  const { camera, ...shareable } = decoded.state;
  startCamera = camera;
  const { actions } = useStore.getState();
  actions.applyShareable(shareable);
  const notifyLink = () => {
    if (decoded.notices.length) {
      const params = [...new Set(decoded.notices.map((n) => n.param))].join(', ');
      actions.notify('warning', translate(shareable.view.lang, 'app.notice.linkParams', { params }));
    }
    for (const problem of EDITION_PROBLEMS) actions.notify('warning', translate(shareable.view.lang, 'edition.problem', { problem }));
  };
  // in the link's language: English texts are loaded on demand (src/i18n); Dutch if they cannot be
  if (languageReady(shareable.view.lang)) notifyLink();
  else void loadLanguage(shareable.view.lang).then(notifyLink, notifyLink);
  startUrlSync(useStore, decoded);
  // (MapLibre's worker is already starting: src/map/worker.ts)
  const mapFirst = shareable.view.mode === 'map' && !shareable.view.embed;
  // The region outlines are validated first and go to the map at once (it draws them while the other files are
  // validated and the model is built; the colours follow as feature state).
  const first = {
    ids: ['regions-arbeidsmarktregio', 'regions-provincie'] as const,
    onValidated: (files: Partial<DatasetFiles>) => {
      const amr = files['regions-arbeidsmarktregio'];
      if (!amr) return;
      actions.setData({ state: 'loading', regions: { amr, provincie: files['regions-provincie'] } });
      // The map made before the outlines gets them during React's commit of this update (MapView's layout effect),
      // before the next file is validated. A map made by this update hands them to its worker in its next frame.
      if (mapFirst && !mapBeforeOutlines()) return afterNextFrame();
    },
  };
  void loadDataset(browserFetcher, dataBase, { first }).then((r) => {
    actions.setData(r.ok ? { state: 'ready', dataset: r.dataset } : { state: 'failed', errors: r.errors });
    // the lazy files wait until the first screen is drawn (data/firstScreen.ts)
    if (r.ok) void loadLazyFiles(useStore, browserFetcher, dataBase);
    else noLazyFiles();
  });
}
