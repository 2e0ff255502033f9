/**
 * Offer clusters, made once per offers file instead of once per filter change. For every zoom level the map
 * shows (tiles are laid out per integer zoom) the offers are grouped greedily: in row order, an offer not yet
 * taken starts a cluster with every free offer within `radiusPx` screen pixels of it (a grid of radius-sized
 * cells keeps this linear). A filter change then only counts, per cluster, how many of its members match
 * (clusterCounts) — the map shows those counts through feature state, so nothing is re-clustered or re-tiled.
 * Pure: no MapLibre.
 */
import type { Bitset } from './bitset';

export interface ClusterPoint {
  lon: number;
  lat: number;
}

export interface OfferClusters {
  minZoom: number;
  maxZoom: number;
  /** per cluster (index = feature id on the map): its zoom level and position (mean of its members) */
  zoom: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
  /** members of cluster c: memberIds[memberStart[c] .. memberStart[c + 1]) (offer row ids, ascending) */
  memberStart: Uint32Array;
  memberIds: Uint32Array;
  /** clusterAt[(z - minZoom) * n + row] = the cluster of offer `row` at zoom z */
  clusterAt: Uint32Array;
  /** number of offers */
  n: number;
}

/** Web Mercator world pixel coordinates at a zoom (512-pixel tiles, as MapLibre lays out GeoJSON). */
function project(p: ClusterPoint, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const lat = Math.max(-85, Math.min(85, p.lat)) * (Math.PI / 180);
  return [((p.lon + 180) / 360) * size, ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * size];
}

/** Levels minZoom..maxZoom; above clusterMaxZoom every offer stands alone (as MapLibre's own clusterMaxZoom). */
export interface ClusterOptions {
  minZoom: number;
  maxZoom: number;
  clusterMaxZoom: number;
  radiusPx: number;
}

export function buildOfferClusters(points: readonly ClusterPoint[], opts: ClusterOptions): OfferClusters {
  const n = points.length;
  const levels = opts.maxZoom - opts.minZoom + 1;
  const clusterAt = new Uint32Array(levels * n);
  const zoom: number[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  const memberStart: number[] = [];
  const memberIds: number[] = [];
  for (let z = opts.minZoom; z <= opts.maxZoom; z++) {
    // above clusterMaxZoom every offer stands alone (offers at one address stay separate points)
    const alone = z > opts.clusterMaxZoom;
    const r = opts.radiusPx;
    const xy = points.map((p) => project(p, z));
    const grid = new Map<string, number[]>();
    xy.forEach(([x, y], i) => {
      const key = `${Math.floor(x / r)},${Math.floor(y / r)}`;
      const cell = grid.get(key);
      if (cell) cell.push(i);
      else grid.set(key, [i]);
    });
    const taken = new Uint8Array(n);
    /** the free offers within r of offer i (i included), marked taken */
    const take = (i: number): number[] => {
      if (alone) return ((taken[i] = 1), [i]);
      const [x, y] = xy[i]!;
      const cx = Math.floor(x / r);
      const cy = Math.floor(y / r);
      const out: number[] = [];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            const [xj, yj] = xy[j]!;
            if (!taken[j] && (xj - x) ** 2 + (yj - y) ** 2 <= r * r) {
              taken[j] = 1;
              out.push(j);
            }
          }
      return out;
    };
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const members = take(i);
      members.sort((a, b) => a - b);
      const c = zoom.length;
      zoom.push(z);
      lon.push(members.reduce((s, j) => s + points[j]!.lon, 0) / members.length);
      lat.push(members.reduce((s, j) => s + points[j]!.lat, 0) / members.length);
      memberStart.push(memberIds.length);
      for (const j of members) {
        memberIds.push(j);
        clusterAt[(z - opts.minZoom) * n + j] = c;
      }
    }
  }
  memberStart.push(memberIds.length);
  return {
    minZoom: opts.minZoom,
    maxZoom: opts.maxZoom,
    zoom: Uint8Array.from(zoom),
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    memberStart: Uint32Array.from(memberStart),
    memberIds: Uint32Array.from(memberIds),
    clusterAt,
    n,
  };
}

const has = (set: Bitset | null, id: number) => set === null || (set[id >>> 5]! & (1 << (id & 31))) !== 0;

/** The matching members of one cluster. */
export function matchingMembers(c: OfferClusters, cluster: number, matching: Bitset | null): number[] {
  const out: number[] = [];
  for (let i = c.memberStart[cluster]!; i < c.memberStart[cluster + 1]!; i++) if (has(matching, c.memberIds[i]!)) out.push(c.memberIds[i]!);
  return out;
}

/**
 * Where a click on a cluster leads: the lowest deeper zoom at which its matching members no longer share one
 * cluster (the map's deepest level when they never split, e.g. offers at one address).
 */
export function expansionZoom(c: OfferClusters, cluster: number, matching: Bitset | null): number {
  const members = matchingMembers(c, cluster, matching);
  for (let z = c.zoom[cluster]! + 1; z <= c.maxZoom; z++) {
    const at = (row: number) => c.clusterAt[(z - c.minZoom) * c.n + row];
    if (members.some((m) => at(m) !== at(members[0]!))) return z;
  }
  return c.maxZoom;
}
