/**
 * Pure builders for the route overlay: home point, radius circle, the offers within reach and the outlines of
 * the arbeidsmarktregio's the circle touches. MapView applies the result (sources by id, layers by id); no text
 * is drawn on the map (no glyph server), the list beside it names everything.
 */
import type { CircleLayerSpecification, FillLayerSpecification, LayerSpecification, LineLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { bbox } from '@turf/turf';
import type { LonLat } from '../model/distance';
import { radiusCircle } from '../model/regionsInReach';
import { SOURCE } from './style';

export const ROUTE_SOURCE = { circle: 'route-circle', home: 'route-home', points: 'route-points' } as const;
export const ROUTE_LAYER = {
  circleFill: 'route-circle-fill',
  circleLine: 'route-circle-line',
  touched: 'route-touched',
  points: 'route-points',
  home: 'route-home',
} as const;

/** Categorical colours for what lies within reach (checked for ≥ 3:1 against the land fill). */
export const POINT_COLOURS = {
  hbo: '#1b6ca8',
  wo: '#6a3d9a',
  mbo: '#b15928',
  'mbo-location': '#b15928',
  praktijkverklaring: '#33a02c',
  'short-course': '#e31a1c',
  private: '#5f5f5f',
} as const;
export type PointKind = keyof typeof POINT_COLOURS;

export interface OverlayPoint extends LonLat {
  id: string;
  kind: PointKind;
}

/** Extra sources and layers drawn above the regions, and the area to show. */
export interface MapOverlay {
  sources: Record<string, FeatureCollection>;
  layers: LayerSpecification[];
  /** [[west, south], [east, north]] to fit the camera to when it changes */
  fit: [[number, number], [number, number]] | null;
}

export const EMPTY_OVERLAY: MapOverlay = { sources: {}, layers: [], fit: null };

export interface RouteOverlayInput {
  home: LonLat;
  radiusKm: number;
  /** arbeidsmarktregio codes the circle touches */
  touched: readonly string[];
  points: readonly OverlayPoint[];
}

export function buildTouchedLayer(touched: readonly string[]): LineLayerSpecification {
  return {
    id: ROUTE_LAYER.touched,
    type: 'line',
    source: SOURCE.amr,
    filter: ['in', ['get', 'code'], ['literal', [...touched]]],
    paint: { 'line-color': '#1f4e79', 'line-width': 2.5, 'line-dasharray': [3, 2] },
  };
}

export function buildCircleLayers(): [FillLayerSpecification, LineLayerSpecification] {
  return [
    { id: ROUTE_LAYER.circleFill, type: 'fill', source: ROUTE_SOURCE.circle, paint: { 'fill-color': '#1f4e79', 'fill-opacity': 0.08 } },
    { id: ROUTE_LAYER.circleLine, type: 'line', source: ROUTE_SOURCE.circle, paint: { 'line-color': '#1f4e79', 'line-width': 2.5 } },
  ];
}

export function buildPointLayer(): CircleLayerSpecification {
  const match: unknown[] = ['match', ['get', 'kind']];
  for (const [kind, colour] of Object.entries(POINT_COLOURS)) match.push(kind, colour);
  match.push('#444444');
  return {
    id: ROUTE_LAYER.points,
    type: 'circle',
    source: ROUTE_SOURCE.points,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 11, 7],
      'circle-color': match as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  };
}

export function buildHomeLayer(): CircleLayerSpecification {
  return {
    id: ROUTE_LAYER.home,
    type: 'circle',
    source: ROUTE_SOURCE.home,
    paint: { 'circle-radius': 8, 'circle-color': '#111111', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  };
}

const fc = <G extends Point | Polygon>(features: Feature<G>[]): FeatureCollection<G> => ({ type: 'FeatureCollection', features });

/** The whole route overlay for one home point, radius and set of points within reach. */
export function buildRouteOverlay(input: RouteOverlayInput): MapOverlay {
  const circle = radiusCircle(input.home, input.radiusKm);
  const [w, s, e, n] = bbox(circle);
  // several offers can share a location: one dot per place is enough (the list names them all)
  const seen = new Set<string>();
  const points: Feature<Point>[] = [];
  for (const p of input.points) {
    const key = `${p.lon.toFixed(5)},${p.lat.toFixed(5)},${p.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({ type: 'Feature', properties: { id: p.id, kind: p.kind }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } });
  }
  return {
    sources: {
      [ROUTE_SOURCE.circle]: fc([circle]),
      [ROUTE_SOURCE.points]: fc(points),
      [ROUTE_SOURCE.home]: fc([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [input.home.lon, input.home.lat] } }]),
    },
    layers: [buildTouchedLayer(input.touched), ...buildCircleLayers(), buildPointLayer(), buildHomeLayer()],
    fit: [
      [w, s],
      [e, n],
    ],
  };
}
