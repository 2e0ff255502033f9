/**
 * Which regions border each other, from the polygons themselves: the generalised boundaries share their
 * vertices exactly (they come from one topology), so two regions that share at least two vertices are neighbours.
 */
import type { RegionCollection } from '../data/schemas';

export function neighbours(fc: RegionCollection): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const f of fc.features) {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [x, y] of ring) {
        const key = `${x!.toFixed(4)},${y!.toFixed(4)}`;
        let s = owners.get(key);
        if (!s) owners.set(key, (s = new Set()));
        s.add(f.properties.code);
      }
    }
  }
  const shared = new Map<string, Map<string, number>>();
  for (const s of owners.values()) {
    if (s.size < 2) continue;
    for (const a of s) for (const b of s) {
      if (a === b) continue;
      let m = shared.get(a);
      if (!m) shared.set(a, (m = new Map()));
      m.set(b, (m.get(b) ?? 0) + 1);
    }
  }
  const out = new Map<string, string[]>();
  for (const f of fc.features) {
    const m = shared.get(f.properties.code);
    out.set(f.properties.code, m ? [...m].filter(([, n]) => n >= 2).map(([c]) => c).sort() : []);
  }
  return out;
}
