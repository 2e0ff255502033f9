import { useState } from 'react';
import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { FilterPanel } from './FilterPanel';
import { PlaceSearch } from './PlaceSearch';
import { KansberoepenList } from './OccupationList';
import { OffersPanel } from './OffersPanel';
import { useFacets, useOccupationList, useRegionName } from './useModel';

type Tab = 'occupations' | 'offers';

/** The left panel: selected region, facet filters, then the kansberoepen and offers lists. */
export function SidePanel() {
  const t = useT();
  const region = useStore((s) => s.filters.region);
  const name = useRegionName(region);
  const { showRegionCard, setRegion } = useActions();
  const facets = useFacets();
  const list = useOccupationList();
  const [tab, setTab] = useState<Tab>('occupations');
  const tabs: { id: Tab; label: string; n: number | undefined }[] = [
    { id: 'occupations', label: t('lists.occupations'), n: list?.rows.filter((r) => r.kansberoep).length },
    { id: 'offers', label: t('lists.offers'), n: facets?.offerIds.length },
  ];
  return (
    <aside className="side-panel" aria-label={t('panel.filters')}>
      {/* filters scroll on their own, so the list below keeps its space on a 720-pixel projector */}
      <div className="panel-top">
      <PlaceSearch />
      <div className="selected-region">
        <span className="muted">{t('region.selected')}: </span>
        <strong data-testid="selected-region">{name ?? t('region.all')}</strong>
        {region ? (
          <span className="region-actions">
            <button type="button" className="link-button" onClick={() => showRegionCard(true)}>
              {t('region.open')}
            </button>
            <button type="button" className="link-button" onClick={() => setRegion(null)}>
              {t('map.clearRegion')}
            </button>
          </span>
        ) : null}
      </div>
      <FilterPanel />
      </div>
      <div className="list-tabs" role="tablist" aria-label={t('lists.occupations')}>
        {tabs.map((x) => (
          <button key={x.id} id={`tab-${x.id}`} type="button" role="tab" aria-selected={tab === x.id} aria-controls={`tabpanel-${x.id}`} onClick={() => setTab(x.id)}>
            {x.label} {x.n !== undefined ? <span className="tab-count">{x.n}</span> : null}
          </button>
        ))}
      </div>
      <div id={`tabpanel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="list-panel">
        {tab === 'occupations' ? list ? <KansberoepenList list={list} label={t('lists.occupations')} /> : null : <OffersPanel />}
      </div>
    </aside>
  );
}
