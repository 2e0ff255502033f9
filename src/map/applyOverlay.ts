/**
 * Imperative half of the overlay: brings the map's extra sources and layers in line with a MapOverlay. Used only
 * by MapView (the one place that talks to MapLibre); kept apart so MapView stays small.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapOverlay } from './routeLayers';

export interface AppliedOverlay {
  sources: string[];
  layers: string[];
  fit: string | null;
}

export function applyOverlay(map: MapLibreMap, prev: AppliedOverlay, overlay: MapOverlay | undefined): AppliedOverlay {
  const sources = overlay ? Object.keys(overlay.sources) : [];
  const layers = overlay ? overlay.layers.map((l) => l.id) : [];
  for (const id of prev.layers) if (!layers.includes(id) && map.getLayer(id)) map.removeLayer(id);
  for (const id of prev.sources) if (!sources.includes(id) && map.getSource(id)) map.removeSource(id);
  if (!overlay) return { sources, layers, fit: null };
  for (const [id, data] of Object.entries(overlay.sources)) {
    const src = map.getSource(id) as GeoJSONSource | undefined;
    if (src) src.setData(data as never);
    else map.addSource(id, { type: 'geojson', data: data as never });
  }
  for (const layer of overlay.layers) {
    if (!map.getLayer(layer.id)) map.addLayer(layer as never);
    else if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter as never);
  }
  const fit = overlay.fit ? JSON.stringify(overlay.fit) : null;
  if (overlay.fit && fit !== prev.fit) map.fitBounds(overlay.fit, { padding: 30, duration: 0 });
  return { sources, layers, fit };
}
