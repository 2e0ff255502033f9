import { useMemo } from 'react';
import { useActions, useDataset, useRegionFile, useStore } from '../state/store';
import { MapView } from '../map/MapView';
import { setCamera } from '../state/urlSync';
import { getStartCamera } from '../bootstrap';
import { useT } from '../i18n/useT';
import type { MapOverlay } from '../map/routeLayers';
import type { MessageKey } from '../i18n';
import { textOn } from '../model/colour';
import { EMPTY_REGIONS, PALETTE } from '../map/style';
import { useFacets, useMeasure, useSchools } from './useModel';
import { Legend } from './Legend';
import { CardHost, useCardOpen } from './cards/CardHost';
import { FirstVisit } from './FirstVisit';
import { formatValue } from './format';

const PLAIN = new Map<string, string>();

/**
 * Connects the store to MapView: choropleth colours, label contrast, offer points, tooltip, cards over the map.
 * The route view (`route`) draws its own overlay (circle, home, offers within reach) on a plain map: no
 * choropleth, legend, facet offers or cards competing with it. While the rest of the data still loads, the map
 * shows the region outlines alone (validated ahead of the rest); colours, legend and cards follow with the data.
 */
export function MapPane({ overlay, route = false }: { overlay?: MapOverlay; route?: boolean } = {}) {
  const t = useT();
  const ds = useDataset();
  // while loading the map is made before the outlines are in (it draws them as they arrive); a dataset without
  // valid outlines has no map
  const loading = useStore((s) => s.data.state === 'loading');
  const amr = useRegionFile('regions-arbeidsmarktregio') ?? (loading ? EMPTY_REGIONS : undefined);
  const provincie = useRegionFile('regions-provincie');
  const lang = useStore((s) => s.view.lang);
  const selected = useStore((s) => s.filters.region);
  const flyTo = useStore((s) => s.flyTo);
  const { setRegion, selectOffer, selectSchool, showRegionCard, markMapUnavailable } = useActions();
  const measure = useMeasure();
  const facets = useFacets();
  const cardOpen = useCardOpen();
  const classes = useMemo(() => ({ colours: route ? PLAIN : (measure?.classification.colours ?? new Map<string, string>()) }), [measure, route]);
  const labelColours = useMemo(() => {
    const out = new Map<string, string>();
    for (const f of amr?.features ?? []) {
      const code = f.properties.code;
      const fill = classes.colours.get(code) ?? (classes.colours.size ? PALETTE.noData : PALETTE.land);
      out.set(code, textOn(fill));
    }
    return out;
  }, [classes, amr]);
  const offerRows = ds?.files.offers?.rows;
  const offerSet = facets?.offerSet;
  const offers = useMemo(() => (offerRows && offerSet !== undefined ? { rows: offerRows, matching: offerSet } : undefined), [offerRows, offerSet]);
  const schoolRows = ds?.files['school-locations']?.rows;
  const schoolSel = useSchools();
  const schools = useMemo(() => (schoolRows && schoolSel ? { rows: schoolRows, ids: schoolSel.ids } : undefined), [schoolRows, schoolSel]);
  if (!amr) return null;
  const tooltip = (code: string) => {
    const v = measure?.values.get(code);
    const cls = measure?.classification.classOf.get(code);
    const tension = cls !== undefined ? measure?.classification.entries[cls]?.tension : undefined;
    return (
      <>
        <strong>{ds?.index.regions.get(code)?.name ?? amr.features.find((f) => f.properties.code === code)?.properties.name ?? code}</strong>
        {measure && measure.status === 'ok' ? (
          <span>
            {t(`measure.${measure.measure}` as MessageKey)}: {formatValue(lang, measure.unit, v?.value)}
            {tension ? ` (${t(`tension.${tension}` as MessageKey)})` : ''}
            {v?.landelijk ? ` · ${t('landelijk')}` : ''}
          </span>
        ) : null}
        <span className="muted">{t('map.tooltip.click')}</span>
      </>
    );
  };
  const onSelect = (code: string | null) => {
    setRegion(code);
    showRegionCard(code !== null);
  };
  return (
    // busy while only the outlines are in (the colours, legend and cards follow with the rest of the data)
    <div className="map-pane" aria-busy={ds ? undefined : true}>
      <MapView
        amr={amr}
        provincie={provincie}
        gemeente={ds?.files['regions-gemeente']}
        pending={!ds}
        classes={classes}
        labelColours={labelColours}
        offers={route ? undefined : offers}
        selected={selected}
        initialCamera={getStartCamera()}
        label={t('map.label')}
        onSelect={onSelect}
        onUnavailable={markMapUnavailable}
        onOfferClick={selectOffer}
        schools={route ? undefined : schools}
        onSchoolClick={selectSchool}
        onCamera={setCamera}
        flyTo={flyTo}
        tooltip={tooltip}
        overlay={overlay}
      />
      {route || !ds ? null : <FirstVisit />}
      {route || !ds ? null : <Legend compact={cardOpen} />}
      {route || !ds ? null : <CardHost />}
    </div>
  );
}
