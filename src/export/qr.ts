/**
 * QR codes made locally (the `qrcode` package's encoder; no external service): a module matrix, drawn as one
 * SVG path for the share menu and the poster, or onto a 2D canvas for image exports.
 */
import { create } from 'qrcode';

export interface QrMatrix {
  size: number;
  /** row-major, true = dark module */
  dark: boolean[];
}

/** Error correction M: survives a smudged projector screen or a folded print. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) };
}

/** One SVG path (unit = one module) for all dark modules, with the quiet zone of 4 modules the standard asks for. */
export function qrSvgPath(m: QrMatrix, quiet = 4): string {
  let d = '';
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) if (m.dark[y * m.size + x]) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  return d;
}

/** Draw onto a canvas: a white square of `px` pixels at (x, y) with the code inside its quiet zone. */
export function drawQr(ctx: CanvasRenderingContext2D, m: QrMatrix, x: number, y: number, px: number, quiet = 4) {
  const cell = px / (m.size + 2 * quiet);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, px, px);
  ctx.fillStyle = '#000000';
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.dark[r * m.size + c]) ctx.fillRect(Math.floor(x + (c + quiet) * cell), Math.floor(y + (r + quiet) * cell), Math.ceil(cell), Math.ceil(cell));
    }
  }
}
