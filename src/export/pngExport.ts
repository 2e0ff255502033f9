/** One PNG export end to end: text model → layout → map image → canvas → PNG blob. Browser only. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ExportText } from './exportText';
import { EXPORT_SIZES, layoutExport, type ExportLayout } from './layout';
import { canvasMeasure, canvasToPng, drawLayout, loadExportFonts } from './renderPng';
import { renderMapImage, type MapLabel } from '../map/snapshot';
import { qrMatrix } from './qr';

export type PngKind = 'screen' | keyof typeof EXPORT_SIZES;

export interface PngResult {
  blob: Blob;
  layout: ExportLayout;
  /** the map was scaled up from the screen instead of re-rendered at this size */
  scaled: boolean;
}

/** Screen size = the map pane as it is on screen, in device pixels. */
export function pngSize(kind: PngKind, live: MapLibreMap): { width: number; height: number } {
  if (kind !== 'screen') return EXPORT_SIZES[kind];
  const c = live.getContainer();
  const dpr = window.devicePixelRatio || 1;
  return { width: Math.round(c.clientWidth * dpr), height: Math.round(c.clientHeight * dpr) };
}

export async function makePng(kind: PngKind, live: MapLibreMap, text: ExportText, labels: readonly MapLabel[]): Promise<PngResult> {
  await loadExportFonts(JSON.stringify(text) + labels.map((l) => l.text).join('')); // every string the layout may draw
  const measure = canvasMeasure();
  const layout = layoutExport(text, pngSize(kind, live), measure);
  const map = await renderMapImage(live, layout.map.w, layout.map.h, labels);
  const canvas = drawLayout(layout, map, qrMatrix(text.link), measure);
  return { blob: await canvasToPng(canvas), layout, scaled: map.scaled };
}

/** The map alone (with region names), for the poster: no header or footer, those are HTML there. */
export async function makeMapPng(live: MapLibreMap, size: { width: number; height: number }, labels: readonly MapLabel[]): Promise<Blob> {
  await loadExportFonts(labels.map((l) => l.text).join('') || ' ');
  const layout: ExportLayout = { ...size, map: { x: 0, y: 0, w: size.width, h: size.height }, ops: [{ kind: 'map', x: 0, y: 0, w: size.width, h: size.height }] };
  const map = await renderMapImage(live, size.width, size.height, labels);
  return canvasToPng(drawLayout(layout, map, null, canvasMeasure()));
}
