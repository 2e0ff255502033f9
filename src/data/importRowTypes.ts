/**
 * The built-in row types of the import CSV format (docs/import-format.md): `indicator` (a figure for
 * region × group × indicator) and `kansberoep` (a region's own list marks a group). Each returns the row in the
 * data contract's shape, or records problems on the reader and returns undefined.
 */
import type { ImportContext, RowTypeHandler } from './importCsv';
import { INDICATOR_IDS, type CuratedRow, type IndicatorId, type IndicatorRow } from './schemas';

const STATUSES: readonly CuratedRow['status'][] = ['kansrijk', 'minder kansrijk', 'kansrijk (seizoen)'];

export const indicatorRowType: RowTypeHandler = (r): IndicatorRow | undefined => {
  const area = r.area();
  const groep = r.groep();
  const ind = r.required('indicator');
  const indicator = ind && (INDICATOR_IDS as readonly string[]).includes(ind) ? (ind as IndicatorId) : undefined;
  if (ind && !indicator) r.problem('indicator', `unknown indicator "${ind}" (known: ${INDICATOR_IDS.join(', ')})`);
  const value = r.number('value');
  const cls = r.get('class');
  if (r.get('value') === '' && cls === '') r.problem('value', 'value and class are both empty: give a number, a class, or both');
  if (indicator === 'tension' && value !== undefined && value < 0) r.problem('value', 'a tension ratio cannot be negative');
  if (indicator === 'direction' && value !== undefined) r.problem('value', 'direction is a class only; leave value empty');
  const pct = r.number('pct');
  const p = r.period();
  const source = r.source();
  if (!area || !groep || !indicator || !p || !source) return undefined;
  return {
    groep,
    area: area as IndicatorRow['area'],
    indicator,
    value: value ?? null,
    ...(cls ? { class: cls } : {}),
    ...(pct !== undefined ? { pct } : {}),
    period: p,
    source,
    scope: area === 'NL01' ? 'national' : 'regional',
  };
};

export const kansberoepRowType: RowTypeHandler = (r, ctx: ImportContext): CuratedRow | undefined => {
  const area = r.area();
  const groep = r.groep('groep', false);
  const occupation = r.get('occupation') || (groep ? (ctx.groepen?.get(groep) ?? `BRC ${groep}`) : '');
  if (!groep && !occupation) r.problem('groep', 'give a BRC beroepsgroep code, an occupation name, or both');
  const statusText = r.get('status').toLowerCase() || 'kansrijk';
  const status = STATUSES.find((s) => s === statusText);
  if (!status) r.problem('status', `"${r.get('status')}" is not one of: ${STATUSES.join(', ')}`);
  const reason = r.required('reason');
  const p = r.period();
  const source = r.source();
  if (!area || !status || !reason || !p || !source || !occupation) return undefined;
  return {
    area: area as CuratedRow['area'],
    occupation,
    ...(groep ? { groep } : {}),
    status,
    reason,
    period: p,
    sourceTitle: r.get('source'),
    sourceUrl: r.get('source_url'),
    completeness: r.get('completeness') || 'niet opgegeven door de aanleverder',
  };
};

export const BUILTIN_ROW_TYPES: Record<string, RowTypeHandler> = {
  indicator: indicatorRowType,
  kansberoep: kansberoepRowType,
};
