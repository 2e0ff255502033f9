/**
 * Checks between files: every region code, BRC group and source id a row refers to must exist.
 * A file with unknown references is dropped (and named), so the rest of the app keeps working.
 */
import type { DatasetFiles, DatasetId, Manifest } from './schemas';
import type { DataFileError } from './validate';

const REGION_FILES = [
  ['regions-arbeidsmarktregio', 'arbeidsmarktregio', 'AM'],
  ['regions-provincie', 'provincie', 'PV'],
  ['regions-gemeente', 'gemeente', 'GM'],
] as const;

function pathOf(m: Manifest, id: DatasetId): string {
  return m.files.find((f) => f.id === id)?.path ?? id;
}

export function checkIntegrity(m: Manifest, files: Partial<DatasetFiles>): { errors: DataFileError[]; drop: DatasetId[] } {
  const errors: DataFileError[] = [];
  const drop: DatasetId[] = [];
  const sourceIds = new Set(m.sources.map((s) => s.id));
  const fail = (id: DatasetId, row: number, field: string, message: string) => {
    errors.push({ file: pathOf(m, id), row, field, message, kind: 'integrity' });
    drop.push(id);
  };
  /** a file that is loaded and not (yet) dropped: only those may vouch for the codes other files use */
  const usable = <K extends DatasetId>(id: K) => (drop.includes(id) ? undefined : files[id]);

  // Each region file holds regions of its own kind only (a gemeente code in the arbeidsmarktregio file is unknown there).
  for (const [id, kind, prefix] of REGION_FILES) {
    const features = files[id]?.features ?? [];
    const i = features.findIndex((f) => f.properties.kind !== kind || !f.properties.code.startsWith(prefix));
    const bad = features[i]?.properties;
    if (bad) fail(id, i, bad.kind !== kind ? 'properties.kind' : 'properties.code', `region "${bad.code}" (${bad.kind}) is not a ${kind}`);
  }
  // Every BRC beroepsgroep belongs to a beroepsklasse listed in the same file.
  if (files.occupations) {
    const klassen = new Set(files.occupations.klassen.map((k) => k.code));
    const i = files.occupations.groepen.findIndex((g) => !klassen.has(g.klasse));
    if (i >= 0) fail('occupations', i, 'klasse', `unknown BRC beroepsklasse "${files.occupations.groepen[i]?.klasse}"`);
  }

  const regionCodes = new Set<string>(['NL01']);
  for (const [id] of REGION_FILES) for (const f of usable(id)?.features ?? []) regionCodes.add(f.properties.code);
  const haveAmr = usable('regions-arbeidsmarktregio') !== undefined;
  const haveProv = usable('regions-provincie') !== undefined;
  const haveGm = usable('regions-gemeente') !== undefined;
  const occupations = usable('occupations');
  const groepen = occupations ? new Set(occupations.groepen.map((g) => g.code)) : undefined;

  const knownRegion = (code: string) => {
    if (code.startsWith('AM') && !haveAmr) return true;
    if (code.startsWith('PV') && !haveProv) return true;
    if (code.startsWith('GM') && !haveGm) return true;
    return regionCodes.has(code);
  };

  // manifest: files must cite known sources
  for (const f of m.files) {
    for (const s of f.sources) {
      if (!sourceIds.has(s)) errors.push({ file: 'manifest.json', field: `files.${f.id}.sources`, message: `unknown source id "${s}"`, kind: 'integrity' });
    }
  }

  const checkRows = <T>(id: DatasetId, rows: readonly T[] | undefined, check: (r: T) => [string, string] | undefined) => {
    if (!rows) return;
    for (let i = 0; i < rows.length; i++) {
      const bad = check(rows[i] as T);
      if (bad) {
        fail(id, i, bad[0], bad[1]);
        return; // one named problem per file is enough to act on
      }
    }
  };

  checkRows('indicators', files.indicators?.rows, (r) => {
    if (!knownRegion(r.area)) return ['area', `unknown region code "${r.area}"`];
    if (groepen && !groepen.has(r.groep)) return ['groep', `unknown BRC beroepsgroep "${r.groep}"`];
    if (!sourceIds.has(r.source)) return ['source', `unknown source id "${r.source}"`];
    return undefined;
  });
  checkRows('offers', files.offers?.rows, (r) => {
    if (!knownRegion(r.arbeidsmarktregio)) return ['arbeidsmarktregio', `unknown region code "${r.arbeidsmarktregio}"`];
    if (!knownRegion(r.provincie)) return ['provincie', `unknown region code "${r.provincie}"`];
    if (groepen) for (const g of r.groepen) if (!groepen.has(g.groep)) return ['groepen', `unknown BRC beroepsgroep "${g.groep}"`];
    if (!sourceIds.has(r.source)) return ['source', `unknown source id "${r.source}"`];
    return undefined;
  });
  checkRows('school-locations', files['school-locations']?.rows, (r) => {
    if (!knownRegion(r.arbeidsmarktregio)) return ['arbeidsmarktregio', `unknown region code "${r.arbeidsmarktregio}"`];
    return undefined;
  });
  checkRows('qualifications', files.qualifications?.rows, (r) => {
    if (groepen) for (const g of r.groepen) if (!groepen.has(g.groep)) return ['groepen', `unknown BRC beroepsgroep "${g.groep}"`];
    if (!sourceIds.has(r.source)) return ['source', `unknown source id "${r.source}"`];
    return undefined;
  });
  checkRows('places', files.places?.rows, (r) => {
    if (!knownRegion(r.arbeidsmarktregio)) return ['arbeidsmarktregio', `unknown region code "${r.arbeidsmarktregio}"`];
    if (!knownRegion(r.provincie)) return ['provincie', `unknown region code "${r.provincie}"`];
    return undefined;
  });
  checkRows('curated', files.curated?.rows, (r) => {
    if (!knownRegion(r.area)) return ['area', `unknown region code "${r.area}"`];
    if (r.groep && groepen && !groepen.has(r.groep)) return ['groep', `unknown BRC beroepsgroep "${r.groep}"`];
    return undefined;
  });
  checkRows('occupation-titles', files['occupation-titles']?.rows, (r) => {
    if (groepen && !groepen.has(r.groep)) return ['groep', `unknown BRC beroepsgroep "${r.groep}"`];
    return undefined;
  });
  const areasKnown = (id: 'regional-stats' | 'regional-series', field: string, byArea: Record<string, unknown> | undefined) => {
    const badArea = byArea && Object.keys(byArea).find((a) => !knownRegion(a));
    if (badArea) {
      errors.push({ file: pathOf(m, id), field: `${field}.${badArea}`, message: `unknown region code "${badArea}"`, kind: 'integrity' });
      drop.push(id);
    }
  };
  areasKnown('regional-stats', 'trendPoints', files['regional-stats']?.trendPoints);
  areasKnown('regional-series', 'series', files['regional-series']?.series);
  const gemeenten = usable('regions-gemeente');
  if (gemeenten) {
    const f = gemeenten.features.findIndex((g) => g.properties.arbeidsmarktregio && haveAmr && !regionCodes.has(g.properties.arbeidsmarktregio));
    if (f >= 0) fail('regions-gemeente', f, 'properties.arbeidsmarktregio', `unknown region code "${gemeenten.features[f]?.properties.arbeidsmarktregio}"`);
  }
  return { errors, drop };
}
