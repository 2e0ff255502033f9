/**
 * Region names are HTML labels; where they would overlap, the less important one is hidden (greedy by priority:
 * the selected region first, then larger regions). Hidden names stay available in the tooltip, the cards and
 * the table. Pure: boxes in, visible codes out.
 */
export interface LabelBox {
  code: string;
  /** centre in screen pixels */
  x: number;
  y: number;
  w: number;
  h: number;
  /** higher is placed first */
  priority: number;
}

export function visibleLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const placed: LabelBox[] = [];
  const out = new Set<string>();
  for (const b of [...boxes].sort((a, c) => c.priority - a.priority || a.code.localeCompare(c.code))) {
    const clash = placed.some((p) => Math.abs(p.x - b.x) * 2 < p.w + b.w + gap * 2 && Math.abs(p.y - b.y) * 2 < p.h + b.h + gap * 2);
    if (clash) continue;
    placed.push(b);
    out.add(b.code);
  }
  return out;
}

/** Rough area of a region (degrees², from its outer rings' bounding boxes) — enough to rank label priority. */
export function roughArea(rings: readonly (readonly (readonly number[])[])[]): number {
  let a = 0;
  for (const ring of rings) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x, y] of ring) {
      minX = Math.min(minX, x!);
      maxX = Math.max(maxX, x!);
      minY = Math.min(minY, y!);
      maxY = Math.max(maxY, y!);
    }
    a += (maxX - minX) * (maxY - minY);
  }
  return a;
}
