/**
 * The imperative half of the school-location layer (schoolLayers.ts describes it), used by MapView only: every
 * location goes to the map once per file; a filter change sets `shown` feature state on the locations whose
 * visibility changed (no setData, so MapLibre's worker re-tiles nothing on a filter change).
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { SchoolLocationRow } from '../data/schemas';
import { SCHOOL_SOURCE, buildSchoolFeatures, buildSchoolLayer, buildSchoolSource, schoolStateChanges } from './schoolLayers';
import { setLateData } from './addLate';

/** What the map shows: the school-locations file's rows and which of them (row positions) the filters keep. */
export interface SchoolsOnMap {
  rows: readonly SchoolLocationRow[];
  ids: readonly number[];
}

export interface SchoolController {
  show(schools: SchoolsOnMap | undefined): void;
  /** of rendered features, the ones shown (hidden rings are drawn transparent and still hit by queries) */
  shown(features: readonly MapGeoJSONFeature[]): MapGeoJSONFeature[];
}

export function schoolController(map: MapLibreMap): SchoolController {
  let rows: readonly SchoolLocationRow[] | null = null;
  let applied = new Uint8Array(0);
  return {
    show(schools) {
      if (schools && schools.rows !== rows) {
        rows = schools.rows;
        applied = new Uint8Array(rows.length);
        if (map.getSource(SCHOOL_SOURCE)) map.removeFeatureState({ source: SCHOOL_SOURCE });
        // the first file: source and layer join the map now (not in the first style: src/map/addLate.ts)
        setLateData(map, SCHOOL_SOURCE, buildSchoolSource(buildSchoolFeatures(rows)), [buildSchoolLayer()]);
      }
      if (!rows) return;
      for (const c of schoolStateChanges(rows.length, schools?.ids ?? [], applied)) {
        map.setFeatureState({ source: SCHOOL_SOURCE, id: c.id }, { shown: c.shown });
        applied[c.id] = c.shown ? 1 : 0;
      }
    },
    shown(features) {
      return features.filter((f) => applied[f.id as number] === 1);
    },
  };
}
