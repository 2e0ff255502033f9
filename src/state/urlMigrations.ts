/**
 * Migrations of links written by older versions of the URL codec. Each takes the parameters of version N and
 * returns those of version N+1, so a link from any earlier version still opens.
 *
 * v0 → v1: links without `v` (none were published before v1): unchanged.
 * v1 → v2: `cam` was centre and zoom (`lon,lat,zoom`); v2 writes the visible area (`west,south,east,north`) so a
 *          link shows the same area on any screen size. A v1 link did not say how big its screen was, so the
 *          area is computed for the map pane of the reference 1280×720 projector screen (900×664 px).
 * v2 → v3: the default measure changed (see v2ToV3).
 */

/** Map pane size of the 1280×720 layout (the screen the app is designed for). */
export const REFERENCE_VIEWPORT = { width: 900, height: 664 } as const;

/** MapLibre's world size at zoom 0, in CSS pixels (512-pixel tiles). */
const TILE = 512;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latFromMercatorY = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;

/** The area a centre/zoom camera shows in a viewport of the given size (Web Mercator, as MapLibre draws it). */
export function centreZoomToBounds(
  lon: number,
  lat: number,
  zoom: number,
  viewport: { width: number; height: number } = REFERENCE_VIEWPORT,
): { west: number; south: number; east: number; north: number } {
  const world = TILE * 2 ** zoom;
  const halfLon = (viewport.width / 2 / world) * 360;
  // Mercator y in radians-units: one world width = 2π.
  const halfY = (viewport.height / 2 / world) * 2 * Math.PI;
  const y = mercatorY(lat);
  return { west: lon - halfLon, south: latFromMercatorY(y - halfY), east: lon + halfLon, north: latFromMercatorY(y + halfY) };
}

const fixed = (n: number) => String(Number(n.toFixed(4)));

function v1ToV2(p: URLSearchParams): URLSearchParams {
  const cam = p.get('cam');
  if (cam === null) return p;
  const parts = cam.split(',');
  const nums = parts.map(Number);
  // Anything that is not a v1 camera is left as it is: the v2 decoder then drops it with a notice.
  if (parts.length !== 3 || nums.some((n) => !Number.isFinite(n)) || nums[2]! < 0 || nums[2]! > 24) return p;
  const b = centreZoomToBounds(nums[0]!, nums[1]!, nums[2]!);
  const out = new URLSearchParams(p);
  out.set('cam', [b.west, b.south, b.east, b.north].map(fixed).join(','));
  return out;
}

/**
 * v2 → v3: the default measure changed from the number of kansberoepen (national ROA figures, nearly the same in
 * every region) to WW per 100 of the labour force (regional). A v2 link without `m` was written when the number of
 * kansberoepen was the default, so it says so explicitly now. Only links that carry `v` (written by the app) are
 * changed. Edition links too: no v2 edition set a measure of its own (editions/*.json `defaults`), so theirs was
 * the app's default as well.
 */
function v2ToV3(p: URLSearchParams): URLSearchParams {
  if (!p.has('v') || p.has('m')) return p;
  const out = new URLSearchParams(p);
  out.set('m', 'kansberoepen');
  return out;
}

/** Key = the version migrated *from*. */
export const MIGRATIONS: Record<number, (p: URLSearchParams) => URLSearchParams> = {
  0: (p) => p,
  1: v1ToV2,
  2: v2ToV3,
};
