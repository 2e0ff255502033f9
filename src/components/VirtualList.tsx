import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A list that renders only the rows in view (fixed row height), so thousands of offers stay fast.
 * Short lists (≤ `threshold` rows) render completely, so every row is in the tab order; long ones keep
 * aria-setsize/aria-posinset so a screen reader knows the full length. The table view is the complete,
 * unvirtualised alternative.
 */
export function VirtualList(props: {
  count: number;
  rowHeight: number;
  label: string;
  renderRow(index: number): ReactNode;
  rowKey(index: number): string;
  threshold?: number;
  className?: string;
}) {
  const { count, rowHeight } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const virtual = count > (props.threshold ?? 80);

  useEffect(() => {
    const el = ref.current;
    if (!el || !virtual || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, [virtual]);

  const overscan = 6;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / rowHeight) - overscan) : 0;
  const last = virtual ? Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan) : count;
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <li
        key={props.rowKey(i)}
        aria-setsize={count}
        aria-posinset={i + 1}
        style={virtual ? { position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight } : { minHeight: rowHeight }}
      >
        {props.renderRow(i)}
      </li>,
    );
  }
  return (
    <div ref={ref} className={`vlist ${props.className ?? ''}`} onScroll={virtual ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}>
      <ul aria-label={props.label} style={virtual ? { position: 'relative', height: count * rowHeight, margin: 0 } : undefined}>
        {rows}
      </ul>
    </div>
  );
}
