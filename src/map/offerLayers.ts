/**
 * Pure builders for the training-offer layers. The clusters are made once per offers file
 * (src/model/offerClusters.ts): the source holds one point per cluster per zoom level, each layer shows the level
 * of the tile's zoom, and what matches the filters arrives as feature state per cluster (`n` matching offers,
 * `kind` the dominant kind among them). A filter change thus sets feature state only: no new data, no
 * re-clustering and no re-tiling in MapLibre's worker. Clusters of two or more are circles coloured by the
 * dominant kind and sized by count; a single matching offer is a smaller point in its kind's colour; clusters
 * without a match are not drawn. No symbol layers (no glyphs): counts are drawn as HTML by MapView.
 */
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { OFFER_KINDS, type OfferKind } from '../data/schemas';
import { OFFER_KIND_COLOURS } from '../model/colour';
import type { Bitset } from '../model/bitset';
import type { OfferClusters } from '../model/offerClusters';

export const OFFER_SOURCE = 'offers';
export const OFFER_LAYER = { clusters: 'offer-clusters', points: 'offer-points' } as const;

/** Zoom levels laid out (the map's own range; single offers above 12) and the cluster radius in screen pixels. */
export const OFFER_CLUSTERING = { minZoom: 5, maxZoom: 13, clusterMaxZoom: 12, radiusPx: 38 } as const;

/** One point per cluster per zoom level; the feature id is the cluster's index (the key of its feature state). */
export function buildOfferClusterFeatures(c: OfferClusters | null): FeatureCollection<Point, { z: number }> {
  const features: FeatureCollection<Point, { z: number }>['features'] = [];
  for (let k = 0; c && k < c.zoom.length; k++) {
    features.push({ type: 'Feature', id: k, geometry: { type: 'Point', coordinates: [c.lon[k]!, c.lat[k]!] }, properties: { z: c.zoom[k]! } });
  }
  return { type: 'FeatureCollection', features };
}

export function buildOfferSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: data as never };
}

export interface ClusterState {
  /** matching offers in the cluster */
  n: number;
  /** the dominant kind among them ('' when none) */
  kind: OfferKind | '';
}

/** Feature state per cluster for the offers matching now (matching null = all; none = no offers shown). */
export function offerClusterStates(c: OfferClusters, kindOf: (row: number) => OfferKind, matching: Bitset | null | 'none'): ClusterState[] {
  const out: ClusterState[] = new Array(c.zoom.length);
  for (let k = 0; k < out.length; k++) {
    const counts: Partial<Record<OfferKind, number>> = {};
    let n = 0;
    if (matching !== 'none') {
      for (let i = c.memberStart[k]!; i < c.memberStart[k + 1]!; i++) {
        const row = c.memberIds[i]!;
        if (matching !== null && (matching[row >>> 5]! & (1 << (row & 31))) === 0) continue;
        n++;
        const kind = kindOf(row);
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
    }
    out[k] = { n, kind: n ? dominantKind(counts) : '' };
  }
  return out;
}

/** The kind with the largest count in a cluster (ties go to the kind listed first). */
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

const N: ExpressionSpecification = ['coalesce', ['feature-state', 'n'], 0];

function kindColour(): ExpressionSpecification {
  const match: unknown[] = ['match', ['coalesce', ['feature-state', 'kind'], '']];
  for (const k of OFFER_KINDS) match.push(k, OFFER_KIND_COLOURS[k]);
  match.push('#555555');
  return match as ExpressionSpecification;
}

/** Only the points of the level laid out for this tile's zoom. */
const LEVEL_FILTER = ['==', ['get', 'z'], ['zoom']] as unknown as CircleLayerSpecification['filter'];

/** 1 where the feature state says `shown`, else 0 (opacity). */
const onlyWhen = (shown: ExpressionSpecification, opacity: number): ExpressionSpecification => ['case', shown, opacity, 0];

export function buildOfferClusterLayer(): CircleLayerSpecification {
  const radius: unknown[] = ['step', N, 0, 2, CLUSTER_STEPS[0]![1]];
  for (const [min, r] of CLUSTER_STEPS.slice(1)) radius.push(min, r);
  const many: ExpressionSpecification = ['>=', N, 2];
  return {
    id: OFFER_LAYER.clusters,
    type: 'circle',
    source: OFFER_SOURCE,
    filter: LEVEL_FILTER,
    paint: {
      'circle-color': kindColour(),
      'circle-radius': radius as ExpressionSpecification,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': onlyWhen(many, 0.95),
      'circle-stroke-opacity': onlyWhen(many, 1),
    },
  };
}

export function buildOfferPointLayer(): CircleLayerSpecification {
  const one: ExpressionSpecification = ['==', N, 1];
  return {
    id: OFFER_LAYER.points,
    type: 'circle',
    source: OFFER_SOURCE,
    filter: LEVEL_FILTER,
    paint: {
      'circle-color': kindColour(),
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['case', one, 5, 0], 12, ['case', one, 8, 0]],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-opacity': onlyWhen(one, 1),
      'circle-stroke-opacity': onlyWhen(one, 1),
    },
  };
}
