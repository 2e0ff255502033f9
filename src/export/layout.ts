/**
 * Page layout of an image export as a list of draw operations: a header band (title, what the colours show,
 * the filters), the map, a legend box and the QR code over the map, and a footer with every source line, the
 * date and the link. Pure: text widths come from the `measure` function (canvas measureText in the browser,
 * a fixed-width stand-in in tests), so the layout — and the text that ends up in the image — can be tested.
 */
import type { ExportText } from './exportText';

export const EXPORT_SIZES = {
  /** 16:9 slide */
  slide: { width: 1920, height: 1080 },
  /** A4 portrait at 300 dpi (210 × 297 mm) */
  a4: { width: 2480, height: 3508 },
} as const;

export type TextRole = 'title' | 'subtitle' | 'filter' | 'legendTitle' | 'legend' | 'source' | 'made' | 'link';

export type DrawOp =
  | { kind: 'fill'; x: number; y: number; w: number; h: number; colour: string; stroke?: string }
  | { kind: 'text'; role: TextRole; text: string; x: number; y: number; size: number; weight: 400 | 600 | 700; colour: string }
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  | { kind: 'qr'; x: number; y: number; size: number };

export interface ExportLayout {
  width: number;
  height: number;
  map: { x: number; y: number; w: number; h: number };
  ops: DrawOp[];
}

/** Width in px of `text` at `size` px and the given weight. */
export type Measure = (text: string, size: number, weight: 400 | 600 | 700) => number;

const HEADER_BG = '#154273';
const INK = '#1a1a1a';

/** Greedy word wrap; a single word wider than the line is cut with an ellipsis rather than overflowing. */
export function wrap(text: string, maxWidth: number, size: number, weight: 400 | 600 | 700, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, weight) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => {
    if (measure(l, size, weight) <= maxWidth) return l;
    let cut = l;
    while (cut.length > 1 && measure(`${cut}…`, size, weight) > maxWidth) cut = cut.slice(0, -1);
    return `${cut}…`;
  });
}

export function layoutExport(text: ExportText, size: { width: number; height: number }, measure: Measure): ExportLayout {
  const { width, height } = size;
  // type scale: 1 at the 1280×720 projector size, never below 0.9 so small exports stay legible
  const u = Math.max(0.9, Math.min(width / 1280, height / 720));
  const pad = Math.round(20 * u);
  const inner = width - 2 * pad;
  const ops: DrawOp[] = [];
  const block = (role: TextRole, lines: string[], x: number, y: number, px: number, weight: 400 | 600 | 700, colour: string) => {
    const lh = Math.round(px * 1.3);
    lines.forEach((l, i) => ops.push({ kind: 'text', role, text: l, x, y: y + i * lh, size: px, weight, colour }));
    return y + lines.length * lh;
  };

  // header band
  const titlePx = Math.round(26 * u);
  const subPx = Math.round(17 * u);
  const filterPx = Math.round(14 * u);
  const headerText: DrawOp[] = [];
  const start = ops.length;
  let y = pad;
  y = block('title', wrap(text.title, inner, titlePx, 700, measure), pad, y, titlePx, 700, '#ffffff');
  y = block('subtitle', wrap(text.subtitle, inner, subPx, 600, measure), pad, y + Math.round(2 * u), subPx, 600, '#ffffff');
  y = block('filter', wrap(text.filters.join(' · '), inner, filterPx, 400, measure), pad, y + Math.round(4 * u), filterPx, 400, '#ffffff');
  const headerH = y + pad - Math.round(6 * u);
  headerText.push(...ops.splice(start));
  ops.push({ kind: 'fill', x: 0, y: 0, w: width, h: headerH, colour: HEADER_BG }, ...headerText);

  // footer: sources, then date and link
  const footPx = Math.round(12 * u);
  const footLines: { role: TextRole; lines: string[] }[] = [
    ...text.sources.map((s) => ({ role: 'source' as const, lines: wrap(s, inner, footPx, 400, measure) })),
    { role: 'made', lines: wrap(text.made, inner, footPx, 600, measure) },
    { role: 'link', lines: wrap(text.link, inner, footPx, 400, measure) },
  ];
  const footLh = Math.round(footPx * 1.3);
  const footerH = pad + footLines.reduce((n, b) => n + b.lines.length, 0) * footLh + pad;
  const footerY = height - footerH;
  ops.push({ kind: 'fill', x: 0, y: footerY, w: width, h: footerH, colour: '#ffffff' });
  let fy = footerY + pad;
  for (const b of footLines) fy = block(b.role, b.lines, pad, fy, footPx, b.role === 'made' ? 600 : 400, INK);

  // the map between them
  const map = { x: 0, y: headerH, w: width, h: Math.max(0, footerY - headerH) };
  ops.push({ kind: 'map', ...map });

  // legend box, bottom left over the map
  const legPx = Math.round(14 * u);
  const legLh = Math.round(legPx * 1.5);
  const sw = Math.round(legPx * 1.2);
  const legendW = Math.min(
    inner / 2,
    pad + Math.max(measure(text.legendTitle, legPx, 700), ...text.legend.map((l) => sw + legPx * 0.6 + measure(l.label, legPx, 400))) + pad,
  );
  const legendH = pad + legLh * (1 + text.legend.length) + pad / 2;
  const lx = pad;
  const ly = map.y + map.h - pad - legendH;
  if (text.legend.length) {
    ops.push({ kind: 'fill', x: lx, y: ly, w: legendW, h: legendH, colour: 'rgba(255,255,255,0.94)', stroke: '#8a8a8a' });
    block('legendTitle', [text.legendTitle], lx + pad / 2, ly + pad / 2, legPx, 700, INK);
    text.legend.forEach((item, i) => {
      const iy = ly + pad / 2 + legLh * (i + 1);
      ops.push({ kind: 'fill', x: lx + pad / 2, y: iy, w: sw, h: sw * 0.8, colour: item.colour, stroke: '#555555' });
      const label = wrap(item.label, legendW - pad - sw - legPx * 0.6, legPx, 400, measure)[0] ?? '';
      block('legend', [label], lx + pad / 2 + sw + legPx * 0.6, iy, legPx, 400, INK);
    });
  }

  // QR code of the link, bottom right over the map
  const qr = Math.round(Math.min(120 * u, map.h / 3));
  if (qr >= 60) ops.push({ kind: 'qr', x: width - pad - qr, y: map.y + map.h - pad - qr, size: qr });
  return { width, height, map, ops };
}

/** The text of a layout, in drawing order (what a person reads in the image). */
export const layoutText = (l: ExportLayout, role?: TextRole) =>
  l.ops.flatMap((o) => (o.kind === 'text' && (!role || o.role === role) ? [o.text] : []));

/**
 * Region names that do not overlap: greedy in the given order (a label that would touch one already placed is
 * left out), so a small export stays readable where the screen packs names tightly.
 */
export function placeLabels<L extends { text: string; x: number; y: number }>(labels: readonly L[], size: number, measure: Measure): L[] {
  const placed: { l: L; x0: number; x1: number; y0: number; y1: number }[] = [];
  const gap = size * 0.2;
  for (const l of labels) {
    const w = measure(l.text, size, 600) / 2 + gap;
    const box = { l, x0: l.x - w, x1: l.x + w, y0: l.y - size * 0.6 - gap, y1: l.y + size * 0.6 + gap };
    if (!placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) placed.push(box);
  }
  return placed.map((p) => p.l);
}
