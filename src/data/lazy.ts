/**
 * The files the manifest marks lazy, loaded one after another once the first screen is drawn (firstScreen.ts),
 * most wanted first: what a view on screen asked for (wantLazyFiles: the route view needs titles and places at
 * once, and may ask before the first screen is done), then offers for the map and lists, the municipal borders,
 * and the rest. Each file is added to the dataset as it arrives, with an idle moment between files so a click in
 * between is answered. A broken lazy file becomes a named error; everything else keeps working.
 */
import { loadFile, withFile, type Fetcher } from './load';
import type { DatasetId } from './schemas';
import type { AppStore } from '../state/store';
import { afterFirstScreen, idle } from './firstScreen';

/** Load order of the lazy files nobody asked for; files not listed here follow in manifest order. */
export const LAZY_ORDER: readonly DatasetId[] = ['offers', 'regions-gemeente', 'qualifications', 'school-locations', 'occupation-titles', 'places'];

const asked: DatasetId[] = [];
let wake: (() => void) | null = null;

/** A view needs these lazy files now: they are loaded next, without waiting for the first screen. */
export function wantLazyFiles(ids: readonly DatasetId[]): void {
  for (const id of [...ids].reverse()) {
    const i = asked.indexOf(id);
    if (i >= 0) asked.splice(i, 1);
    asked.unshift(id);
  }
  wake?.();
}

const rank = (id: DatasetId) => {
  const i = asked.indexOf(id);
  if (i >= 0) return i - asked.length; // asked for: before everything else, in the order asked
  const j = LAZY_ORDER.indexOf(id);
  return j < 0 ? LAZY_ORDER.length : j;
};

export async function loadLazyFiles(store: AppStore, fetcher: Fetcher, base: string, opts: { wait?: () => Promise<void> } = {}): Promise<void> {
  const asking = new Promise<void>((resolve) => {
    wake = resolve;
    if (asked.length) resolve();
  });
  await Promise.race([(opts.wait ?? afterFirstScreen)(), asking]);
  wake = null;
  const tried = new Set<DatasetId>();
  for (;;) {
    const status = store.getState().data;
    if (status.state !== 'ready') return;
    // what is still missing, looked up again each time (another part of the app may have loaded a file meanwhile)
    const next = status.dataset.manifest.files
      .filter((f) => f.lazy && !tried.has(f.id) && status.dataset.files[f.id] === undefined)
      .map((f) => f.id)
      .sort((a, b) => rank(a) - rank(b))[0];
    if (!next) return;
    tried.add(next);
    const r = await loadFile(fetcher, base, status.dataset.manifest, next);
    store.getState().actions.updateDataset((ds) =>
      r.ok ? withFile(ds, next, r.data as never) : { ...ds, errors: [...ds.errors.filter((e) => e.file !== r.errors[0]?.file), ...r.errors] },
    );
    await idle();
  }
}
