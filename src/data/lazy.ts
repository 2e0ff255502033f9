/**
 * The files the manifest marks lazy, loaded one after another once the first screen is drawn (firstScreen.ts):
 * offers for the map and lists first, then the municipal borders, then the rest. A view that needs a file now
 * (the route view: titles and places; the occupation card: titles) asks with wantLazyFiles, and that file is
 * fetched at once, beside the queue, also before the first screen is done. Each file is added to the dataset as it
 * arrives, with an idle moment between queued files so a click in between is answered. A broken lazy file becomes
 * a named error; everything else keeps working.
 */
import { loadFile, withFile, type Fetcher } from './load';
import type { DatasetId } from './schemas';
import type { AppStore } from '../state/store';
import { afterFirstScreen, idle } from './firstScreen';

/** Load order of the lazy files nobody asked for; files not listed here follow in manifest order. */
export const LAZY_ORDER: readonly DatasetId[] = ['offers', 'regions-gemeente', 'regional-series', 'qualifications', 'school-locations', 'occupation-titles', 'places'];

interface Loader {
  store: AppStore;
  fetcher: Fetcher;
  base: string;
  started: Map<DatasetId, Promise<void>>;
}

let loader: Loader | null = null;

let resolveDone: () => void = () => undefined;
/**
 * Resolves once every lazy file has been tried (or nothing will be loaded). The service worker registers only
 * then: an update it offers ("Nu laden") must not switch builds under a page that is still fetching its data.
 */
export const lazyFilesDone = new Promise<void>((resolve) => {
  resolveDone = resolve;
});
/** Nothing (more) will be loaded, e.g. the manifest could not be read. */
export const noLazyFiles = () => resolveDone();
/** asked for before the loader started (a view mounted while the dataset was still loading) */
const early = new Set<DatasetId>();

/** Fetch, validate and add one lazy file, once (a second caller gets the same promise). */
function loadOne(l: Loader, id: DatasetId): Promise<void> {
  let p = l.started.get(id);
  if (!p) {
    p = (async () => {
      const status = l.store.getState().data;
      if (status.state !== 'ready' || status.dataset.files[id] !== undefined) return;
      const r = await loadFile(l.fetcher, l.base, status.dataset.manifest, id);
      l.store.getState().actions.updateDataset((ds) =>
        r.ok ? withFile(ds, id, r.data as never) : { ...ds, errors: [...ds.errors.filter((e) => e.file !== r.errors[0]?.file), ...r.errors] },
      );
    })();
    l.started.set(id, p);
  }
  return p;
}

const isLazy = (l: Loader, id: DatasetId) => {
  const s = l.store.getState().data;
  return s.state === 'ready' && s.dataset.manifest.files.some((f) => f.id === id && f.lazy);
};

/** A view needs these lazy files now: they are fetched at once, without waiting for the first screen. */
export function wantLazyFiles(ids: readonly DatasetId[]): void {
  const l = loader;
  if (!l) {
    for (const id of ids) early.add(id);
    return;
  }
  for (const id of ids) if (isLazy(l, id)) void loadOne(l, id);
}

const rank = (id: DatasetId) => {
  const j = LAZY_ORDER.indexOf(id);
  return j < 0 ? LAZY_ORDER.length : j;
};

export async function loadLazyFiles(store: AppStore, fetcher: Fetcher, base: string, opts: { wait?: () => Promise<void> } = {}): Promise<void> {
  const l: Loader = { store, fetcher, base, started: new Map() };
  loader = l;
  wantLazyFiles([...early]);
  early.clear();
  await (opts.wait ?? afterFirstScreen)();
  for (;;) {
    const status = store.getState().data;
    if (status.state !== 'ready') break;
    // what is still missing, looked up again each time (a view may have asked for a file meanwhile)
    const next = status.dataset.manifest.files
      .filter((f) => f.lazy && !l.started.has(f.id) && status.dataset.files[f.id] === undefined)
      .map((f) => f.id)
      .sort((a, b) => rank(a) - rank(b))[0];
    if (!next) break;
    await loadOne(l, next);
    await idle();
  }
  await Promise.all(l.started.values());
  resolveDone();
}
