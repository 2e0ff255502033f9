import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import type { FacetId } from '../model/facets';
import type { Filters } from '../state/types';
import { useFacets } from './useModel';
import { mboProgrammeData } from '../model/coverage';

/** What dropping one facet means for the filters. */
export const UNDO: Record<FacetId, Partial<Filters>> = {
  sector: { sectors: [] },
  region: { region: null },
  level: { levels: [] },
  leerweg: { leerwegen: [] },
  kind: { offerKinds: [] },
  onlyKansberoepen: { onlyKansberoepen: false },
  near: { near: null },
};

/** One line saying what is filtered and how much is left; when nothing is left, which filter to undo. */
export function FilterSummary() {
  const t = useT();
  const ds = useDataset();
  const facets = useFacets();
  const f = useStore((s) => s.filters);
  const { patchFilters } = useActions();
  if (!ds || !facets) return null;
  const klassen = ds.files.occupations?.klassen ?? [];
  const parts = [
    f.region ? (ds.index.regions.get(f.region)?.name ?? f.region) : null,
    f.near ? `${f.near.radiusKm} km · ${f.near.label}` : null,
    ...klassen.filter((k) => f.sectors.includes(k.code)).map((k) => k.short),
    ...f.levels.map((l) => t(`level.${l}` as MessageKey)),
    ...f.leerwegen.map((l) => l),
    ...f.offerKinds.map((k) => t(`kind.${k}` as MessageKey)),
    f.onlyKansberoepen ? t('filters.onlyKansberoepen').toLowerCase() : null,
  ].filter(Boolean);
  const counts = t('filters.summary', { occupations: facets.groepen.length, kansberoepen: facets.kansberoepen, offers: facets.offerIds.length });
  const noGroups = facets.groepen.length === 0;
  const noOffers = ds.index.offers !== undefined && facets.offerIds.length === 0;
  const wantsMbo = f.levels.some((l) => l.startsWith('mbo')) || f.offerKinds.includes('mbo') || f.leerwegen.length > 0;
  const noMboData = mboProgrammeData(ds) === 'absent';
  return (
    <div className="filter-summary">
      <p aria-live="polite" data-testid="filter-summary">
        {parts.length === 0 ? t('filters.summary.none') : <><strong>{parts.join(' · ')}</strong>: {counts}</>}
      </p>
      {wantsMbo && noMboData ? <p className="muted small">{t('filters.noMboData')}</p> : null}
      {(noGroups || noOffers) && parts.length > 0 ? (
        <div className="empty-note">
          <p>{noGroups ? t('filters.empty') : t('filters.empty.offers')}</p>
          {facets.relax.map((r) => (
            <button key={r.facet} type="button" onClick={() => patchFilters(UNDO[r.facet])}>
              {t('filters.empty.undo', { facet: t(`facet.${r.facet}` as MessageKey), occupations: r.occupations, offers: r.offers })}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
