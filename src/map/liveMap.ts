/** The map on screen, for exports that render it again at another size (snapshot.ts). Set by MapView. */
import type { Map as MapLibreMap } from 'maplibre-gl';

let live: MapLibreMap | null = null;

export const setLiveMap = (map: MapLibreMap | null) => {
  live = map;
};
export const getLiveMap = () => live;
