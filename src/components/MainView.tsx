import { useEffect, useMemo } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { webglAvailable } from '../map/MapView';
import { MapPane } from './MapPane';
import { Deferred, lazyNamed } from './Deferred';
import { markFirstScreenDrawn } from '../data/firstScreen';

const TableView = lazyNamed(() => import('./TableView'), 'TableView');
const RouteView = lazyNamed(() => import('./RouteView'), 'RouteView');
const CompareView = lazyNamed(() => import('./CompareView'), 'CompareView');

/** The main area: one of the equivalent views of the current selection. Without WebGL the map view is the table. */
export function MainView() {
  const t = useT();
  const status = useStore((s) => s.data.state);
  const mode = useStore((s) => s.view.mode);
  // the region outlines arrive before the rest of the data: the map starts drawing them while the rest loads
  const outlines = useStore((s) => s.data.state === 'loading' && s.data.regions !== undefined);
  const hasWebgl = useMemo(() => webglAvailable(), []);
  // without a map on screen the first screen is drawn once this view is (the map says so itself: MapView)
  const mapShown = (status === 'ready' || outlines) && mode === 'map' && hasWebgl;
  useEffect(() => {
    if (status !== 'loading' && !mapShown) markFirstScreenDrawn();
  }, [status, mapShown]);
  // the same element while loading and when ready, so the map is not made twice
  if (mapShown) return <MapPane />;
  if (status === 'loading') return <div className="map-skeleton" aria-busy="true" aria-label={t('app.loading')} />;
  if (status !== 'ready') return null;
  return <Deferred>{mode === 'route' ? <RouteView /> : mode === 'compare' ? <CompareView /> : <TableView noWebgl={mode === 'map'} />}</Deferred>;
}
