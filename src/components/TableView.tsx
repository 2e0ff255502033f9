import { useState } from 'react';
import { useActions, useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { formatNumber, type MessageKey } from '../i18n';
import type { OfferRow, SchoolLocationRow } from '../data/schemas';
import type { OccupationRow } from '../model/occupationList';
import { useFacets, useMeasure, useOccupationList, useSchools } from './useModel';
import { SchoolsEmpty } from './SchoolList';
import { schoolAddress } from '../model/schoolLocations';
import { ExampleMark } from './ExampleMark';
import { SortableTable, type Column } from './SortableTable';
import { SourceLine } from './SourceLine';
import { TensionBadge } from './TensionBadge';
import { Legend } from './Legend';
import { CardHost } from './cards/CardHost';
import { formatChange, formatClass, formatValue } from './format';

type Tab = 'regions' | 'occupations' | 'offers' | 'schools';

interface RegionRow {
  code: string;
  name: string;
  value: number | null;
  classLabel: string;
  classIndex: number | null;
  landelijk: boolean;
  kansberoepen: number | null;
  offers: number;
  change: number | null;
}

/** The map's equivalent as tables: regions by the chosen measure, occupations, offers. Also the no-WebGL fallback. */
export function TableView(props: { noWebgl?: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const ds = useDataset();
  const facets = useFacets();
  const measure = useMeasure();
  const list = useOccupationList();
  const schoolSel = useSchools();
  const a = useActions();
  const [tab, setTab] = useState<Tab>('regions');
  if (!ds || !facets || !measure || !list) return null;
  const c = measure.classification;
  const byRegion = new Map(facets.counts.region.map((r) => [r.value, r]));
  const regionRows: RegionRow[] = [...measure.values].map(([code, v]) => {
    const ci = c.classOf.get(code);
    const entry = ci === undefined ? undefined : c.entries[ci];
    return {
      code,
      name: ds.index.regions.get(code)?.name ?? code,
      value: v.value,
      classIndex: ci ?? null,
      classLabel: entry ? (entry.tension ? t(`tension.${entry.tension}` as MessageKey) : formatClass(lang, measure.unit, entry, ci === c.entries.length - 1)) : t('legend.noData'),
      landelijk: v.landelijk ?? false,
      kansberoepen: byRegion.get(code)?.occupations ?? null,
      offers: byRegion.get(code)?.offers ?? 0,
      change: v.trend?.previous ? v.trend.latest[1] - v.trend.previous[1] : null,
    };
  });
  const regionCols: Column<RegionRow>[] = [
    {
      id: 'name',
      header: t('filters.region'),
      sortValue: (r) => r.name,
      render: (r) => (
        <button type="button" className="link-button" onClick={() => (a.setRegion(r.code), a.showRegionCard(true))}>
          {r.name}
        </button>
      ),
    },
    { id: 'value', header: t(`measure.${measure.measure}` as MessageKey), numeric: true, sortValue: (r) => r.value, render: (r) => <>{formatValue(lang, measure.unit, r.value)}{r.landelijk ? ` (${t('landelijk')})` : ''}</> },
    { id: 'class', header: t('card.col.class'), sortValue: (r) => r.classIndex, render: (r) => r.classLabel },
    { id: 'change', header: t('region.col.trend'), numeric: true, sortValue: (r) => r.change, render: (r) => formatChange(lang, measure.unit, r.change) },
    { id: 'occ', header: t('table.occupations'), numeric: true, sortValue: (r) => r.kansberoepen, render: (r) => formatNumber(lang, r.kansberoepen ?? 0, 0) },
    { id: 'offers', header: t('lists.offers'), numeric: true, sortValue: (r) => r.offers, render: (r) => formatNumber(lang, r.offers, 0) },
  ];
  const occCols: Column<OccupationRow>[] = [
    { id: 'name', header: t('card.occupation'), sortValue: (r) => r.name, render: (r) => <button type="button" className="link-button" onClick={() => a.selectOccupation(r.groep)}>{r.name}</button> },
    { id: 'kb', header: t('lists.kansberoep'), sortValue: (r) => (r.kansberoep ? 1 : 0), render: (r) => (r.kansberoep ? t('table.yes') : t('table.no')) },
    { id: 'tension', header: t('lists.sort.tension'), numeric: true, sortValue: (r) => r.tension?.value ?? null, render: (r) => <>{r.tension?.value != null ? formatNumber(lang, r.tension.value, 2) : ''} <TensionBadge cls={r.tension?.tensionClass ?? null} landelijk={r.tension?.landelijk} /></> },
    { id: 'size', header: t(list.sizeIndicator === 'employment' ? 'ind.employment' : 'ind.jobOpenings'), numeric: true, sortValue: (r) => r.size?.value ?? null, render: (r) => (r.size?.value != null ? formatNumber(lang, r.size.value, 0) : '–') },
    { id: 'offers', header: t('lists.offers'), numeric: true, sortValue: (r) => r.offers, render: (r) => formatNumber(lang, r.offers, 0) },
  ];
  const offers = ds.files.offers ? Array.from(facets.offerIds, (i) => ds.files.offers!.rows[i]!) : [];
  const offerCols: Column<OfferRow>[] = [
    { id: 'title', header: t('offer.card'), sortValue: (o) => o.title, render: (o) => <><button type="button" className="link-button" onClick={() => a.selectOffer(o.id)}>{o.title}</button>{o.example ? <> <ExampleMark period={o.period} /></> : null}</> },
    { id: 'provider', header: t('offer.provider'), sortValue: (o) => o.provider, render: (o) => o.provider },
    { id: 'place', header: t('offer.location'), sortValue: (o) => o.location.place ?? null, render: (o) => o.location.place ?? '–' },
    { id: 'region', header: t('filters.region'), sortValue: (o) => ds.index.regions.get(o.arbeidsmarktregio)?.name ?? o.arbeidsmarktregio, render: (o) => ds.index.regions.get(o.arbeidsmarktregio)?.name ?? o.arbeidsmarktregio },
    { id: 'kind', header: t('filters.kind'), sortValue: (o) => o.kind, render: (o) => t(`kind.${o.kind}` as MessageKey) },
    { id: 'level', header: t('filters.level'), sortValue: (o) => o.level ?? null, render: (o) => (o.level ? t(`level.${o.level}` as MessageKey) : '–') },
  ];
  const schoolRows = ds.files['school-locations']?.rows ?? [];
  const schools = schoolSel ? schoolSel.ids.map((i) => schoolRows[i]!) : [];
  const regionName = (code: string) => ds.index.regions.get(code)?.name ?? code;
  const schoolCols: Column<SchoolLocationRow>[] = [
    { id: 'provider', header: t('schools.col.provider'), sortValue: (r) => r.provider, render: (r) => <button type="button" className="link-button" onClick={() => a.selectSchool(r.id)}>{r.provider}</button> },
    { id: 'location', header: t('schools.col.location'), sortValue: (r) => r.name, render: (r) => r.name },
    { id: 'address', header: t('schools.address'), sortValue: (r) => schoolAddress(r), render: (r) => schoolAddress(r) || '–' },
    { id: 'region', header: t('schools.col.region'), sortValue: (r) => regionName(r.arbeidsmarktregio), render: (r) => regionName(r.arbeidsmarktregio) },
  ];
  const tabs: { id: Tab; label: string }[] = [
    { id: 'regions', label: t('table.regions') },
    { id: 'occupations', label: t('lists.occupations') },
    { id: 'offers', label: t('lists.offers') },
    ...(ds.manifest.files.some((f) => f.id === 'school-locations') ? [{ id: 'schools' as const, label: t('schools.tab') }] : []),
  ];
  return (
    <div className="table-view">
      <section className="table-main" aria-label={t('view.table')}>
        {props.noWebgl ? (
          <div className="no-webgl" role="note">
            <h2>{t('nowebgl.title')}</h2>
            <p>{t('nowebgl.text')}</p>
          </div>
        ) : null}
        <div className="list-tabs" role="tablist" aria-label={t('view.table')}>
          {tabs.map((x) => (
            <button key={x.id} id={`ttab-${x.id}`} type="button" role="tab" aria-selected={tab === x.id} aria-controls={`ttabpanel-${x.id}`} onClick={() => setTab(x.id)}>
              {x.label}
            </button>
          ))}
        </div>
        <div id={`ttabpanel-${tab}`} role="tabpanel" aria-labelledby={`ttab-${tab}`}>
          {tab === 'regions' ? (
            <>
              <SortableTable caption={t('table.regionsCaption', { measure: t(`measure.${measure.measure}` as MessageKey) })} columns={regionCols} rows={regionRows} rowKey={(r) => r.code} initialSort={{ column: 'value', descending: true }} testId="table-regions" />
              <SourceLine sources={measure.sources} period={measure.period} derived={measure.derived} />
            </>
          ) : tab === 'occupations' ? (
            <SortableTable caption={t('lists.occupations')} columns={occCols} rows={list.rows} rowKey={(r) => r.groep} initialSort={{ column: 'kb', descending: true }} testId="table-occupations" />
          ) : tab === 'offers' ? (
            <SortableTable caption={t('lists.offers')} columns={offerCols} rows={offers} rowKey={(o) => o.id} testId="table-offers" />
          ) : !schoolSel ? (
            <p className="muted">{t('schools.loading')}</p>
          ) : (
            <>
              <p className="muted small">{t('schools.tableNote')}</p>
              {schools.length ? (
                <SortableTable caption={t('schools.tableCaption')} columns={schoolCols} rows={schools} rowKey={(r) => r.id} testId="table-schools" />
              ) : (
                <SchoolsEmpty sel={schoolSel} />
              )}
            </>
          )}
        </div>
      </section>
      <aside className="table-side">
        <Legend />
      </aside>
      <CardHost />
    </div>
  );
}
