/**
 * Pure builders for the map style: no tiles, no glyphs, no sprites, so nothing is fetched from another host.
 * Region names are drawn as HTML labels (see RegionLabels in MapView), so the style needs no glyph server.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { RegionCollection } from '../data/schemas';
import { OFFER_SOURCE, buildOfferClusterLayer, buildOfferPointLayer, buildOfferSource } from './offerLayers';
import { SCHOOL_LAYER, SCHOOL_SOURCE, buildSchoolLayer, buildSchoolSource } from './schoolLayers';

export const SOURCE = {
  amr: 'arbeidsmarktregio',
  provincie: 'provincie',
  gemeente: 'gemeente',
} as const;

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
    source: SOURCE.provincie,
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
 * The outline layers the first style left out (buildBaseStyle), each with the layer to insert it under: the hover
 * outline under the selection outline, both under the school locations. `has` says which layers the map has.
 */
export function outlineLayersToAdd(has: (id: string) => boolean, selected: string | null): { layer: LineLayerSpecification; before: string }[] {
  const out: { layer: LineLayerSpecification; before: string }[] = [];
  if (!has(LAYER.amrSelected)) out.push({ layer: buildSelectedLayer(selected), before: SCHOOL_LAYER });
  if (!has(LAYER.amrHover)) out.push({ layer: buildHoverLayer(null), before: LAYER.amrSelected });
  return out;
}

export interface BaseStyleInput {
  amr: RegionCollection;
  provincie?: RegionCollection;
  gemeente?: RegionCollection;
  classes: RegionClasses;
  selected: string | null;
}

/** The whole style for the first frame. Later changes are applied as paint/filter updates by MapView. */
export function buildBaseStyle(input: BaseStyleInput): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    [SOURCE.amr]: { type: 'geojson', data: input.amr as never, promoteId: 'code' },
  };
  const layers: StyleSpecification['layers'] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    buildRegionFillLayer(input.classes),
  ];
  // municipal borders are a lazy file: the source is there from the start (empty until MapView sets its data)
  sources[SOURCE.gemeente] = { type: 'geojson', data: (input.gemeente ?? EMPTY_REGIONS) as never, promoteId: 'code' };
  layers.push(buildGemeenteLayer());
  layers.push(buildRegionBorderLayer());
  // province borders: empty until their file is in (the map may be made before the outlines arrive)
  sources[SOURCE.provincie] = { type: 'geojson', data: (input.provincie ?? EMPTY_REGIONS) as never, promoteId: 'code' };
  layers.push(buildProvincieLayer());
  // the hover outline (nothing to draw before a pointer moves) and, with no region selected, the selection outline
  // join after the first frame (outlineLayersToAdd): every layer on the region source is work for each of its tiles
  if (input.selected) layers.push(buildSelectedLayer(input.selected));
  // mbo school locations (rings, their own layer) under the training offers, both empty until their lazy file has
  // loaded (MapView calls setData): part of the first style, so 'load' means every source exists and nothing is
  // added afterwards
  sources[SCHOOL_SOURCE] = buildSchoolSource({ type: 'FeatureCollection', features: [] });
  layers.push(buildSchoolLayer());
  sources[OFFER_SOURCE] = buildOfferSource({ type: 'FeatureCollection', features: [] });
  layers.push(buildOfferClusterLayer(), buildOfferPointLayer());
  return { version: 8, name: 'inspiratiekaart', sources, layers };
}
