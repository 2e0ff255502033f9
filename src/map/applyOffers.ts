/**
 * The imperative half of the offer layers (offerLayers.ts describes them), used by MapView only: the cluster
 * points go to the map once per offers file; a filter change sets feature state on the clusters whose count or
 * colour changed, and moves the HTML count labels. Clicks on a cluster zoom to where its matching offers split;
 * a click on a single offer opens it.
 */
import { Marker, type Map as MapLibreMap, type PointLike } from 'maplibre-gl';
import type { OfferKind, OfferRow } from '../data/schemas';
import type { Bitset } from '../model/bitset';
import { buildOfferClusters, expansionZoom, matchingMembers, type OfferClusters } from '../model/offerClusters';
import { OFFER_KIND_COLOURS, textOn } from '../model/colour';
import { OFFER_CLUSTERING, OFFER_LAYER, OFFER_SOURCE, buildOfferClusterFeatures, buildOfferClusterLayer, buildOfferPointLayer, buildOfferSource, clusterRadius, offerClusterStates, type ClusterState } from './offerLayers';
import { setLateData } from './addLate';

/** What the map shows: the offers file's rows and which of them match (null = all); undefined = no offers. */
export interface OffersOnMap {
  rows: readonly OfferRow[];
  matching: Bitset | null;
}

const clustersOf = new WeakMap<readonly OfferRow[], OfferClusters>();

/** Clusters for an offers file, made once (also shared by a second map showing the same file). */
export function offerClustersFor(rows: readonly OfferRow[]): OfferClusters {
  let c = clustersOf.get(rows);
  if (!c) clustersOf.set(rows, (c = buildOfferClusters(rows.map((r) => r.location), OFFER_CLUSTERING)));
  return c;
}

export interface OfferController {
  show(offers: OffersOnMap | undefined): void;
  /** refresh the HTML count labels for what is on screen (after the map went idle) */
  placeCounts(): void;
  /** the clusters with a count on screen (centre, radius as drawn), so region names can move off them */
  circles(): { at: [number, number]; r: number }[];
  /** handle a click; true when it hit an offer or a cluster */
  click(point: PointLike, onOffer: (id: string) => void): boolean;
  remove(): void;
}

export function offerController(map: MapLibreMap): OfferController {
  let rows: readonly OfferRow[] | null = null;
  let clusters: OfferClusters | null = null;
  let matching: Bitset | null = null;
  /** what should show (every level) and what the map has been given (levels already shown since the change) */
  let states: ClusterState[] = [];
  let applied: (ClusterState | undefined)[] = [];
  const labels = new Map<number, Marker>();
  const levelNow = () => Math.min(OFFER_CLUSTERING.maxZoom, Math.max(OFFER_CLUSTERING.minZoom, Math.floor(map.getZoom())));

  /**
   * Hand the map the changed states of the level on screen and its neighbours (tiles of those stand in while
   * others load); the other levels follow when the map zooms there.
   */
  const applyLevel = (z: number) => {
    if (!clusters) return;
    for (let id = 0; id < states.length; id++) {
      if (Math.abs(clusters.zoom[id]! - z) > 1) continue;
      const s = states[id]!;
      const before = applied[id];
      if (before && before.n === s.n && before.kind === s.kind) continue;
      map.setFeatureState({ source: OFFER_SOURCE, id }, { n: s.n, kind: s.kind });
      applied[id] = s;
    }
  };
  let shownLevel = -1;
  const onZoom = () => {
    const z = levelNow();
    if (z !== shownLevel) applyLevel((shownLevel = z));
  };
  map.on('zoom', onZoom);

  const label = (id: number, s: ClusterState) => {
    let m = labels.get(id);
    if (!m) {
      const el = document.createElement('div');
      el.className = 'cluster-count';
      el.setAttribute('aria-hidden', 'true');
      m = new Marker({ element: el }).setLngLat([clusters!.lon[id]!, clusters!.lat[id]!]).addTo(map);
      labels.set(id, m);
    }
    // only what changed: rewriting the same text replaces its node and makes the browser raster the label again
    // (on a software GPU that is most of a filter change's cost)
    const el = m.getElement();
    const text = String(s.n);
    const colour = textOn(OFFER_KIND_COLOURS[s.kind as OfferKind] ?? '#555555');
    if (el.textContent !== text) el.textContent = text;
    if (el.dataset.colour !== colour) {
      el.dataset.colour = colour;
      el.style.color = colour;
    }
  };
  const clearLabels = () => {
    for (const m of labels.values()) m.remove();
    labels.clear();
  };

  return {
    show(offers) {
      if ((offers?.rows ?? null) !== rows) {
        rows = offers?.rows ?? null;
        clusters = rows ? offerClustersFor(rows) : null;
        states = [];
        applied = [];
        clearLabels();
        // the first offers file: source and layers join the map now (not in the first style: src/map/addLate.ts)
        if (clusters || map.getSource(OFFER_SOURCE)) setLateData(map, OFFER_SOURCE, buildOfferSource(buildOfferClusterFeatures(clusters)), [buildOfferClusterLayer(), buildOfferPointLayer()]);
      }
      if (!clusters || !rows) return;
      const r = rows;
      matching = offers?.matching ?? null;
      states = offerClusterStates(clusters, (row) => r[row]!.kind, offers ? matching : 'none');
      // only the level on screen now (setting every level's state costs MapLibre work on each change)
      applyLevel((shownLevel = levelNow()));
      for (const [id, m] of labels) {
        const s = states[id]!;
        if (s.n >= 2) label(id, s);
        else (m.remove(), labels.delete(id));
      }
    },
    placeCounts() {
      if (!clusters || !map.getLayer(OFFER_LAYER.clusters)) return;
      const seen = new Set<number>();
      for (const f of map.queryRenderedFeatures({ layers: [OFFER_LAYER.clusters] })) {
        const id = f.id as number;
        const s = states[id];
        if (!s || s.n < 2 || seen.has(id)) continue;
        seen.add(id);
        label(id, s);
      }
      for (const [id, m] of labels) if (!seen.has(id)) (m.remove(), labels.delete(id));
    },
    circles() {
      const out: { at: [number, number]; r: number }[] = [];
      for (const id of labels.keys()) {
        const s = states[id];
        if (s && s.n >= 2) out.push({ at: [clusters!.lon[id]!, clusters!.lat[id]!], r: clusterRadius(s.n) });
      }
      return out;
    },
    click(point, onOffer) {
      if (!clusters || !rows) return false;
      const hits = map.queryRenderedFeatures(point, { layers: [OFFER_LAYER.clusters, OFFER_LAYER.points] });
      const hit = hits.find((h) => (states[h.id as number]?.n ?? 0) > 0);
      if (!hit) return false;
      const id = hit.id as number;
      if (states[id]!.n === 1) {
        const row = matchingMembers(clusters, id, matching)[0]!;
        onOffer(rows[row]!.id);
      } else {
        map.easeTo({ center: [clusters.lon[id]!, clusters.lat[id]!], zoom: expansionZoom(clusters, id, matching) });
      }
      return true;
    },
    remove() {
      map.off('zoom', onZoom);
      clearLabels();
    },
  };
}
