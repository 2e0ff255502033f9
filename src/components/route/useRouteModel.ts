/**
 * Everything the route view derives from (dataset, route state, home point): memoised pure selectors from
 * src/model, nothing computed here itself.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../data/load';
import type { NearPoint, RouteState } from '../../state/types';
import { nearbyPlaces, type NearbyPlace } from '../../model/nearby';
import { assumedLevel, relatedKansberoepen, type PersonLevel, type RelatedSuggestion } from '../../model/related';
import { buildLadder, type LadderStep } from '../../model/ladder';
import type { ProspectRule } from '../../model/prospects';
import { selectMeasuredLocations, selectMeasuredOffers, selectTitleIndex, selectTouched } from '../../model/routeSelectors';
import { buildRouteOverlay, type MapOverlay, type OverlayPoint } from '../../map/routeLayers';

export interface RouteModel {
  titleIndex: ReturnType<typeof selectTitleIndex> | null;
  person: PersonLevel | null;
  assumed: PersonLevel | null;
  touched: string[];
  places: NearbyPlace[];
  nearestPlace: NearbyPlace | null;
  related: RelatedSuggestion[];
  relatedState: 'ok' | 'noFrom' | 'noDemand';
  ladder: LadderStep[] | null;
  overlay: MapOverlay | undefined;
}

export function useRouteModel(ds: Dataset | undefined, route: RouteState, near: NearPoint | null, rule: ProspectRule | null): RouteModel {
  const files = ds?.files;
  const titleIndex = useMemo(
    () => (files?.['occupation-titles'] || files?.occupations ? selectTitleIndex(files['occupation-titles'], files.occupations) : null),
    [files],
  );
  const from = route.from ? ds?.index.groepen.get(route.from) : undefined;
  const assumed = from ? assumedLevel(from) : null;
  const person = route.level ?? assumed;

  const lon = near?.lon ?? 0;
  const lat = near?.lat ?? 0;
  const radiusKm = near?.radiusKm ?? 0;
  const offers = near ? selectMeasuredOffers(files?.offers, lon, lat) : [];
  const locations = near ? selectMeasuredLocations(files?.['school-locations'], lon, lat) : [];
  const touched = near ? selectTouched(files?.['regions-arbeidsmarktregio'], lon, lat, radiusKm) : [];

  return useMemo(() => {
    const places = near ? nearbyPlaces(offers, locations, radiusKm) : [];
    const nearestPlace = near && places.length === 0 ? (nearbyPlaces(offers.slice(0, 50), locations.slice(0, 5), Infinity)[0] ?? null) : null;
    const relatedState = !from ? 'noFrom' : !rule ? 'noDemand' : 'ok';
    const related =
      from && rule && person && near
        ? relatedKansberoepen({ from, person, groepen: ds?.index.groepen.values() ?? [], touched, rule })
        : [];
    const target = route.to ? ds?.index.groepen.get(route.to) : undefined;
    const ladder = target && person && near ? buildLadder({ person, target, offers, locations, radiusKm, qualifications: files?.qualifications?.rows }) : null;
    const points: OverlayPoint[] = places.map((p) => ({
      id: p.key,
      lon: p.lon,
      lat: p.lat,
      kind: p.offers[0]?.kind ?? 'mbo-location',
    }));
    const overlay = near ? buildRouteOverlay({ home: near, radiusKm, touched, points }) : undefined;
    return { titleIndex, person, assumed, touched, places, nearestPlace, related, relatedState, ladder, overlay };
  }, [ds, files, near, offers, locations, touched, radiusKm, from, rule, person, assumed, route.to, titleIndex]);
}
