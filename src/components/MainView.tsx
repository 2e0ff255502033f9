import { useEffect, useMemo } from 'react';
import { useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { webglAvailable } from '../map/MapView';
import { MapPane } from './MapPane';
import { TableView } from './TableView';
import { RouteView } from './RouteView';
import { CompareView } from './CompareView';
import { markFirstScreenDrawn } from '../data/firstScreen';

/** The main area: one of the equivalent views of the current selection. Without WebGL the map view is the table. */
export function MainView() {
  const t = useT();
  const status = useStore((s) => s.data.state);
  const mode = useStore((s) => s.view.mode);
  const hasWebgl = useMemo(() => webglAvailable(), []);
  // without a map on screen the first screen is drawn once this view is (the map says so itself: MapView)
  const mapShown = status === 'ready' && mode === 'map' && hasWebgl;
  useEffect(() => {
    if (status !== 'loading' && !mapShown) markFirstScreenDrawn();
  }, [status, mapShown]);
  if (status === 'loading') return <div className="map-skeleton" aria-busy="true" aria-label={t('app.loading')} />;
  if (status !== 'ready') return null;
  switch (mode) {
    case 'table':
      return <TableView />;
    case 'route':
      return <RouteView />;
    case 'compare':
      return <CompareView />;
    default:
      return hasWebgl ? <MapPane /> : <TableView noWebgl />;
  }
}
