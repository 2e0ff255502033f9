import { useEffect } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { mapBeforeOutlines } from '../bootstrap';
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
  // The map is made at once, before any data (its worker is ready by the time the region outlines are validated,
  // which it draws while the rest of the data loads); only an edition's first view waits for the outlines, as its
  // camera is their area.
  const outlines = useStore((s) => s.data.state === 'loading' && s.data.regions !== undefined);
  const noWebgl = useStore((s) => s.ui.mapUnavailable);
  // without a map on screen the first screen is drawn once this view is (the map says so itself: MapView)
  const mapShown = (status === 'ready' || (status === 'loading' && (outlines || mapBeforeOutlines()))) && mode === 'map' && !noWebgl;
  useEffect(() => {
    if (status !== 'loading' && !mapShown) markFirstScreenDrawn();
  }, [status, mapShown]);
  // the same element while loading and when ready, so the map is not made twice
  if (mapShown) return <MapPane />;
  if (status === 'loading') return <div className="map-skeleton" aria-busy="true" aria-label={t('app.loading')} />;
  if (status !== 'ready') return null;
  return <Deferred>{mode === 'route' ? <RouteView /> : mode === 'compare' ? <CompareView /> : <TableView noWebgl={mode === 'map' && noWebgl} />}</Deferred>;
}
