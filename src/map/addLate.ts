/**
 * Sources and layers that join the map after its first style (style.ts buildBaseStyle leaves out whatever has
 * nothing to draw yet): the hover and selection outlines after the first frame, municipal borders, school
 * locations and offers when their files are in. Each layer goes in its place in LAYER_ORDER.
 */
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { beforeOf } from './style';

export function addLate(map: MapLibreMap, layers: readonly LayerSpecification[], source?: { id: string; spec: SourceSpecification }): void {
  if (source && !map.getSource(source.id)) map.addSource(source.id, source.spec);
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeOf(map.getLayersOrder(), layer.id));
}
