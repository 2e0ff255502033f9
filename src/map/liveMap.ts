/** The map on screen, for exports that render it again at another size (snapshot.ts). Set by MapView. */
import type { Map as MapLibreMap } from 'maplibre-gl';

let live: MapLibreMap | null = null;

export const setLiveMap = (map: MapLibreMap | null) => {
  live = map;
};
export const getLiveMap = () => live;

/** Show an area on the live map (stepping through pinned views). Instant when the person prefers less motion. */
export function showArea(c: { west: number; south: number; east: number; north: number }) {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  live?.fitBounds(
    [
      [c.west, c.south],
      [c.east, c.north],
    ],
    { padding: 0, duration: reduce ? 0 : 600 },
  );
}
