/**
 * Pure builders for the mbo school-location layer: places where mbo is taught, drawn as rings (white with a dark
 * mbo-orange edge) so they never read as training offers, which are filled dots and clusters. Not clustered and
 * not counted with the offers; drawn under the offer clusters so those stay legible.
 */
import type { CircleLayerSpecification, GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { SchoolLocationRow } from '../data/schemas';

export const SCHOOL_SOURCE = 'school-locations';
export const SCHOOL_LAYER = 'school-locations';

/** The ring's edge: a darker shade of the mbo offer colour (#E69F00), 5.4:1 against white. */
export const SCHOOL_RING = '#9A5B00';
export const SCHOOL_FILL = '#ffffff';

/**
 * Below this zoom a click on the map selects the region even where a ring is drawn: the rings are a few pixels
 * wide there, and choosing a region is what a click means in the national view. The list and the table reach
 * every location at any zoom.
 */
export const SCHOOL_CLICK_MINZOOM = 8;

export interface SchoolPointProps {
  id: string;
}

/**
 * One point per row of school-locations.json, its feature id the row's position. The map gets all of them once per
 * file; which ones the filters show is feature state (`shown`), so a filter change re-tiles nothing.
 */
export function buildSchoolFeatures(rows: readonly SchoolLocationRow[]): FeatureCollection<Point, SchoolPointProps> {
  return {
    type: 'FeatureCollection',
    features: rows.map((r, i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [r.lon, r.lat] }, properties: { id: r.id } })),
  };
}

/** Paint value: `shown` rings drawn, the rest transparent (feature state cannot be used in a layer filter). */
const whenShown = ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0] as const;

/** Feature-state changes that make the map show exactly `ids` (row positions), given what it was last told. */
export function schoolStateChanges(count: number, ids: readonly number[], applied: Uint8Array): { id: number; shown: boolean }[] {
  const want = new Uint8Array(count);
  for (const i of ids) if (i >= 0 && i < count) want[i] = 1;
  const out: { id: number; shown: boolean }[] = [];
  for (let i = 0; i < count; i++) if (want[i] !== applied[i]) out.push({ id: i, shown: want[i] === 1 });
  return out;
}

export function buildSchoolSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: data as never };
}

export function buildSchoolLayer(): CircleLayerSpecification {
  return {
    id: SCHOOL_LAYER,
    type: 'circle',
    source: SCHOOL_SOURCE,
    paint: {
      'circle-color': SCHOOL_FILL,
      // small in the national view (679 locations must not drown the region colours), rings once zoomed in
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2, 8, 3.5, 10, 5, 12, 7],
      'circle-stroke-color': SCHOOL_RING,
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 2, 11, 2.5],
      'circle-opacity': whenShown as never,
      'circle-stroke-opacity': whenShown as never,
    },
  };
}
