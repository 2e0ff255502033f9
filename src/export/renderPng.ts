/**
 * Draws an export layout (layout.ts) onto a canvas: header, map image with region names, legend, QR code,
 * footer. Browser only; everything that decides *what* is drawn is in the pure layout.
 */
import { placeLabels, type ExportLayout, type Measure } from './layout';
import type { MapImage } from '../map/snapshot';
import { drawQr, type QrMatrix } from './qr';

const FONT = '"Noto Sans", system-ui, sans-serif';
const font = (size: number, weight: number) => `${weight} ${size}px ${FONT}`;

/**
 * Make sure the self-hosted font is ready before measuring or drawing with it. `text` is what will be drawn: each
 * weight is split in faces by unicode-range (src/fonts/), and a canvas does not wait for a face it has not loaded.
 */
export async function loadExportFonts(text = ' ') {
  if (!document.fonts) return;
  await Promise.all([400, 600, 700].map((w) => document.fonts.load(font(16, w), text).catch(() => undefined)));
}

export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, weight) => {
    ctx.font = font(size, weight);
    return ctx.measureText(text).width;
  };
}

/** `qr` may be null when the layout has no QR operation (the poster's map image). */
export function drawLayout(layout: ExportLayout, map: MapImage, qr: QrMatrix | null, measure: Measure = canvasMeasure()): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const op of layout.ops) {
    if (op.kind === 'fill') {
      ctx.fillStyle = op.colour;
      ctx.fillRect(op.x, op.y, op.w, op.h);
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.w - 1, op.h - 1);
      }
    } else if (op.kind === 'text') {
      ctx.font = font(op.size, op.weight);
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
    } else if (op.kind === 'map') {
      ctx.save();
      ctx.beginPath();
      ctx.rect(op.x, op.y, op.w, op.h);
      ctx.clip();
      ctx.drawImage(map.image, op.x, op.y, op.w, op.h);
      // region names as on screen (12 px semibold, white halo), scaled like the map or the page type, whichever is larger
      const px = Math.round(12 * Math.max(map.pixelRatio, layout.width / 1280));
      ctx.font = font(px, 600);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      ctx.lineWidth = Math.max(2, px / 4);
      ctx.strokeStyle = 'rgba(255,255,255,0.95)';
      ctx.fillStyle = '#1a1a1a';
      for (const l of placeLabels(map.labels, px, measure)) {
        ctx.strokeText(l.text, op.x + l.x, op.y + l.y);
        ctx.fillText(l.text, op.x + l.x, op.y + l.y);
      }
      ctx.restore();
      ctx.textBaseline = 'top';
    } else if (qr) {
      drawQr(ctx, qr, op.x, op.y, op.size);
    }
  }
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
