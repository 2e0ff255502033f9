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
import { prewarmMap } from './map/MapView';

let startCamera: Camera | null = null;

/** The camera a link asked for, else the area of the edition's regions; MapView reads this once. */
export const getStartCamera = (): Camera | null => {
  if (startCamera) return startCamera;
  const s = useStore.getState();
  const edition = s.view.edition ? EDITIONS.get(s.view.edition) : undefined;
  const amr = s.data.state === 'ready' ? s.data.dataset.files['regions-arbeidsmarktregio'] : undefined;
  return edition && amr ? regionsBounds(amr.features, edition.regions) : null;
};

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
  if (shareable.view.mode === 'map') prewarmMap();
  void loadDataset(browserFetcher, dataBase).then((r) => {
    actions.setData(r.ok ? { state: 'ready', dataset: r.dataset } : { state: 'failed', errors: r.errors });
    // the lazy files wait until the first screen is drawn (data/firstScreen.ts)
    if (r.ok) void loadLazyFiles(useStore, browserFetcher, dataBase);
    else noLazyFiles();
  });
}
