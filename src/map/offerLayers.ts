/**
 * Pure builders for the training-offer layer: a clustered GeoJSON source (cluster counts per kind via
 * clusterProperties), cluster circles coloured by the dominant kind and sized by count, single points coloured
 * by kind. No symbol layers (no glyphs): counts are drawn as HTML by MapView.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { OFFER_KINDS, type OfferKind, type OfferRow } from '../data/schemas';
import { OFFER_KIND_COLOURS } from '../model/colour';

export const OFFER_SOURCE = 'offers';
export const OFFER_LAYER = { clusters: 'offer-clusters', points: 'offer-points' } as const;

export interface OfferPointProps {
  id: string;
  kind: OfferKind;
}

/** Points for the given offer ids (row positions in offers.json). */
export function buildOfferFeatures(rows: readonly OfferRow[], ids: ArrayLike<number>): FeatureCollection<Point, OfferPointProps> {
  const features = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const o = rows[ids[i]!]!;
    features[i] = { type: 'Feature', geometry: { type: 'Point', coordinates: [o.location.lon, o.location.lat] }, properties: { id: o.id, kind: o.kind } };
  }
  return { type: 'FeatureCollection', features };
}

export function buildOfferSource(data: FeatureCollection): GeoJSONSourceSpecification {
  const clusterProperties: Record<string, unknown> = {};
  for (const k of OFFER_KINDS) clusterProperties[k] = ['+', ['case', ['==', ['get', 'kind'], k], 1, 0]];
  return {
    type: 'geojson',
    data: data as never,
    cluster: true,
    clusterRadius: 38,
    clusterMaxZoom: 12,
    clusterProperties: clusterProperties as GeoJSONSourceSpecification['clusterProperties'],
  };
}

/** The kind with the largest count in a cluster (ties go to the kind listed first). */
export function dominantKindExpression(): ExpressionSpecification {
  const cases: unknown[] = [];
  for (const k of OFFER_KINDS) {
    const others = OFFER_KINDS.filter((x) => x !== k).map((x) => ['>=', ['get', k], ['get', x]]);
    cases.push(['all', ...others], OFFER_KIND_COLOURS[k]);
  }
  return ['case', ...cases, '#555555'] as unknown as ExpressionSpecification;
}

/** Dominant kind of a cluster from its properties (same rule as the expression; used for HTML count labels). */
export function dominantKind(props: Partial<Record<OfferKind, number>>): OfferKind {
  let best: OfferKind = OFFER_KINDS[0];
  for (const k of OFFER_KINDS) if ((props[k] ?? 0) > (props[best] ?? 0)) best = k;
  return best;
}

/** Circle radius (px) for a cluster of n offers: stepped so sizes read as "few / some / many / very many". */
export const CLUSTER_STEPS: readonly [number, number][] = [
  [0, 13],
  [10, 17],
  [50, 22],
  [200, 28],
];

export function clusterRadius(n: number): number {
  let r = CLUSTER_STEPS[0]![1];
  for (const [min, radius] of CLUSTER_STEPS) if (n >= min) r = radius;
  return r;
}

export function buildOfferClusterLayer(): CircleLayerSpecification {
  const step: unknown[] = ['step', ['get', 'point_count'], CLUSTER_STEPS[0]![1]];
  for (const [min, r] of CLUSTER_STEPS.slice(1)) step.push(min, r);
  return {
    id: OFFER_LAYER.clusters,
    type: 'circle',
    source: OFFER_SOURCE,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': dominantKindExpression(),
      'circle-radius': step as unknown as ExpressionSpecification,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': 0.95,
    },
  };
}

export function buildOfferPointLayer(): CircleLayerSpecification {
  const match: unknown[] = ['match', ['get', 'kind']];
  for (const k of OFFER_KINDS) match.push(k, OFFER_KIND_COLOURS[k]);
  match.push('#555555');
  return {
    id: OFFER_LAYER.points,
    type: 'circle',
    source: OFFER_SOURCE,
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': match as unknown as ExpressionSpecification,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 8],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  };
}
