/**
 * Region names are HTML labels; where they would overlap, the less important one is hidden (greedy by priority:
 * the selected region first, then larger regions). Hidden names stay available in the tooltip, the cards and
 * the table. Names that would sit on an offer cluster move just off it first (nudgeOffCircles). Pure: boxes in,
 * visible codes and offsets out.
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

/** An offer cluster as drawn: centre and radius in screen pixels. */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * How far a region name moves (px); `'backing'` when no clear spot is near and it stays, drawn on a backing, over
 * the cluster's edge; `'hidden'` when it would stay over the cluster's count (the number wins there; the name is
 * still in the tooltip, the cards and the table, as for any name hidden to avoid an overlap).
 */
export type Nudge = { dx: number; dy: number } | 'backing' | 'hidden';

const hits = (b: LabelBox, dx: number, dy: number, c: Circle, gap: number) => {
  // distance from the circle's centre to the nearest point of the (shifted) box
  const nx = Math.max(b.x + dx - b.w / 2, Math.min(c.x, b.x + dx + b.w / 2));
  const ny = Math.max(b.y + dy - b.h / 2, Math.min(c.y, b.y + dy + b.h / 2));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r + gap) ** 2;
};

/**
 * Moves that take region names off the offer clusters they would sit on, so both stay readable: just below or
 * above the cluster, else just right or left of it — the smallest move that is clear of every cluster, at most
 * `maxShift` px. A name with no clear spot nearby stays where it is (see Nudge). Only names on a cluster are in the
 * result.
 */
export function nudgeOffCircles(boxes: readonly LabelBox[], circles: readonly Circle[], gap = 2, maxShift = 90): Map<string, Nudge> {
  const out = new Map<string, Nudge>();
  for (const b of boxes) {
    const blocking = circles.filter((c) => hits(b, 0, 0, c, gap));
    if (blocking.length === 0) continue;
    const candidates = blocking
      .flatMap((c) => [
        { dx: 0, dy: c.y + c.r + gap - (b.y - b.h / 2) },
        { dx: 0, dy: c.y - c.r - gap - (b.y + b.h / 2) },
        { dx: c.x + c.r + gap - (b.x - b.w / 2), dy: 0 },
        { dx: c.x - c.r - gap - (b.x + b.w / 2), dy: 0 },
      ])
      .filter((m) => Math.hypot(m.dx, m.dy) <= maxShift)
      // smallest move first; on a tie vertical before horizontal, down before up, right before left
      .sort((p, q) => Math.hypot(p.dx, p.dy) - Math.hypot(q.dx, q.dy) || Math.abs(p.dx) - Math.abs(q.dx) || q.dy - p.dy || q.dx - p.dx);
    const m = candidates.find((d) => !circles.some((c) => hits(b, d.dx, d.dy, c, gap)));
    const coversCount = blocking.some((c) => Math.abs(c.x - b.x) <= b.w / 2 && Math.abs(c.y - b.y) <= b.h / 2);
    out.set(b.code, m ? { dx: Math.round(m.dx), dy: Math.round(m.dy) } : coversCount ? 'hidden' : 'backing');
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
