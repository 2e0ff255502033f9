/**
 * The only imperative MapLibre code. It creates the map once, then applies what the pure builders in
 * style.ts describe. The camera is MapLibre's own: it is reported (moveend) for links, never mirrored per frame.
 */
import { useEffect, useRef, useState } from 'react';
import { Map as MapLibreMap, Marker, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { RegionCollection } from '../data/schemas';
import type { Camera } from '../state/types';
import { setLiveMap, getLiveMap } from './liveMap';
import { LAYER, NL_BOUNDS, buildBaseStyle, fillColourExpression, type RegionClasses } from './style';

setWorkerUrl(workerUrl);

export interface MapViewProps {
  amr: RegionCollection;
  provincie?: RegionCollection;
  gemeente?: RegionCollection;
  classes: RegionClasses;
  selected: string | null;
  initialCamera: Camera | null;
  label: string;
  onSelect(code: string | null): void;
  onCamera(camera: Camera): void;
  /** hover tooltip text for a region (plain text) */
  tooltip?(code: string): string;
}

declare global {
  interface Window {
    /** for browser tests and debugging: the live map */
    __inspiratiekaart?: { map: MapLibreMap };
  }
}

export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    const p = propsRef.current;
    const map = new MapLibreMap({
      container: container.current,
      style: buildBaseStyle({ amr: p.amr, provincie: p.provincie, gemeente: p.gemeente, classes: p.classes, selected: p.selected }),
      // a link's camera is the exact area it showed; the default view keeps a margin around the country
      bounds: p.initialCamera ? [[p.initialCamera.west, p.initialCamera.south], [p.initialCamera.east, p.initialCamera.north]] : NL_BOUNDS,
      fitBoundsOptions: { padding: p.initialCamera ? 0 : 20 },
      minZoom: 5,
      maxZoom: 13,
      dragRotate: false,
      pitchWithRotate: false,
      attributionControl: { compact: true, customAttribution: 'CBS / Kadaster via PDOK (CC BY 4.0)' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    mapRef.current = map;
    window.__inspiratiekaart = { map };
    setLiveMap(map);

    const markers = p.amr.features.map((f) => {
      const el = document.createElement('div');
      el.className = 'region-label';
      el.textContent = f.properties.name;
      el.setAttribute('aria-hidden', 'true');
      return new Marker({ element: el }).setLngLat(f.properties.label).addTo(map);
    });

    map.on('load', () => setReady(true));
    map.on('moveend', () => {
      const b = map.getBounds();
      propsRef.current.onCamera({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
    });
    const codeAt = (features: MapGeoJSONFeature[]) => (features[0]?.properties?.code as string | undefined) ?? null;
    map.on('click', LAYER.amrFill, (e) => {
      const code = codeAt(e.features ?? []);
      if (code) propsRef.current.onSelect(code === propsRef.current.selected ? null : code);
    });
    map.on('mousemove', LAYER.amrFill, (e) => {
      const code = codeAt(e.features ?? []);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      setHover(code ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseleave', LAYER.amrFill, () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    });
    return () => {
      markers.forEach((m) => m.remove());
      map.remove();
      mapRef.current = null;
      if (window.__inspiratiekaart?.map === map) delete window.__inspiratiekaart;
      if (getLiveMap() === map) setLiveMap(null);
    };
  }, []);

  // Apply class colours.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setPaintProperty(LAYER.amrFill, 'fill-color', fillColourExpression(props.classes));
  }, [props.classes, ready]);

  // Selected and hovered outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setFilter(LAYER.amrSelected, ['==', ['get', 'code'], props.selected ?? '']);
  }, [props.selected, ready]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setFilter(LAYER.amrHover, ['==', ['get', 'code'], hover?.code ?? '']);
  }, [hover?.code, ready]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={props.label} data-ready={ready ? 'true' : 'false'} />
      {hover && props.tooltip ? (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {props.tooltip(hover.code)}
        </div>
      ) : null}
    </div>
  );
}
