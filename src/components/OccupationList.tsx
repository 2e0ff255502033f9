import { useState } from 'react';
import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { formatNumber, type MessageKey } from '../i18n';
import { sortOccupations, type OccupationList as ListModel, type OccupationRow, type OccupationSort } from '../model/occupationList';
import { RULE_AVAILABLE } from '../model/kansberoepAdapter';
import { TensionBadge } from './TensionBadge';
import { VirtualList } from './VirtualList';
import { SourceLine } from './SourceLine';

const SORTS: OccupationSort[] = ['tension', 'size', 'offers', 'name'];

/**
 * The kansberoepen list: tension badge, a size bar on one scale for all groups (small looks small), and the
 * number of matching offers. Takes its data as props so other views (compare, presentation) can reuse it.
 */
export function OccupationListView(props: {
  list: ListModel;
  selected: string | null;
  onOpen(groep: string): void;
  /** heading id for aria-labelledby of the surrounding region */
  label: string;
}) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const [sort, setSort] = useState<OccupationSort>('tension');
  const rows = sortOccupations(props.list.rows, sort);
  const { sizeMax, sizeIndicator } = props.list;
  const sources = new Set<string>();
  const periods = new Set<string>();
  let derived: string | undefined;
  for (const r of rows) for (const f of [r.tension, r.size]) if (f) (sources.add(f.source), periods.add(f.period), (derived ??= f.derived));
  const renderRow = (i: number) => {
    const r = rows[i] as OccupationRow;
    const pct = r.size?.value != null && sizeMax > 0 ? Math.max(0.5, (100 * r.size.value) / sizeMax) : 0;
    return (
      <div className={`occ-row${r.kansberoep ? ' is-kb' : ''}${props.selected === r.groep ? ' is-selected' : ''}`}>
        <button type="button" className="occ-name" onClick={() => props.onOpen(r.groep)} aria-current={props.selected === r.groep || undefined}>
          {r.name}
          {r.kansberoep ? <span className="sr-only"> ({t('lists.kansberoep')})</span> : null}
        </button>
        <TensionBadge cls={r.tension?.tensionClass ?? null} landelijk={r.tension?.landelijk} />
        <div className="size" aria-hidden={r.size?.value == null}>
          <span className="size-bar" style={{ width: `${pct}%` }} />
          <span className="size-value">{r.size?.value != null ? formatNumber(lang, r.size.value, 0) : '–'}</span>
        </div>
        <span className="occ-offers" title={t('lists.offersNearbyLong', { n: r.offers })}>
          <span aria-hidden="true">{t('lists.offersNearby', { n: r.offers })}</span>
          <span className="sr-only">{t('lists.offersNearbyLong', { n: r.offers })}</span>
        </span>
      </div>
    );
  };
  return (
    <div className="occ-list">
      <div className="sort-bar" role="group" aria-label={t('lists.sortBy')}>
        <span className="muted">{t('lists.sortBy')}:</span>
        {SORTS.map((s) => (
          <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
            {t(`lists.sort.${s}` as MessageKey)}
          </button>
        ))}
      </div>
      {sizeIndicator ? <p className="muted small">{t(`lists.size.${sizeIndicator === 'employment' ? 'employment' : 'jobOpenings'}`)}</p> : null}
      {rows.length === 0 ? <p>{t('lists.none')}</p> : <VirtualList count={rows.length} rowHeight={58} label={props.label} rowKey={(i) => rows[i]!.groep} renderRow={renderRow} />}
      <SourceLine sources={[...sources]} period={[...periods].sort().join(', ')} derived={derived} />
    </div>
  );
}

/** The list wired to the store. */
export function KansberoepenList(props: { list: ListModel; label: string }) {
  const t = useT();
  const selected = useStore((s) => s.selection.occupation);
  const { selectOccupation } = useActions();
  return (
    <>
      {RULE_AVAILABLE ? null : <p className="muted small">{t('lists.ruleMissing')}</p>}
      <OccupationListView list={props.list} selected={selected} onOpen={selectOccupation} label={props.label} />
    </>
  );
}
