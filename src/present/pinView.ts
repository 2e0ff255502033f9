/** Pin what is on screen, and go back to a pinned view. Bridges the app store, the URL codec and the workbench. */
import type { StoreState } from '../state/store';
import { decodeUrlState, encodeUrlState } from '../state/urlState';
import { currentBaseOf, currentCamera } from '../state/urlSync';
import { showArea } from '../map/liveMap';
import type { Pin } from './pins';
import { regionsBounds } from '../edition/bounds';

const newId = () => `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** The most specific thing selected: an occupation, else an offer, else a region. Null = nothing to pin. */
export function pinFromState(s: StoreState, now = new Date()): Pin | null {
  const ds = s.data.state === 'ready' ? s.data.dataset : undefined;
  const view = encodeUrlState(
    { filters: s.filters, selection: s.selection, view: { ...s.view, presentation: false, embed: false }, route: s.route, camera: currentCamera() },
    currentBaseOf(),
  );
  const base = { id: newId(), view, note: '', created: now.toISOString() };
  const regionName = s.filters.region ? (ds?.index.regions.get(s.filters.region)?.name ?? s.filters.region) : null;
  const where = regionName ? ` · ${regionName}` : '';
  // the route view: the person's route (from → goal, home and radius) is what is on screen
  if (s.view.mode === 'route' && s.route.from) {
    const to = s.route.to ? (ds?.index.groepen.get(s.route.to)?.name ?? s.route.to) : null;
    const home = s.filters.near ? ` · ${s.filters.near.label} (${s.filters.near.radiusKm} km)` : '';
    const label = `${s.route.fromLabel ?? s.route.from}${to ? ` → ${to}` : ''}${home}`;
    return { ...base, kind: 'route', code: `${s.route.from}>${s.route.to ?? ''}`, label: label.slice(0, 200) };
  }
  if (s.selection.occupation) {
    const name = ds?.index.groepen.get(s.selection.occupation)?.name ?? s.selection.occupation;
    return { ...base, kind: 'occupation', code: s.selection.occupation, label: `${name}${where}` };
  }
  if (s.selection.offer) {
    const offer = ds?.files.offers?.rows.find((o) => o.id === s.selection.offer);
    return { ...base, kind: 'offer', code: s.selection.offer, label: offer ? `${offer.title} · ${offer.provider}` : s.selection.offer };
  }
  if (s.filters.region && regionName) return { ...base, kind: 'region', code: s.filters.region, label: regionName };
  return null;
}

/** Restore a pinned view; the presenter's language and presentation mode stay as they are. */
export function applyPin(pin: Pin, s: StoreState) {
  const { state } = decodeUrlState(`?${pin.view}`, currentBaseOf());
  const { camera, ...shareable } = state;
  s.actions.applyShareable({ ...shareable, view: { ...shareable.view, lang: s.view.lang, presentation: s.view.presentation, embed: false } });
  // a pin made before the map moved has no camera: show the pinned region itself
  const amr = s.data.state === 'ready' ? s.data.dataset.files['regions-arbeidsmarktregio'] : undefined;
  const area = camera ?? (amr && shareable.filters.region ? regionsBounds(amr.features, [shareable.filters.region], 0.15) : null);
  if (area) showArea(area);
}
