import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import type { OfferRow } from '../data/schemas';
import { OFFER_KIND_COLOURS } from '../model/colour';
import { VirtualList } from './VirtualList';
import { SourceLine } from './SourceLine';
import { useFacets } from './useModel';
import { ExampleMark } from './ExampleMark';

/** A list of training offers (data as props, reusable); virtualised for long lists. */
export function OfferListView(props: { offers: readonly OfferRow[]; selected: string | null; onOpen(id: string): void; label: string }) {
  const t = useT();
  const rows = props.offers;
  const sources = [...new Set(rows.slice(0, 200).map((o) => o.source))];
  const renderRow = (i: number) => {
    const o = rows[i]!;
    return (
      <div className={`offer-row${props.selected === o.id ? ' is-selected' : ''}`}>
        <span className="kind-dot" style={{ background: OFFER_KIND_COLOURS[o.kind] }} aria-hidden="true" />
        <button type="button" className="offer-title" onClick={() => props.onOpen(o.id)}>
          {o.title}
        </button>
        <span className="offer-meta">
          {o.example ? <ExampleMark period={o.period} /> : null}
          {t(`kind.${o.kind}` as MessageKey)}
          {o.level && o.level !== o.kind ? ` · ${t(`level.${o.level}` as MessageKey)}` : ''} · {o.provider}
          {o.location.place ? ` · ${o.location.place}` : ''}
        </span>
      </div>
    );
  };
  return (
    <div className="offer-list">
      {rows.length === 0 ? <p>{t('lists.noOffers')}</p> : <VirtualList count={rows.length} rowHeight={54} label={props.label} rowKey={(i) => rows[i]!.id} renderRow={renderRow} />}
      <SourceLine sources={sources} />
    </div>
  );
}

/** The offers matching the filters, wired to the store. */
export function MatchingOffers(props: { label: string }) {
  const t = useT();
  const ds = useDataset();
  const facets = useFacets();
  const selected = useStore((s) => s.selection.offer);
  const { selectOffer } = useActions();
  const all = ds?.files.offers?.rows;
  if (!all || !facets) return <p className="muted">{t('lists.offersLoading')}</p>;
  const rows = Array.from(facets.offerIds, (id) => all[id]!);
  return <OfferListView offers={rows} selected={selected} onOpen={selectOffer} label={props.label} />;
}
