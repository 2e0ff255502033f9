import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

export interface Column<T> {
  id: string;
  header: string;
  /** sort key; null sorts last */
  sortValue(row: T): string | number | null;
  render(row: T): ReactNode;
  numeric?: boolean;
}

/**
 * An accessible table: sortable by every column (buttons in the headers, aria-sort), Arrow Up/Down moves
 * between rows' first controls, long tables grow page by page.
 */
export function SortableTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  initialSort?: { column: string; descending: boolean };
  pageSize?: number;
  testId?: string;
}) {
  const t = useT();
  const [sort, setSort] = useState(props.initialSort ?? { column: props.columns[0]!.id, descending: false });
  const [limit, setLimit] = useState(props.pageSize ?? 100);
  const col = props.columns.find((c) => c.id === sort.column) ?? props.columns[0]!;
  const sorted = [...props.rows].sort((a, b) => {
    const x = col.sortValue(a);
    const y = col.sortValue(b);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
    return sort.descending ? -c : c;
  });
  const shown = sorted.slice(0, limit);
  const onKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const cell = (e.target as HTMLElement).closest('td, th');
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return;
    const next = (e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLTableRowElement | null;
    const target = next?.cells[(cell as HTMLTableCellElement).cellIndex]?.querySelector<HTMLElement>('button, a');
    if (target) {
      e.preventDefault();
      target.focus();
    }
  };
  return (
    <div className="table-scroll" data-testid={props.testId}>
      <table className="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const active = c.id === sort.column;
              return (
                <th key={c.id} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={c.numeric ? 'num' : undefined}>
                  <button type="button" onClick={() => setSort({ column: c.id, descending: active ? !sort.descending : c.numeric === true })}>
                    {c.header}
                    <span aria-hidden="true" className="sort-mark">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKey}>
          {shown.map((r) => (
            <tr key={props.rowKey(r)}>
              {props.columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.id} scope="row">
                    {c.render(r)}
                  </th>
                ) : (
                  <td key={c.id} className={c.numeric ? 'num' : undefined}>
                    {c.render(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length ? (
        <button type="button" className="more" onClick={() => setLimit(limit + (props.pageSize ?? 100))}>
          {t('table.more', { n: sorted.length - shown.length })}
        </button>
      ) : null}
    </div>
  );
}
