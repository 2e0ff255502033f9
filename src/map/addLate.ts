/**
 * Sources and layers that join the map after its first style (style.ts buildBaseStyle leaves out whatever has
 * nothing to draw yet): the hover and selection outlines after the first frame, municipal borders, school
 * locations and offers when their files are in. Each layer goes in its place in LAYER_ORDER.
 */
import type { GeoJSONSource, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { beforeOf } from './style';

export function addLate(map: MapLibreMap, layers: readonly LayerSpecification[], source?: { id: string; spec: SourceSpecification }): void {
  if (source && !map.getSource(source.id)) map.addSource(source.id, source.spec);
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeOf(map.getLayersOrder(), layer.id));
}

/**
 * A lazy file's data for its GeoJSON source: replaces the data when the source is on the map, else the source joins
 * with it (`spec` carries the data), and its layers with it.
 */
export function setLateData(map: MapLibreMap, id: string, spec: GeoJSONSourceSpecification, layers: readonly LayerSpecification[]): void {
  const source = map.getSource(id) as GeoJSONSource | undefined;
  if (source) source.setData(spec.data as never);
  else addLate(map, layers, { id, spec });
}
