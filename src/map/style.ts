/**
 * Pure builders for the map style: no tiles, no glyphs, no sprites, so nothing is fetched from another host.
 * Region names are drawn as HTML labels (see RegionLabels in MapView), so the style needs no glyph server.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { RegionCollection } from '../data/schemas';
import { OFFER_LAYER } from './offerLayers';
import { SCHOOL_LAYER } from './schoolLayers';

/**
 * Map sources. `amr` holds the arbeidsmarktregio outlines and, in the same source, the provincie outlines: one
 * source is tiled once by MapLibre's worker, where a second source for the province borders cost the first frame a
 * second round of tiles. Layers on it pick their regions by `kind` (REGION_FILTER).
 */
export const SOURCE = {
  amr: 'arbeidsmarktregio',
  gemeente: 'gemeente',
} as const;

/**
 * The tile buffer of the region sources, in pixels of a 512-pixel tile (MapLibre's default is 128, room for symbols
 * and icons that cross a tile's edge). These sources hold only fills and lines of at most 3.5 pixels; a smaller
 * buffer means less geometry cut into every tile, which MapLibre's worker tessellates before the first frame.
 */
export const REGION_TILE_BUFFER = 32;

/** The regions of one kind in the shared region source. */
export const REGION_FILTER = {
  arbeidsmarktregio: ['==', ['get', 'kind'], 'arbeidsmarktregio'] as ExpressionSpecification,
  provincie: ['==', ['get', 'kind'], 'provincie'] as ExpressionSpecification,
};

/** The region source's features: the arbeidsmarktregio outlines, then the provincie outlines (codes differ: AM…, PV…). */
export function regionSourceData(amr: RegionCollection, provincie?: RegionCollection): RegionCollection {
  return provincie && provincie.features.length ? { type: 'FeatureCollection', features: [...amr.features, ...provincie.features] } : amr;
}

export const LAYER = {
  amrFill: 'amr-fill',
  amrLine: 'amr-line',
  amrSelected: 'amr-selected',
  amrHover: 'amr-hover',
  provincieLine: 'provincie-line',
  gemeenteLine: 'gemeente-line',
} as const;

export const PALETTE = {
  sea: '#dce9f2',
  land: '#f4f1ea',
  noData: '#e6e3dc',
  amrBorder: '#ffffff',
  provincieBorder: '#4a4a4a',
  gemeenteBorder: '#b9b4aa',
  selected: '#111111',
  hover: '#1f4e79',
} as const;

/** No regions (yet): the sources of outlines that have not arrived. */
export const EMPTY_REGIONS: RegionCollection = { type: 'FeatureCollection', features: [] };

/** Netherlands bounding box (lon/lat), used to fit the first view. */
export const NL_BOUNDS: [[number, number], [number, number]] = [
  [3.31, 50.75],
  [7.23, 53.56],
];

export interface RegionClasses {
  /** region code → fill colour (regions without a colour get PALETTE.noData) */
  colours: ReadonlyMap<string, string>;
}

/** Fill colour per region as a `match` expression on the region code. */
export function fillColourExpression(classes: RegionClasses): ExpressionSpecification | string {
  if (classes.colours.size === 0) return PALETTE.land;
  const pairs: (string | ExpressionSpecification)[] = [];
  for (const [code, colour] of classes.colours) pairs.push(code, colour);
  return ['match', ['get', 'code'], ...pairs, PALETTE.noData] as unknown as ExpressionSpecification;
}

/**
 * The fill colour of the first frame is baked into the style (`initial`); every later change arrives as feature
 * state (`colour` per region, regionColourStates), which MapLibre applies on the main thread. A new paint
 * expression instead would make it re-tile the region source in its worker on every filter change.
 */
export function buildRegionFillLayer(initial: RegionClasses): FillLayerSpecification {
  const state: ExpressionSpecification = ['feature-state', 'colour'];
  const fallback = fillColourExpression(initial);
  return {
    id: LAYER.amrFill,
    type: 'fill',
    source: SOURCE.amr,
    filter: REGION_FILTER.arbeidsmarktregio,
    paint: {
      'fill-color': ['case', ['==', ['typeof', state], 'string'], ['to-color', state], fallback] as ExpressionSpecification,
      'fill-opacity': 0.92,
    },
  };
}

/** The feature state that colours each region for these classes (same colours as fillColourExpression). */
export function regionColourStates(codes: readonly string[], classes: RegionClasses): Map<string, { colour: string }> {
  const none = classes.colours.size === 0 ? PALETTE.land : PALETTE.noData;
  return new Map(codes.map((code) => [code, { colour: classes.colours.get(code) ?? none }]));
}

export function buildRegionBorderLayer(): LineLayerSpecification {
  return {
    id: LAYER.amrLine,
    type: 'line',
    source: SOURCE.amr,
    filter: REGION_FILTER.arbeidsmarktregio,
    paint: { 'line-color': PALETTE.amrBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 10, 2] },
  };
}

export function buildSelectedLayer(code: string | null): LineLayerSpecification {
  return {
    id: LAYER.amrSelected,
    type: 'line',
    source: SOURCE.amr,
    filter: ['==', ['get', 'code'], code ?? ''],
    paint: { 'line-color': PALETTE.selected, 'line-width': 3.5 },
  };
}

export function buildHoverLayer(code: string | null): LineLayerSpecification {
  return {
    id: LAYER.amrHover,
    type: 'line',
    source: SOURCE.amr,
    filter: ['==', ['get', 'code'], code ?? ''],
    paint: { 'line-color': PALETTE.hover, 'line-width': 2, 'line-dasharray': [2, 1] },
  };
}

export function buildProvincieLayer(): LineLayerSpecification {
  return {
    id: LAYER.provincieLine,
    type: 'line',
    source: SOURCE.amr,
    filter: REGION_FILTER.provincie,
    paint: { 'line-color': PALETTE.provincieBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2.4] },
  };
}

export function buildGemeenteLayer(): LineLayerSpecification {
  return {
    id: LAYER.gemeenteLine,
    type: 'line',
    source: SOURCE.gemeente,
    minzoom: 8,
    paint: { 'line-color': PALETTE.gemeenteBorder, 'line-width': 0.6 },
  };
}

/**
 * Every layer of the map in drawing order (bottom first). Layers that join after the first style (the hover and
 * selection outlines after the first frame; municipal borders, school locations and offers when their files are in:
 * src/map/addLate.ts) go under the first later layer the map has. Route overlay layers are drawn above all of these.
 */
export const LAYER_ORDER: readonly string[] = [
  'sea',
  LAYER.amrFill,
  LAYER.gemeenteLine,
  LAYER.amrLine,
  LAYER.provincieLine,
  LAYER.amrHover,
  LAYER.amrSelected,
  SCHOOL_LAYER,
  OFFER_LAYER.clusters,
  OFFER_LAYER.points,
];

/**
 * The layer to insert `id` under, given the map's layers in drawing order: the first one that comes after `id` in
 * LAYER_ORDER or is not in it (a route overlay layer, drawn above all of these). Undefined = on top.
 */
export function beforeOf(onMap: readonly string[], id: string): string | undefined {
  const at = LAYER_ORDER.indexOf(id);
  if (at < 0) throw new Error(`layer ${id} is not in LAYER_ORDER`);
  return onMap.find((l) => {
    const i = LAYER_ORDER.indexOf(l);
    return i < 0 || i > at;
  });
}

export interface BaseStyleInput {
  amr: RegionCollection;
  provincie?: RegionCollection;
  gemeente?: RegionCollection;
  classes: RegionClasses;
  selected: string | null;
}

/**
 * The style of the first frame: what it draws and nothing else. Every layer with nothing to draw yet joins later in
 * its place (LAYER_ORDER, addLate): each source is tiled by MapLibre's worker and each layer on a source is work on
 * each of its tiles before the first frame, even when empty. Later changes are paint, filter and feature-state
 * updates by MapView.
 */
export function buildBaseStyle(input: BaseStyleInput): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    // region and province outlines in one source (empty until their files are in: the map may be made first)
    [SOURCE.amr]: { type: 'geojson', data: regionSourceData(input.amr, input.provincie) as never, promoteId: 'code', buffer: REGION_TILE_BUFFER },
  };
  const layers: StyleSpecification['layers'] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    buildRegionFillLayer(input.classes),
  ];
  // municipal borders are a lazy file: here only if it is in when the map is made (else MapView adds them)
  if (input.gemeente) {
    sources[SOURCE.gemeente] = buildGemeenteSource(input.gemeente);
    layers.push(buildGemeenteLayer());
  }
  layers.push(buildRegionBorderLayer(), buildProvincieLayer());
  // the hover outline has nothing to draw before a pointer moves, the selection outline nothing without a selection
  if (input.selected) layers.push(buildSelectedLayer(input.selected));
  // school locations and offers are lazy files: their sources and layers join when they are in (applySchools,
  // applyOffers)
  return { version: 8, name: 'inspiratiekaart', sources, layers };
}

export function buildGemeenteSource(gemeente: RegionCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: gemeente as never, promoteId: 'code', buffer: REGION_TILE_BUFFER };
}
