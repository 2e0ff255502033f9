import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import type { OptionCount } from '../model/facets';
import type { Leerweg, Level, OfferKind } from '../data/schemas';
import { useFacets } from './useModel';
import { FilterSummary } from './FilterSummary';

/**
 * Facet filters with counts next to every option (what choosing it would give while the other filters stay),
 * a reset, and a one-line summary. Counts come from computeFacets (src/model/facets.ts).
 */
export function FilterPanel() {
  const t = useT();
  const ds = useDataset();
  const facets = useFacets();
  const filters = useStore((s) => s.filters);
  const a = useActions();
  if (!ds || !facets) return null;
  const klassen = ds.files.occupations?.klassen ?? [];
  const regions = ds.index.regions;
  const byValue = (xs: OptionCount[]) => new Map(xs.map((x) => [x.value, x]));
  const sector = byValue(facets.counts.sector);
  const amr = facets.counts.region.filter((r) => r.value.startsWith('AM'));
  const pv = facets.counts.region.filter((r) => r.value.startsWith('PV'));
  const byName = (x: OptionCount, y: OptionCount) => (regions.get(x.value)?.name ?? x.value).localeCompare(regions.get(y.value)?.name ?? y.value, 'nl');
  const regionText = (o: OptionCount) => `${regions.get(o.value)?.name ?? o.value} (${o.occupations ?? 0} · ${o.offers})`;
  const active =
    filters.sectors.length + filters.levels.length + filters.leerwegen.length + filters.offerKinds.length > 0 ||
    filters.region !== null ||
    filters.onlyKansberoepen ||
    filters.near !== null;
  const chosenSectors = klassen.filter((k) => filters.sectors.includes(k.code)).map((k) => k.short);

  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <span className="counts-hint muted">{t('filters.countsHint')}</span>
        <button type="button" className="link-button" onClick={a.resetFilters} disabled={!active}>
          {t('filters.reset')}
        </button>
      </div>
      <FilterSummary />

      <label className="field">
        <span className="field-label">{t('filters.region')}</span>
        <select value={filters.region ?? ''} onChange={(e) => a.setRegion(e.target.value || null)}>
          <option value="">{t('filters.region.all')}</option>
          <optgroup label={t('filters.region.amr')}>
            {[...amr].sort(byName).map((o) => (
              <option key={o.value} value={o.value}>
                {regionText(o)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('filters.region.pv')}>
            {[...pv].sort(byName).map((o) => (
              <option key={o.value} value={o.value}>
                {regionText(o)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>

      <details className="facet">
        <summary>
          <span className="field-label">{t('filters.sector')}</span>
          <span className="facet-choice">{chosenSectors.length ? chosenSectors.join(', ') : t('filters.any')}</span>
        </summary>
        <fieldset className="facet-list">
          <legend className="sr-only">{t('filters.sector')}</legend>
          {klassen.map((k) => (
            <Check key={k.code} label={k.short} title={k.name} checked={filters.sectors.includes(k.code)} count={sector.get(k.code)} onChange={() => a.toggleSector(k.code)} />
          ))}
        </fieldset>
      </details>

      <Chips legend={t('filters.level')}>
        {facets.counts.level.map((o) => (
          <Check key={o.value} chip label={t(`level.${o.value}` as MessageKey)} checked={filters.levels.includes(o.value as Level)} count={o} onChange={() => a.toggleLevel(o.value as Level)} />
        ))}
      </Chips>
      <details className="facet">
        <summary>
          <span className="field-label">{t('filters.offerFilters')}</span>
          <span className="facet-choice">{[...filters.leerwegen, ...filters.offerKinds.map((k) => t(`kind.${k}` as MessageKey))].join(', ') || t('filters.any')}</span>
        </summary>
        <div className="facet-inner">
      <Chips legend={t('filters.leerweg')}>
        {facets.counts.leerweg.map((o) => (
          <Check key={o.value} chip label={t(`leerweg.${o.value}` as MessageKey)} checked={filters.leerwegen.includes(o.value as Leerweg)} count={o} onChange={() => a.toggleLeerweg(o.value as Leerweg)} />
        ))}
      </Chips>
      <Chips legend={t('filters.kind')}>
        {facets.counts.kind.map((o) => (
          <Check key={o.value} chip label={t(`kind.${o.value}` as MessageKey)} checked={filters.offerKinds.includes(o.value as OfferKind)} count={o} onChange={() => a.toggleOfferKind(o.value as OfferKind)} />
        ))}
      </Chips>
      {ds.manifest.files.some((f) => f.id === 'school-locations') ? <p className="muted small facet-note">{t('schools.facetHint')}</p> : null}
        </div>
      </details>
      <div className="facet-switch">
        <Check label={t('filters.onlyKansberoepen')} checked={filters.onlyKansberoepen} count={facets.counts.onlyKansberoepen} onChange={() => a.setOnlyKansberoepen(!filters.onlyKansberoepen)} />
      </div>
    </section>
  );
}

function Chips(props: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="chips">
      <legend className="field-label">{props.legend}</legend>
      <div className="chip-row">{props.children}</div>
    </fieldset>
  );
}

/** A checkbox with its counts: visible as "12 · 340", read out in words. */
function Check(props: { label: string; title?: string; checked: boolean; count?: OptionCount; chip?: boolean; onChange(): void }) {
  const t = useT();
  const c = props.count;
  const zero = c !== undefined && c.offers === 0 && (c.occupations ?? 0) === 0;
  return (
    <label className={`check${props.chip ? ' chip' : ''}${props.checked ? ' is-checked' : ''}${zero ? ' is-zero' : ''}`} title={props.title}>
      <input type="checkbox" checked={props.checked} onChange={props.onChange} />
      <span className="check-label">{props.label}</span>
      {c ? (
        <>
          <span className="check-count" aria-hidden="true">
            {c.occupations === null ? c.offers : `${c.occupations} · ${c.offers}`}
          </span>
          <span className="sr-only">
            {c.occupations === null ? '' : `${t('filters.countOccupations', { n: c.occupations })}, `}
            {t('filters.countOffers', { n: c.offers })}
          </span>
        </>
      ) : null}
    </label>
  );
}
