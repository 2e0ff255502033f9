/**
 * Checks between files: every region code, BRC group and source id a row refers to must exist.
 * A file with unknown references is dropped (and named), so the rest of the app keeps working.
 */
import type { DatasetFiles, DatasetId, Manifest } from './schemas';
import type { DataFileError } from './validate';

function pathOf(m: Manifest, id: DatasetId): string {
  return m.files.find((f) => f.id === id)?.path ?? id;
}

export function checkIntegrity(m: Manifest, files: Partial<DatasetFiles>): { errors: DataFileError[]; drop: DatasetId[] } {
  const errors: DataFileError[] = [];
  const drop: DatasetId[] = [];
  const sourceIds = new Set(m.sources.map((s) => s.id));
  const regionCodes = new Set<string>(['NL01']);
  for (const id of ['regions-arbeidsmarktregio', 'regions-provincie', 'regions-gemeente'] as const) {
    for (const f of files[id]?.features ?? []) regionCodes.add(f.properties.code);
  }
  const haveAmr = files['regions-arbeidsmarktregio'] !== undefined;
  const haveProv = files['regions-provincie'] !== undefined;
  const groepen = files.occupations ? new Set(files.occupations.groepen.map((g) => g.code)) : undefined;

  const knownRegion = (code: string) => {
    if (code.startsWith('AM') && !haveAmr) return true;
    if (code.startsWith('PV') && !haveProv) return true;
    if (code.startsWith('GM') && !files['regions-gemeente']) return true;
    return regionCodes.has(code);
  };

  const fail = (id: DatasetId, row: number, field: string, message: string) => {
    errors.push({ file: pathOf(m, id), row, field, message, kind: 'integrity' });
    drop.push(id);
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
  if (files['regional-stats']) {
    const areas = Object.keys(files['regional-stats'].series);
    const badArea = areas.find((a) => !knownRegion(a));
    if (badArea) {
      errors.push({ file: pathOf(m, 'regional-stats'), field: `series.${badArea}`, message: `unknown region code "${badArea}"`, kind: 'integrity' });
      drop.push('regional-stats');
    }
  }
  if (files['regions-gemeente']) {
    const f = files['regions-gemeente'].features.findIndex((g) => g.properties.arbeidsmarktregio && haveAmr && !regionCodes.has(g.properties.arbeidsmarktregio));
    if (f >= 0) fail('regions-gemeente', f, 'properties.arbeidsmarktregio', `unknown region code "${files['regions-gemeente'].features[f]?.properties.arbeidsmarktregio}"`);
  }
  return { errors, drop };
}
