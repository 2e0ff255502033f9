/** Long-lived, shareable view state: everything here round-trips through the URL (src/state/urlState.ts). */
import type { Leerweg, Level, OfferKind } from '../data/schemas';

export type Lang = 'nl' | 'en';
export type ViewMode = 'map' | 'table' | 'route' | 'compare';
/** What the choropleth colours the regions by. */
export type MeasureId = 'kansberoepen' | 'tension' | 'offers' | 'unemployment' | 'wwPer100' | 'jobs';

export interface NearPoint {
  lon: number;
  lat: number;
  /** what the user typed or picked: "7901", "Hoogeveen" */
  label: string;
  radiusKm: number;
}

export interface Filters {
  /** BRC beroepsklassen (occupation sectors) */
  sectors: string[];
  /** selected arbeidsmarktregio (AMxx) or provincie (PVxx); null = all of the Netherlands */
  region: string | null;
  levels: Level[];
  leerwegen: Leerweg[];
  offerKinds: OfferKind[];
  onlyKansberoepen: boolean;
  /** home point with radius: offers and demand within reach, across region borders */
  near: NearPoint | null;
}

export interface Selection {
  /** BRC beroepsgroep whose card is open */
  occupation: string | null;
  /** offer id whose card is open */
  offer: string | null;
  /** mbo school location id whose card is open (a place, not an offer) */
  school: string | null;
}

export interface ViewState {
  mode: ViewMode;
  measure: MeasureId;
  lang: Lang;
  edition: string | null;
  /** two regions side by side */
  compare: [string, string] | null;
  embed: boolean;
  presentation: boolean;
}

export interface RouteState {
  /** BRC group the person works in now (from an occupation title search) */
  from: string | null;
  /** the title the person typed or picked, kept for display */
  fromLabel: string | null;
  /** the kansberoep they aim at */
  to: string | null;
  /** the person's highest finished education ('none' = no diploma); null = assume the entry level of `from` */
  level: PersonLevel | null;
}

/** A person's highest finished education, on the ladder: 'none' sits below praktijkverklaring. */
export type PersonLevel = 'none' | Level;

/**
 * Camera as written in links: the visible area, so a link shows the same area on a laptop, a projector or an
 * embed of any size (link v2; v1 wrote centre and zoom). MapLibre owns the live camera; this is only read at
 * start and written on moveend.
 */
export interface Camera {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ShareableState {
  filters: Filters;
  selection: Selection;
  view: ViewState;
  route: RouteState;
  camera: Camera | null;
}

export const DEFAULT_RADIUS_KM = 30;

export const DEFAULT_STATE: ShareableState = {
  filters: { sectors: [], region: null, levels: [], leerwegen: [], offerKinds: [], onlyKansberoepen: false, near: null },
  selection: { occupation: null, offer: null, school: null },
  view: { mode: 'map', measure: 'wwPer100', lang: 'nl', edition: null, compare: null, embed: false, presentation: false },
  route: { from: null, fromLabel: null, to: null, level: null },
  camera: null,
};
