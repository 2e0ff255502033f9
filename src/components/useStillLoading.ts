import { useStore } from '../state/store';
import type { DatasetId } from '../data/schemas';

/** True while a lazy file a view needs is listed in the manifest but has neither arrived nor failed. */
export function useStillLoading(ids: readonly DatasetId[]): boolean {
  return useStore((s) => ids.some((id) => fileStatusOf(s, id) === 'loading'));
}

export type FileStatus = 'loading' | 'ready' | 'unavailable';

/**
 * Where one data file stands: arrived, still on its way, or not coming (it failed its checks or could not be
 * fetched — the data-errors banner names the file and the field — or this build does not have it). A view says
 * which, rather than showing "none" for a file that is not there.
 */
export function useFileStatus(id: DatasetId): FileStatus {
  return useStore((s) => fileStatusOf(s, id));
}

function fileStatusOf(s: ReturnType<typeof useStore.getState>, id: DatasetId): FileStatus {
  if (s.data.state !== 'ready') return 'loading';
  const ds = s.data.dataset;
  if (ds.files[id] !== undefined) return 'ready';
  const entry = ds.manifest.files.find((f) => f.id === id);
  if (entry === undefined || ds.errors.some((e) => e.file === entry.path)) return 'unavailable';
  return 'loading';
}
