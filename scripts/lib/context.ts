/**
 * What build steps share: the options, the output being assembled, and the products of earlier steps
 * (regions for point-in-polygon, occupations for BRC codes, …). Each step adds the products it makes.
 */
import type { BuildOptions } from './args';
import type { BuildOutput } from './output';
import type { IndicatorRow, PlaceRow, QualificationRow, RegionCollection } from '../../src/data/schemas';
import type { OccupationIndex } from './occupation-index';
import type { FetchLike } from './download';
import type { ImportedFiles } from './import-csv';

export interface BuildProducts {
  regions?: { arbeidsmarktregio: RegionCollection; provincie: RegionCollection; gemeente: RegionCollection };
  /** occupations.json with lookups: groep(code), groepForIsco(isco), normaliseGroepCode(raw), klassenForSector(scheme, label) */
  occupations?: OccupationIndex;
  /** demand indicator rows (indicators step) */
  indicators?: IndicatorRow[];
  /** good rows of the --import CSV files (scripts/lib/import-csv.ts readImports), read once */
  imports?: ImportedFiles;
  /** PC4 centroids and places (places.json rows), for geocoding offers by postcode or place name */
  places?: { rows: PlaceRow[] };
  /** mbo qualifications by crebo code (mbo step), for mbo offers */
  qualifications?: Map<string, QualificationRow>;
}

export interface StepContext {
  opts: BuildOptions;
  out: BuildOutput;
  products: BuildProducts;
  /** fetch for --online steps; injected by tests, defaults to the global fetch */
  fetch?: FetchLike;
  /** a progress line under the current step */
  log(message: string): void;
}

export interface Step {
  name: string;
  /** returns a one-line summary for the end-of-build table */
  run(ctx: StepContext): Promise<string> | string;
}

/** A product an earlier step must have made; a clear error when the step order is wrong. */
export function need<K extends keyof BuildProducts>(ctx: StepContext, key: K): NonNullable<BuildProducts[K]> {
  const v = ctx.products[key];
  if (v === undefined) throw new Error(`build step order: "${String(key)}" is needed but no earlier step made it`);
  return v as NonNullable<BuildProducts[K]>;
}
