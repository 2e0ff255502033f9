import { useEffect, useMemo, useState } from 'react';
import './route/route.css';
import { useDataset, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { DEFAULT_RADIUS_KM } from '../state/types';
import type { DatasetId } from '../data/schemas';
import { MapPane } from './MapPane';
import { OccupationPicker } from './route/OccupationPicker';
import { HomePicker } from './route/HomePicker';
import { LevelSelect, RadiusSlider } from './route/PersonFields';
import { NearbyList } from './route/NearbyList';
import { RelatedList, useNames } from './route/RelatedList';
import { LadderView } from './route/LadderView';
import { RouteActions, PrintHeader, PrintFooter } from './route/RoutePrint';
import { useRouteModel } from './route/useRouteModel';
import { prospectRuleFor } from './route/useProspectRule';
import { joinList } from './route/reasons';
import { wantLazyFiles } from '../data/lazy';
import { useStillLoading } from './useStillLoading';

const LAZY: readonly DatasetId[] = ['occupation-titles', 'places', 'offers', 'school-locations', 'qualifications'];
const TITLES: readonly DatasetId[] = ['occupation-titles'];

/**
 * The regional mobility team's tool: current occupation + home → what lies within reach (across region borders),
 * related kansberoepen with reasons, and a ladder of small steps with concrete offers.
 */
export function RouteView() {
  const t = useT();
  const ds = useDataset();
  useEffect(() => wantLazyFiles(LAZY), []);
  const loading = useStillLoading(LAZY);
  const titlesLoading = useStillLoading(TITLES);
  const route = useStore((s) => s.route);
  const near = useStore((s) => s.filters.near);
  const names = useNames();
  const [pendingRadius, setPendingRadius] = useState(DEFAULT_RADIUS_KM);
  const rule = useMemo(() => prospectRuleFor(ds), [ds]);
  const noWebgl = useStore((s) => s.ui.mapUnavailable);
  const m = useRouteModel(ds, route, near, rule);
  const radiusKm = near?.radiusKm ?? pendingRadius;
  const target = route.to ? ds?.index.groepen.get(route.to) : undefined;
  const hasSupply = Boolean(ds?.manifest.files.some((f) => f.id === 'offers' || f.id === 'school-locations'));

  return (
    <section className="route-view" aria-labelledby="route-title">
      <div className="route-panel">
        <PrintHeader person={m.person} />
        <h2 id="route-title" className="no-print">
          {t('route.title')}
        </h2>
        <p className="muted no-print">{t('route.intro')}</p>
        <div className="route-form no-print" role="group" aria-label={t('route.form')}>
          <OccupationPicker index={m.titleIndex} loading={titlesLoading} />
          <LevelSelect assumed={m.assumed} />
          <HomePicker radiusKm={radiusKm} />
          <RadiusSlider pending={pendingRadius} setPending={setPendingRadius} />
        </div>
        {!near ? <p className="route-message">{t('route.noHome')}</p> : null}
        {near && m.touched.length > 0 ? (
          <p className="muted" data-testid="route-touched">
            {t('route.touched', { regions: joinList(t, m.touched.map(names.region)) })}
          </p>
        ) : null}
        {near ? <RelatedList suggestions={m.related} state={m.relatedState} /> : null}
        {near ? <LadderView steps={m.ladder} targetName={target?.name ?? null} radiusKm={radiusKm} /> : null}
        {near && hasSupply ? (
          loading && m.places.length === 0 ? (
            <p className="muted">{t('route.nearby.loading')}</p>
          ) : (
            <NearbyList places={m.places} radiusKm={radiusKm} nearest={m.nearestPlace} />
          )
        ) : null}
        {near && !hasSupply ? <p className="route-message">{t('route.nearby.noFiles')}</p> : null}
        {near ? <p className="muted small">{t('route.kmNote')}</p> : null}
        <RouteActions />
        <PrintFooter />
      </div>
      <div className="route-map no-print" aria-label={t('route.map')} role="group">
        {/* without WebGL the route still works: the list beside it names every place with region and km */}
        {!noWebgl ? <MapPane overlay={m.overlay} route /> : <p className="no-webgl">{t('route.noWebgl')}</p>}
      </div>
    </section>
  );
}
