import { useStore } from '../state/store';
import type { DatasetId } from '../data/schemas';

/** True while a lazy file a view needs is listed in the manifest but has neither arrived nor failed. */
export function useStillLoading(ids: readonly DatasetId[]): boolean {
  return useStore((s) => {
    if (s.data.state !== 'ready') return true;
    const ds = s.data.dataset;
    return ids.some((id) => {
      const entry = ds.manifest.files.find((f) => f.id === id);
      return entry !== undefined && ds.files[id] === undefined && !ds.errors.some((e) => e.file === entry.path);
    });
  });
}
