/**
 * Renders the map on screen again at another size for image exports: a second, hidden MapLibre map with the
 * same style (so the same colours, outlines and offer layers) fitted to the area on screen, drawn at a pixel
 * ratio that makes the picture sharp at slide or A4 size. Region names are HTML on screen, so they are returned
 * as projected points for the export to draw. When the second map cannot be made (no WebGL context left, a
 * time-out), the canvas on screen is scaled instead and `scaled` says so.
 */
import { Map as MapLibreMap } from 'maplibre-gl';

export interface MapLabel {
  text: string;
  lngLat: [number, number];
}

export interface MapImage {
  image: HTMLCanvasElement;
  /** label positions in the image's pixels */
  labels: { text: string; x: number; y: number }[];
  /** device pixels per CSS pixel the image was drawn at (to scale label type the same way) */
  pixelRatio: number;
  /** true = scaled up from the screen instead of re-rendered */
  scaled: boolean;
}

const TIMEOUT_MS = 20_000;

function project(map: MapLibreMap, labels: readonly MapLabel[], ratio: number, w: number, h: number) {
  return labels
    .map((l) => {
      const p = map.project(l.lngLat);
      return { text: l.text, x: p.x * ratio, y: p.y * ratio };
    })
    .filter((p) => p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h);
}

function scaledFromScreen(live: MapLibreMap, width: number, height: number, labels: readonly MapLabel[]): MapImage {
  const src = live.getCanvas();
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  // contain: the whole area on screen stays visible
  const s = Math.min(width / src.clientWidth, height / src.clientHeight);
  const dx = (width - src.clientWidth * s) / 2;
  const dy = (height - src.clientHeight * s) / 2;
  ctx.fillStyle = '#dce9f2';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(src, dx, dy, src.clientWidth * s, src.clientHeight * s);
  const pts = project(live, labels, 1, src.clientWidth, src.clientHeight).map((p) => ({ text: p.text, x: dx + p.x * s, y: dy + p.y * s }));
  return { image: out, labels: pts, pixelRatio: s, scaled: true };
}

/**
 * Copy the feature state of every feature of every GeoJSON source (region colours) from one map to another. Only
 * the sources both have: a lazy file's source may join the live map after the copy's style was taken from it
 * (src/map/addLate.ts).
 */
export function copyFeatureStates(from: MapLibreMap, to: MapLibreMap) {
  for (const [source, spec] of Object.entries(from.getStyle().sources)) {
    if (spec.type !== 'geojson' || !to.getSource(source)) continue;
    for (const f of from.querySourceFeatures(source)) {
      if (f.id === undefined) continue;
      const state = from.getFeatureState({ source, id: f.id });
      if (Object.keys(state).length) to.setFeatureState({ source, id: f.id }, state);
    }
  }
}

export async function renderMapImage(live: MapLibreMap, width: number, height: number, labels: readonly MapLabel[]): Promise<MapImage> {
  // Draw at the screen's CSS size where the page allows (same zoom, line widths and label size as on screen),
  // with as many device pixels as the page has: the picture is the screen's, only sharper.
  const c = live.getContainer();
  const ratio = Math.max(1, Math.min(width / (c.clientWidth || width), height / (c.clientHeight || height)));
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width / ratio}px`, height: `${height / ratio}px` });
  document.body.appendChild(container);
  let map: MapLibreMap | null = null;
  try {
    const b = live.getBounds();
    map = new MapLibreMap({
      container,
      style: live.getStyle(),
      bounds: [
        [b.getWest(), b.getSouth()],
        [b.getEast(), b.getNorth()],
      ],
      fitBoundsOptions: { padding: 0 },
      pixelRatio: ratio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    const m = map;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('map render timed out')), TIMEOUT_MS);
      // colours live in feature state, which is not part of the style: copy it once the style is in
      m.once('load', () => {
        copyFeatureStates(live, m);
        m.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      m.once('error', (e) => {
        clearTimeout(timer);
        reject(e.error instanceof Error ? e.error : new Error('map error'));
      });
    });
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    out.getContext('2d')!.drawImage(m.getCanvas(), 0, 0, width, height);
    return { image: out, labels: project(m, labels, ratio, width, height), pixelRatio: ratio, scaled: false };
  } catch {
    return scaledFromScreen(live, width, height, labels);
  } finally {
    map?.remove();
    container.remove();
  }
}
