/**
 * Step: regions. Reads the CBS gebiedsindelingen 2025 TopoJSON (local copy) and writes GeoJSON per kind
 * with code, name, kind and a label point inside each polygon.
 */
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { centerOfMass, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionCollection, RegionFeature, RegionKind } from '../../src/data/schemas';
import { SourceShapeError } from '../lib/errors';
import { roundCoord } from '../lib/json';
import { readSourceFile } from '../lib/source-file';

const FILES: Record<RegionKind, { file: string; object: string; count: number; codeRe: RegExp }> = {
  arbeidsmarktregio: { file: 'arbeidsmarktregio_2025.topojson', object: 'arbeidsmarktregio_2025', count: 35, codeRe: /^AM\d{2}$/ },
  provincie: { file: 'provincie_2025.topojson', object: 'provincie_2025', count: 12, codeRe: /^PV\d{2}$/ },
  gemeente: { file: 'gemeente_2025.topojson', object: 'gemeente_2025', count: 342, codeRe: /^GM\d{4}$/ },
};

/** A point that lies inside the polygon: the centre of mass when it does, otherwise a point on the surface. */
export function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const c = centerOfMass(f);
  const p = booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
  const [lon, lat] = p.geometry.coordinates as [number, number];
  return [roundCoord(lon, 4), roundCoord(lat, 4)];
}

const roundRing = (ring: number[][]) => ring.map(([x, y]) => [roundCoord(x!), roundCoord(y!)] as [number, number]);

export function readRegionsTopojson(text: string, kind: RegionKind, file: string): RegionCollection {
  const spec = FILES[kind];
  let topo: Topology;
  try {
    topo = JSON.parse(text) as Topology;
  } catch (e) {
    throw new SourceShapeError(file, '(file)', `not valid JSON: ${(e as Error).message}`);
  }
  if (topo?.type !== 'Topology') throw new SourceShapeError(file, 'type', `expected "Topology", got ${JSON.stringify(topo?.type)}`);
  const obj = topo.objects?.[spec.object] as GeometryCollection | undefined;
  if (!obj) throw new SourceShapeError(file, `objects.${spec.object}`, 'missing (the object name changed?)');
  const fc = feature(topo, obj) as unknown as { features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] };
  const features: RegionFeature[] = fc.features.map((f, i) => {
    const props = f.properties ?? {};
    const code = props.statcode;
    const name = props.statnaam;
    if (typeof code !== 'string' || !spec.codeRe.test(code)) throw new SourceShapeError(file, `features[${i}].properties.statcode`, `expected a ${kind} code, got ${JSON.stringify(code)}`);
    if (typeof name !== 'string' || name === '') throw new SourceShapeError(file, `features[${i}].properties.statnaam`, 'missing name');
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new SourceShapeError(file, `features[${i}].geometry`, `expected a (Multi)Polygon for ${code}`);
    }
    const geometry =
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map(roundRing) }
        : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map((poly) => poly.map(roundRing)) };
    return { type: 'Feature', properties: { code, name, kind, label: labelPoint(f) }, geometry };
  });
  if (features.length !== spec.count) throw new SourceShapeError(file, `objects.${spec.object}`, `expected ${spec.count} features, found ${features.length}`);
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

export function readRegionsLocal(sourcesDir: string, kind: RegionKind): RegionCollection {
  const spec = FILES[kind];
  const path = join(sourcesDir, 'cbs-gebiedsindelingen-2025', spec.file);
  return readRegionsTopojson(readSourceFile(path), kind, path);
}
