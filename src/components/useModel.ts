/** Hooks that read the memoised selectors for the current dataset and filters (src/model/selectors.ts). */
import { useDataset, useStore } from '../state/store';
import { selectFacets, selectMeasure, selectModel, selectOccupationList, selectSchools } from '../model/selectors';

export function useModel() {
  const ds = useDataset();
  return ds ? selectModel(ds) : undefined;
}

export function useFacets() {
  const ds = useDataset();
  const filters = useStore((s) => s.filters);
  return ds ? selectFacets(ds, filters) : undefined;
}

export function useMeasure() {
  const ds = useDataset();
  const filters = useStore((s) => s.filters);
  const measure = useStore((s) => s.view.measure);
  const occupation = useStore((s) => s.selection.occupation);
  return ds ? selectMeasure(ds, filters, measure, occupation) : undefined;
}

export function useOccupationList() {
  const ds = useDataset();
  const filters = useStore((s) => s.filters);
  return ds ? selectOccupationList(ds, filters) : undefined;
}

/** mbo school locations matching the filters; undefined while their lazy file is loading (or absent). */
export function useSchools() {
  const ds = useDataset();
  const filters = useStore((s) => s.filters);
  return ds ? selectSchools(ds, filters) : undefined;
}

/** Name of a region code (or the code itself). */
export function useRegionName(code: string | null): string | undefined {
  return useStore((s) => (code && s.data.state === 'ready' ? (s.data.dataset.index.regions.get(code)?.name ?? code) : undefined));
}
