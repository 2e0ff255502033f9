/**
 * Embed mode (`?embed=1`): the map and its legend only, for a region's own website, with a link back to the
 * full view of the same selection (opens in a new tab: the embedding page stays).
 */
import { useStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import { useT } from '../i18n/useT';
import { MapPane } from './MapPane';
import { DataErrors } from './DataErrors';

export function fullViewLink(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('embed');
  return url.toString().replace(/%2C/g, ',');
}

export function EmbedView() {
  const t = useT();
  const status = useStore((s) => s.data.state);
  // re-render when the view changes, so the link back carries the current selection
  useStore((s) => s.filters);
  useStore((s) => s.selection);
  return (
    <div className="embed">
      <DataErrors />
      <main className="embed-map" aria-label={t('map.label')}>
        {status === 'ready' ? <MapPane /> : <div className="map-skeleton" aria-busy="true" aria-label={t('app.loading')} />}
      </main>
      <p className="embed-footer">
        <a href={fullViewLink(currentLink())} target="_blank" rel="noopener">
          {t('embed.fullView')}
        </a>
        <span className="muted"> · {t('app.name')}</span>
      </p>
    </div>
  );
}
