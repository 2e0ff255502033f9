import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRegionsLocal, readRegionsTopojson } from '../../scripts/steps/read-regions';
import { SourceShapeError } from '../../scripts/lib/errors';

const SOURCES = '../shared/sources';

describe('regions step', () => {
  it('reads 35 arbeidsmarktregio\'s, 12 provincies and 342 gemeenten', () => {
    expect(readRegionsLocal(SOURCES, 'arbeidsmarktregio').features).toHaveLength(35);
    expect(readRegionsLocal(SOURCES, 'provincie').features).toHaveLength(12);
    expect(readRegionsLocal(SOURCES, 'gemeente').features).toHaveLength(342);
  });

  it('names the file and field when the source changed shape', () => {
    const path = `${SOURCES}/cbs-gebiedsindelingen-2025/arbeidsmarktregio_2025.topojson`;
    const topo = JSON.parse(readFileSync(path, 'utf8'));
    topo.objects.arbeidsmarktregio_2025.geometries[0].properties.statcode = undefined;
    expect(() => readRegionsTopojson(JSON.stringify(topo), 'arbeidsmarktregio', 'x.topojson')).toThrowError(
      /x\.topojson: features\[0\]\.properties\.statcode/,
    );
    expect(() => readRegionsTopojson('{"type":"Topology","objects":{}}', 'arbeidsmarktregio', 'x.topojson')).toThrowError(SourceShapeError);
    expect(() => readRegionsTopojson('{"type":', 'arbeidsmarktregio', 'x.topojson')).toThrowError(/not valid JSON/);
  });
});
