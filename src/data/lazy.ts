/**
 * After the first screen: load the files the manifest marks lazy (offers, school locations, occupation titles)
 * one after another, and add each to the dataset as it arrives. A broken lazy file becomes a named error;
 * everything else keeps working.
 */
import { loadFile, withFile, type Fetcher } from './load';
import type { DatasetId } from './schemas';
import type { AppStore } from '../state/store';

export async function loadLazyFiles(store: AppStore, fetcher: Fetcher, base: string): Promise<void> {
  const status = store.getState().data;
  if (status.state !== 'ready') return;
  const lazy = status.dataset.manifest.files.filter((f) => f.lazy && status.dataset.files[f.id] === undefined).map((f) => f.id as DatasetId);
  for (const id of lazy) {
    const r = await loadFile(fetcher, base, status.dataset.manifest, id);
    store.getState().actions.updateDataset((ds) =>
      r.ok ? withFile(ds, id, r.data as never) : { ...ds, errors: [...ds.errors.filter((e) => e.file !== r.errors[0]?.file), ...r.errors] },
    );
  }
}
