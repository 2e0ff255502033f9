/**
 * The one store. Slices: shareable view state (mirrored to the URL by urlSync.ts), the loaded dataset,
 * and short-lived UI state. Actions sit together under `actions`.
 * Components subscribe to the smallest slice they need: useStore(s => s.filters.levels).
 */
import { create } from 'zustand';
import type { Dataset } from '../data/load';
import type { DataFileError } from '../data/validate';
import type { Leerweg, Level, OfferKind, RegionCollection } from '../data/schemas';
import { languageReady, loadLanguage, translate } from '../i18n';
import {
  DEFAULT_STATE,
  type Filters,
  type Lang,
  type MeasureId,
  type NearPoint,
  type RouteState,
  type Selection,
  type ShareableState,
  type ViewMode,
  type ViewState,
} from './types';

/** The region outlines, validated ahead of the other files so the map can start drawing them (bootstrap.ts). */
export interface EarlyRegions {
  amr: RegionCollection;
  provincie?: RegionCollection;
}

export type DataStatus =
  | { state: 'loading'; regions?: EarlyRegions }
  | { state: 'ready'; dataset: Dataset }
  /** nothing could be loaded (manifest unreadable) */
  | { state: 'failed'; errors: DataFileError[] };

/** A one-off camera move the map applies once (e.g. after a postcode search); `seq` makes repeats distinct. */
export interface FlyRequest {
  lon: number;
  lat: number;
  zoom: number;
  seq: number;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning';
  text: string;
  /** one thing the person can do about it (e.g. load a new version) */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Actions {
  setLang(lang: Lang): void;
  setMode(mode: ViewMode): void;
  setMeasure(measure: MeasureId): void;
  setRegion(code: string | null): void;
  toggleSector(code: string): void;
  toggleLevel(level: Level): void;
  toggleLeerweg(lw: Leerweg): void;
  toggleOfferKind(kind: OfferKind): void;
  setOnlyKansberoepen(on: boolean): void;
  setNear(near: NearPoint | null): void;
  /** set several filters at once (undo one facet, a suggested first click) */
  patchFilters(patch: Partial<Filters>): void;
  resetFilters(): void;
  /** open or close the region card (short-lived, not in the URL) */
  showRegionCard(open: boolean): void;
  /** the map could not be made here (no WebGL 2): the views switch to their tables */
  markMapUnavailable(): void;
  selectOccupation(code: string | null): void;
  selectOffer(id: string | null): void;
  /** open (or close) an mbo school location's card; one place card at a time, so it closes an open offer card */
  selectSchool(id: string | null): void;
  setRoute(route: Partial<RouteState>): void;
  setView(view: Partial<ViewState>): void;
  /** replace all shareable state at once (opening a link, an edition's defaults) */
  applyShareable(state: Omit<ShareableState, 'camera'>): void;
  setData(status: DataStatus): void;
  /** replace the dataset (after a lazy file arrived) */
  updateDataset(update: (ds: Dataset) => Dataset): void;
  notify(kind: Notice['kind'], text: string, action?: NoticeAction): void;
  dismissNotice(id: number): void;
  /** ask the map to fly to a point (short-lived: not in the URL; the camera link follows on moveend) */
  flyTo(target: { lon: number; lat: number; zoom?: number }): void;
}

/** Short-lived UI state (never in the URL). */
export interface UiState {
  regionCard: boolean;
  /**
   * The map could not be made (MapLibre needs WebGL 2): the views show their tables instead. Found by making the
   * map, not by a throw-away WebGL context; it stays true for the page.
   */
  mapUnavailable: boolean;
}

export interface StoreState extends Omit<ShareableState, 'camera'> {
  data: DataStatus;
  notices: Notice[];
  flyTo: FlyRequest | null;
  ui: UiState;
  actions: Actions;
}

const toggle = <T,>(xs: readonly T[], x: T): T[] => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

let noticeSeq = 0;
let flySeq = 0;

export const createAppStore = (initial: Omit<ShareableState, 'camera'> = DEFAULT_STATE) =>
  create<StoreState>()((set) => {
    /**
     * A language is taken only once its texts are in (English is loaded on demand, src/i18n): until then the view
     * keeps the language it has, so the switch never shows half-translated. The last language asked for wins.
     */
    let wantedLang: Lang | null = null;
    const gateLang = (current: Lang, view: ViewState): ViewState => {
      if (languageReady(view.lang)) {
        wantedLang = null;
        return view;
      }
      const want = (wantedLang = view.lang);
      loadLanguage(want).then(
        () => {
          if (wantedLang !== want) return;
          wantedLang = null;
          set((s) => ({ view: { ...s.view, lang: want } }));
        },
        () => {
          // not loadable (offline on a first visit): the view stays in the language it has, and says why
          if (wantedLang !== want) return;
          wantedLang = null;
          set((s) => ({ notices: [...s.notices, { id: ++noticeSeq, kind: 'warning', text: translate(s.view.lang, 'app.notice.languageUnavailable') }] }));
        },
      );
      return { ...view, lang: current };
    };
    const setFilters = (fn: (f: Filters) => Partial<Filters>) => set((s) => ({ filters: { ...s.filters, ...fn(s.filters) } }));
    const setSelection = (sel: Partial<Selection>) => set((s) => ({ selection: { ...s.selection, ...sel } }));
    const setView = (v: Partial<ViewState>) => set((s) => ({ view: gateLang(s.view.lang, { ...s.view, ...v }) }));
    return {
      filters: initial.filters,
      selection: initial.selection,
      view: gateLang(DEFAULT_STATE.view.lang, initial.view),
      route: initial.route,
      data: { state: 'loading' },
      notices: [],
      flyTo: null,
      ui: { regionCard: false, mapUnavailable: false },
      actions: {
        setLang: (lang) => setView({ lang }),
        setMode: (mode) => setView({ mode }),
        setMeasure: (measure) => setView({ measure }),
        setRegion: (region) => setFilters(() => ({ region })),
        toggleSector: (code) => setFilters((f) => ({ sectors: toggle(f.sectors, code) })),
        toggleLevel: (l) => setFilters((f) => ({ levels: toggle(f.levels, l) })),
        toggleLeerweg: (lw) => setFilters((f) => ({ leerwegen: toggle(f.leerwegen, lw) })),
        toggleOfferKind: (k) => setFilters((f) => ({ offerKinds: toggle(f.offerKinds, k) })),
        setOnlyKansberoepen: (on) => setFilters(() => ({ onlyKansberoepen: on })),
        setNear: (near) => setFilters(() => ({ near })),
        patchFilters: (patch) => setFilters(() => patch),
        resetFilters: () => set({ filters: DEFAULT_STATE.filters }),
        showRegionCard: (open) => set((s) => ({ ui: { ...s.ui, regionCard: open } })),
        markMapUnavailable: () => set((s) => (s.ui.mapUnavailable ? s : { ui: { ...s.ui, mapUnavailable: true } })),
        selectOccupation: (occupation) => setSelection({ occupation }),
        selectOffer: (offer) => setSelection(offer ? { offer, school: null } : { offer }),
        selectSchool: (school) => setSelection(school ? { school, offer: null } : { school }),
        setRoute: (route) => set((s) => ({ route: { ...s.route, ...route } })),
        setView,
        applyShareable: (st) => set((s) => ({ filters: st.filters, selection: st.selection, view: gateLang(s.view.lang, st.view), route: st.route })),
        setData: (data) => set({ data }),
        updateDataset: (update) =>
          set((s) => (s.data.state === 'ready' ? { data: { state: 'ready', dataset: update(s.data.dataset) } } : {})),
        notify: (kind, text, action) => set((s) => ({ notices: [...s.notices, { id: ++noticeSeq, kind, text, ...(action ? { action } : {}) }] })),
        dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
        flyTo: ({ lon, lat, zoom = 9 }) => set({ flyTo: { lon, lat, zoom, seq: ++flySeq } }),
      },
    };
  });

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Tests create their own with createAppStore(). */
export const useStore = createAppStore();
export const useActions = () => useStore((s) => s.actions);
/** The loaded dataset, or undefined while loading / when loading failed. */
export const useDataset = () => useStore((s) => (s.data.state === 'ready' ? s.data.dataset : undefined));
/** A region file for the map: from the dataset, or (while the rest still loads) the outlines validated ahead of it. */
export const useRegionFile = (id: 'regions-arbeidsmarktregio' | 'regions-provincie') =>
  useStore((s) => {
    if (s.data.state === 'ready') return s.data.dataset.files[id];
    const early = s.data.state === 'loading' ? s.data.regions : undefined;
    return id === 'regions-arbeidsmarktregio' ? early?.amr : early?.provincie;
  });
