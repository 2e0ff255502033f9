/** The area an edition opens on: the bounding box of its regions, with a margin. Pure. */
import type { RegionFeature } from '../data/schemas';
import type { Camera } from '../state/types';

export function regionsBounds(features: readonly RegionFeature[], codes: readonly string[], margin = 0.05): Camera | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (ring: readonly (readonly number[])[]) => {
    for (const [x, y] of ring) {
      if (x! < west) west = x!;
      if (x! > east) east = x!;
      if (y! < south) south = y!;
      if (y! > north) north = y!;
    }
  };
  for (const f of features) {
    if (!codes.includes(f.properties.code)) continue;
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polygons) for (const ring of poly) visit(ring);
  }
  if (!Number.isFinite(west)) return null;
  const dx = (east - west) * margin;
  const dy = (north - south) * margin;
  return { west: west - dx, south: south - dy, east: east + dx, north: north + dy };
}
