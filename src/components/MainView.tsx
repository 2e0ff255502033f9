import { useStore } from '../state/store';
import { useT } from '../i18n/useT';
import { MapPane } from './MapPane';
import { TableView } from './TableView';
import { RouteView } from './RouteView';
import { CompareView } from './CompareView';

/** The main area: one of the equivalent views of the current selection. */
export function MainView() {
  const t = useT();
  const status = useStore((s) => s.data.state);
  const mode = useStore((s) => s.view.mode);
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
      return <MapPane />;
  }
}
