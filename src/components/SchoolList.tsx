import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { SchoolSelection } from '../model/schoolLocations';
import { VirtualList } from './VirtualList';
import { SourceLine } from './SourceLine';
import { useSchools } from './useModel';

/** Why the school list is empty, in words: the filter that emptied it. */
export function SchoolsEmpty({ sel }: { sel: SchoolSelection }) {
  const t = useT();
  if (sel.hiddenBy === 'kind') return <p>{t('schools.hidden.kind')}</p>;
  if (sel.hiddenBy === 'level') return <p>{t('schools.hidden.level')}</p>;
  return <p>{t('schools.none', { filter: t('schools.none.region') })}</p>;
}

/**
 * The mbo school locations matching the filters, as a list beside the map (the ring layer's equivalent):
 * provider and location, opening the location's card.
 */
export function SchoolList(props: { label: string }) {
  const t = useT();
  const ds = useDataset();
  const sel = useSchools();
  const selected = useStore((s) => s.selection.school);
  const { selectSchool } = useActions();
  const rows = ds?.files['school-locations']?.rows;
  if (!rows || !sel) return <p className="muted">{t('schools.loading')}</p>;
  const source = ds.manifest.sources.find((s) => s.id === rows[0]?.source);
  const renderRow = (i: number) => {
    const r = rows[sel.ids[i]!]!;
    return (
      <div className={`offer-row school-row${selected === r.id ? ' is-selected' : ''}`}>
        <span className="school-ring" aria-hidden="true" />
        <button type="button" className="offer-title" onClick={() => selectSchool(r.id)}>
          {r.provider} · {r.name}
        </button>
        <span className="offer-meta">
          {r.place ? `${r.place} · ` : ''}
          {t('schools.rowUnknown')}
        </span>
      </div>
    );
  };
  return (
    <div className="offer-list">
      <p className="muted small">{t('schools.notFiltered')}</p>
      {sel.ids.length === 0 ? (
        <SchoolsEmpty sel={sel} />
      ) : (
        <VirtualList count={sel.ids.length} rowHeight={54} label={props.label} rowKey={(i) => rows[sel.ids[i]!]!.id} renderRow={renderRow} />
      )}
      {source ? <SourceLine sources={[source.id]} period={source.period} /> : null}
    </div>
  );
}
