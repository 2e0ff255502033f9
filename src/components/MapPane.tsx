import { useMemo } from 'react';
import { useActions, useDataset, useStore } from '../state/store';
import { MapView, webglAvailable } from '../map/MapView';
import { setCamera } from '../state/urlSync';
import { getStartCamera } from '../bootstrap';
import { useT } from '../i18n/useT';
import type { RegionClasses } from '../map/style';

const NO_CLASSES: RegionClasses = { colours: new Map() };

/** Connects the store to MapView. Falls back to a message when WebGL is missing. */
export function MapPane() {
  const t = useT();
  const ds = useDataset();
  const selected = useStore((s) => s.filters.region);
  const { setRegion } = useActions();
  const hasWebgl = useMemo(() => webglAvailable(), []);
  if (!ds) return null;
  const amr = ds.files['regions-arbeidsmarktregio'];
  if (!hasWebgl) return <p className="no-webgl">{t('map.noWebgl')}</p>;
  if (!amr) return null;
  return (
    <MapView
      amr={amr}
      provincie={ds.files['regions-provincie']}
      gemeente={ds.files['regions-gemeente']}
      classes={NO_CLASSES}
      selected={selected}
      initialCamera={getStartCamera()}
      label={t('map.label')}
      onSelect={setRegion}
      onCamera={setCamera}
      tooltip={(code) => ds.index.regions.get(code)?.name ?? code}
    />
  );
}
