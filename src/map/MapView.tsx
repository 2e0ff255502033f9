/**
 * The map component. It creates the map once, then applies what the pure builders in style.ts describe, with the
 * small imperative helpers beside it (applyOffers, applySchools, applyOverlay, addLate). The camera is MapLibre's
 * own: it is reported (moveend) for links, never mirrored per frame.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Map as MapLibreMap, Marker, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import './worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { RegionCollection } from '../data/schemas';
import type { Camera } from '../state/types';
import { setLiveMap, getLiveMap } from './liveMap';
import { LAYER, NL_BOUNDS, SOURCE, buildBaseStyle, buildGemeenteLayer, buildGemeenteSource, buildHoverLayer, buildSelectedLayer, regionColourStates, regionSourceData, type RegionClasses } from './style';
import { addLate, setLateData } from './addLate';
import { offerController, type OfferController, type OffersOnMap } from './applyOffers';
import { nudgeOffCircles, roughArea, visibleLabels } from './labels';
import { SCHOOL_CLICK_MINZOOM, SCHOOL_LAYER } from './schoolLayers';
import { afterFirstScreen, markFirstScreenDrawn } from '../data/firstScreen';
import { schoolController, type SchoolController, type SchoolsOnMap } from './applySchools';
import { applyOverlay, type AppliedOverlay } from './applyOverlay';
import type { MapOverlay } from './routeLayers';

export interface MapViewProps {
  /** the region outlines; empty while they are still loading (the map is made at once and draws them as they arrive) */
  amr: RegionCollection;
  provincie?: RegionCollection;
  /**
   * Only the region outlines are in yet (the rest of the data is loading; the map starts drawing them at once).
   * The first screen counts as drawn at the first idle frame after this turns false, with the colours on.
   */
  pending?: boolean;
  gemeente?: RegionCollection;
  classes: RegionClasses;
  selected: string | null;
  initialCamera: Camera | null;
  label: string;
  onSelect(code: string | null): void;
  /** the map could not be made (MapLibre needs WebGL 2) */
  onUnavailable?(): void;
  onCamera(camera: Camera): void;
  /** hover tooltip for a region (the same facts are in the region card and the table: never hover-only) */
  tooltip?(code: string): ReactNode;
  /** a one-off camera move, applied once per `seq` */
  flyTo?: { lon: number; lat: number; zoom: number; seq: number } | null;
  /** region code → text colour of its HTML label (AA contrast on the region's fill) */
  labelColours?: ReadonlyMap<string, string>;
  /** the offers file and which offers match (clustered on the map); undefined = no offers on the map */
  offers?: OffersOnMap;
  onOfferClick?(id: string): void;
  /** mbo school locations and which the filters keep (their own layer: rings, not clustered, not offers) */
  schools?: SchoolsOnMap;
  onSchoolClick?(id: string): void;
  /** extra sources and layers above the regions (route: circle, home, offers), described by pure builders */
  overlay?: MapOverlay;
}

declare global {
  interface Window {
    /** for browser tests and debugging: the live map */
    __inspiratiekaart?: { map: MapLibreMap };
  }
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const [ready, setReady] = useState(false);
  // the style's sources exist (before their tiles are in): feature state can be set from here on
  const [styled, setStyled] = useState(false);
  // the hover and selection outline layers are on the map (added after the first screen, unless in the first style)
  const [outlinesIn, setOutlinesIn] = useState(false);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const labelEls = useRef(new Map<string, HTMLElement>());
  const labelMarkers = useRef(new Map<string, Marker>());
  const offersRef = useRef<OfferController | null>(null);
  const schoolsRef = useRef<SchoolController | null>(null);
  const placeLabelsRef = useRef<() => void>(() => {});

  // the outlines the map's sources hold (they arrive after the map is made unless they were in first)
  const shown = useRef<{ amr: RegionCollection; provincie?: RegionCollection } | null>(null);
  const areaOf = useRef(new Map<string, number>());
  const labelsFor = useRef<(amr: RegionCollection) => void>(() => {});

  // Create the map once: in the commit of the first render (a layout effect), not a frame later after the paint.
  useLayoutEffect(() => {
    if (!container.current) return;
    const p = propsRef.current;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: container.current,
        style: buildBaseStyle({ amr: p.amr, provincie: p.provincie, gemeente: p.gemeente, classes: p.classes, selected: p.selected }),
        // a link's camera is the exact area it showed; the default view keeps a margin around the country
        bounds: p.initialCamera ? [[p.initialCamera.west, p.initialCamera.south], [p.initialCamera.east, p.initialCamera.north]] : NL_BOUNDS,
        fitBoundsOptions: { padding: p.initialCamera ? 0 : 20 },
        minZoom: 5,
        maxZoom: 13,
        dragRotate: false,
        pitchWithRotate: false,
        attributionControl: { compact: true, customAttribution: 'CBS / Kadaster via PDOK (CC BY 4.0)' },
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (e) {
      // MapLibre needs WebGL 2: without it the views show their tables instead (store: ui.mapUnavailable)
      console.warn('The map could not be made:', e instanceof Error ? e.message : e);
      p.onUnavailable?.();
      return;
    }
    shown.current = { amr: p.amr, provincie: p.provincie };
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    mapRef.current = map;
    window.__inspiratiekaart = { map };
    setLiveMap(map);

    // Region names as HTML labels, one per region of the outlines shown (made again when other outlines arrive).
    const labelsOf = (amr: RegionCollection) => {
      for (const m of labelMarkers.current.values()) m.remove();
      labelEls.current.clear();
      labelMarkers.current.clear();
      for (const f of amr.features) {
        const el = document.createElement('div');
        el.className = 'region-label';
        el.textContent = f.properties.name;
        el.setAttribute('aria-hidden', 'true');
        labelEls.current.set(f.properties.code, el);
        labelMarkers.current.set(f.properties.code, new Marker({ element: el }).setLngLat(f.properties.label).addTo(map));
      }
      areaOf.current = new Map(amr.features.map((f) => [f.properties.code, roughArea(f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())]));
    };
    labelsFor.current = labelsOf;
    labelsOf(p.amr);

    // Offers: clusters made once per offers file, matches as feature state, counts as HTML (applyOffers.ts).
    const offers = offerController(map);
    offersRef.current = offers;
    const schools = schoolController(map);
    schoolsRef.current = schools;

    map.once('style.load', () => setStyled(true));
    map.on('load', () => setReady(true));
    // The outline layers that had nothing to draw in the first frame (buildBaseStyle) join once the first screen
    // is drawn: a layer added before would make MapLibre tile the region source again first.
    let removed = false;
    void afterFirstScreen().then(() => {
      if (removed) return;
      addLate(map, [buildHoverLayer(null), buildSelectedLayer(propsRef.current.selected)]);
      setOutlinesIn(true);
    });
    map.on('idle', () => {
      // the first screen is drawn at the first idle frame with the data in (colours on): the lazy files wait for it
      // (data/firstScreen.ts), so they do not compete with the first coloured frame
      if (!propsRef.current.pending) markFirstScreenDrawn();
      offers.placeCounts();
      // the clusters on screen are known now: region names move off them
      placeLabelsRef.current();
    });

    // Hide overlapping region names (selected region first, then larger regions).
    const placeLabels = () => {
      const boxes = (shown.current?.amr.features ?? []).map((f) => {
        const el = labelEls.current.get(f.properties.code)!;
        const pt = map.project(f.properties.label);
        const selected = propsRef.current.selected === f.properties.code;
        return { code: f.properties.code, x: pt.x, y: pt.y, w: el.offsetWidth, h: el.offsetHeight, priority: (selected ? 1e6 : 0) + (areaOf.current.get(f.properties.code) ?? 0) };
      });
      // names move off the offer clusters first (both stay readable), then overlapping names are thinned out
      const circles = offers.circles().map((c) => {
        const pt = map.project(c.at);
        return { x: pt.x, y: pt.y, r: c.r };
      });
      const nudge = nudgeOffCircles(boxes, circles);
      const move = (code: string) => {
        const n = nudge.get(code);
        return typeof n === 'object' ? n : { dx: 0, dy: 0 };
      };
      const show = visibleLabels(boxes.filter((b) => nudge.get(b.code) !== 'hidden').map((b) => ({ ...b, x: b.x + move(b.code).dx, y: b.y + move(b.code).dy })));
      // Only what changed is written: every write to a label restyles it, and the browser then rasters the name
      // (with its halo) again — on a software GPU most of a filter change's cost.
      for (const [code, el] of labelEls.current) {
        const visibility = show.has(code) ? 'visible' : 'hidden';
        if (el.style.visibility !== visibility) el.style.visibility = visibility;
        // no clear spot near: the name stays on the cluster's edge, on a backing so both can still be read
        const backing = nudge.get(code) === 'backing';
        if (el.classList.contains('on-cluster') !== backing) el.classList.toggle('on-cluster', backing);
        const marker = labelMarkers.current.get(code);
        const { dx, dy } = move(code);
        const [ox, oy] = marker ? [marker.getOffset().x, marker.getOffset().y] : [dx, dy];
        if (marker && (ox !== dx || oy !== dy)) marker.setOffset([dx, dy]);
      }
    };
    placeLabelsRef.current = placeLabels;
    map.on('load', placeLabels);
    map.on('moveend', placeLabels);
    map.on('moveend', () => {
      const b = map.getBounds();
      propsRef.current.onCamera({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
    });
    const codeAt = (features: MapGeoJSONFeature[]) => (features[0]?.properties?.code as string | undefined) ?? null;
    map.on('click', (e) => {
      if (offers.click(e.point, (id) => propsRef.current.onOfferClick?.(id))) return;
      // a school ring, once zoomed in far enough that a click on a ring is not meant for the region under it
      const school = map.getLayer(SCHOOL_LAYER) && map.getZoom() >= SCHOOL_CLICK_MINZOOM ? schools.shown(map.queryRenderedFeatures(e.point, { layers: [SCHOOL_LAYER] }))[0] : undefined;
      if (school) {
        propsRef.current.onSchoolClick?.(school.properties.id as string);
        return;
      }
      const code = codeAt(map.queryRenderedFeatures(e.point, { layers: [LAYER.amrFill] }));
      if (code) propsRef.current.onSelect(code === propsRef.current.selected ? null : code);
    });
    map.on('mousemove', LAYER.amrFill, (e) => {
      const code = codeAt(e.features ?? []);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      setHover(code ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseleave', LAYER.amrFill, () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    });
    return () => {
      removed = true;
      for (const m of labelMarkers.current.values()) m.remove();
      offers.remove();
      labelEls.current.clear();
      labelMarkers.current.clear();
      map.remove();
      mapRef.current = null;
      if (window.__inspiratiekaart?.map === map) delete window.__inspiratiekaart;
      if (getLiveMap() === map) setLiveMap(null);
    };
  }, []);

  // Outlines that arrive after the map was made go to its sources as soon as they exist (a layout effect: during
  // React's commit, so MapLibre's worker gets them before the rest of the data is validated).
  useLayoutEffect(() => {
    const map = mapRef.current;
    const now = shown.current;
    if (!map || !styled || !now || (now.amr === props.amr && now.provincie === props.provincie)) return;
    (map.getSource(SOURCE.amr) as GeoJSONSource | undefined)?.setData(regionSourceData(props.amr, props.provincie) as never);
    shown.current = { amr: props.amr, provincie: props.provincie };
    if (now.amr !== props.amr) {
      labelsFor.current(props.amr);
      placeLabelsRef.current();
    }
  }, [props.amr, props.provincie, styled]);

  // Apply the overlay (sources by id, layers by id) and fit to its area when that changes.
  const applied = useRef<AppliedOverlay>({ sources: [], layers: [], fit: null });
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    applied.current = applyOverlay(map, applied.current, props.overlay);
  }, [props.overlay, ready]);

  // Apply class colours as feature state (no re-tiling; see buildRegionFillLayer). Set as soon as the source
  // exists: tiles still loading get the colours as they arrive, so the first frame with tiles is already coloured.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styled) return;
    // the outlines alone: the style's fallback already paints every region in the land colour
    if (props.pending && props.classes.colours.size === 0) return;
    const codes = props.amr.features.map((f) => f.properties.code);
    for (const [code, state] of regionColourStates(codes, props.classes)) map.setFeatureState({ source: SOURCE.amr, id: code }, state);
  }, [props.classes, props.pending, props.amr, styled]);

  // Municipal borders arrive after the first screen (a lazy file): source and layer join then.
  const gemeente = props.gemeente;
  const gemeenteIn = useRef(props.gemeente); // in the first style when it was in before the map was made
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !gemeente || gemeente === gemeenteIn.current) return;
    gemeenteIn.current = gemeente;
    setLateData(map, SOURCE.gemeente, buildGemeenteSource(gemeente), [buildGemeenteLayer()]);
  }, [gemeente, ready]);

  // Matching offers: feature state on clusters made once per offers file (no re-clustering per filter change).
  useEffect(() => {
    if (ready) offersRef.current?.show(props.offers);
  }, [props.offers, ready]);

  // School locations: all of them once per file, the filters' choice as feature state.
  useEffect(() => {
    if (ready) schoolsRef.current?.show(props.schools);
  }, [props.schools, ready]);

  // Region label colours follow the fill under them (AA contrast); the halo is the opposite colour.
  useEffect(() => {
    for (const [code, el] of labelEls.current) {
      const colour = props.labelColours?.get(code) ?? '#000000';
      if (el.dataset.colour === colour) continue; // unchanged: no restyle, no raster (see placeLabels)
      el.dataset.colour = colour;
      el.style.color = colour;
      el.dataset.tone = colour === '#ffffff' ? 'light' : 'dark';
    }
  }, [props.labelColours]);

  // Selected and hovered outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (map.getLayer(LAYER.amrSelected)) map.setFilter(LAYER.amrSelected, ['==', ['get', 'code'], props.selected ?? '']);
    placeLabelsRef.current();
  }, [props.selected, ready, outlinesIn]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !map.getLayer(LAYER.amrHover)) return;
    map.setFilter(LAYER.amrHover, ['==', ['get', 'code'], hover?.code ?? '']);
  }, [hover?.code, ready, outlinesIn]);

  // One-off camera moves (postcode search): applied once per request, then MapLibre owns the camera again.
  const fly = props.flyTo;
  const pin = useRef<Marker | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !fly) return;
    map.flyTo({ center: [fly.lon, fly.lat], zoom: fly.zoom, essential: true });
    pin.current?.remove();
    pin.current = new Marker({ color: '#1d4f91' }).setLngLat([fly.lon, fly.lat]).addTo(map);
    // keyed by seq on purpose: a request is applied once, not again when other props change
  }, [fly?.seq, ready]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={props.label} data-ready={ready ? 'true' : 'false'} />
      {hover && props.tooltip ? (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {props.tooltip(hover.code)}
        </div>
      ) : null}
    </div>
  );
}
