/**
 * Benchmark baseline: the same 35 arbeidsmarktregio polygons drawn with MapLibre and nothing else (no React, no
 * store, no validation, no other data), in a container the size of the app's map pane. The start-up benchmark
 * compares the app's first complete choropleth frame with this page's first idle frame.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __firstFrame?: number;
  }
}

const COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

async function main() {
  const amr = (await (await fetch('data/arbeidsmarktregio.geojson')).json()) as GeoJSON.FeatureCollection;
  const match = ['match', ['get', 'code'], ...amr.features.flatMap((f, i) => [f.properties?.code as string, COLOURS[i % COLOURS.length]!]), '#e6e3dc'];
  const map = new MapLibreMap({
    container: 'map',
    style: {
      version: 8,
      sources: { amr: { type: 'geojson', data: amr } },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dce9f2' } },
        { id: 'fill', type: 'fill', source: 'amr', paint: { 'fill-color': match as never, 'fill-opacity': 0.92 } },
        { id: 'line', type: 'line', source: 'amr', paint: { 'line-color': '#ffffff' } },
      ],
    },
    bounds: [
      [3.31, 50.75],
      [7.23, 53.56],
    ],
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
  });
  map.once('idle', () => {
    window.__firstFrame = performance.now();
  });
}

void main();
