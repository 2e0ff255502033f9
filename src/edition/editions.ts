/**
 * The editions this app knows: every `editions/*.json`, bundled at build time and validated here (a broken
 * edition file is reported and left out, never trusted by a cast). The build of one edition sets
 * VITE_EDITION, which makes that edition the default; any build can open one with `ed=<id>`.
 */
import { editionConfig, type EditionConfig } from './schema';
import { DEFAULT_STATE, type ShareableState } from '../state/types';
import type { BaseOf } from '../state/urlState';

const files = import.meta.glob<unknown>('../../editions/*.json', { eager: true, import: 'default' });

export const EDITIONS = new Map<string, EditionConfig>();
export const EDITION_PROBLEMS: string[] = [];
for (const [path, json] of Object.entries(files)) {
  const r = editionConfig.safeParse(json);
  const name = path.split('/').pop()!.replace(/\.json$/, '');
  if (!r.success) EDITION_PROBLEMS.push(`${name}.json: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  else if (r.data.id !== name) EDITION_PROBLEMS.push(`${name}.json: id "${r.data.id}" does not match the file name`);
  else EDITIONS.set(r.data.id, r.data);
}

/** The edition this build was made for (npm run build -- --edition <id>), or null for the national app. */
export const BUILD_EDITION: string | null = (import.meta.env.VITE_EDITION as string | undefined) || null;

/** The view an edition opens with: its default filters and measure on top of the app's defaults. */
export function editionBase(e: EditionConfig): ShareableState {
  const s = structuredClone(DEFAULT_STATE);
  s.view.edition = e.id;
  const d = e.defaults;
  if (d.sectors) s.filters.sectors = [...d.sectors];
  if (d.levels) s.filters.levels = [...d.levels];
  if (d.leerwegen) s.filters.leerwegen = [...d.leerwegen];
  if (d.offerKinds) s.filters.offerKinds = [...d.offerKinds];
  if (d.onlyKansberoepen !== undefined) s.filters.onlyKansberoepen = d.onlyKansberoepen;
  if (d.measure) s.view.measure = d.measure;
  return s;
}

/** Defaults links are written against: the build's edition for `null`, else the named edition (unknown → app defaults). */
export function makeBaseOf(editions: ReadonlyMap<string, EditionConfig>, buildEdition: string | null): BaseOf {
  const own = buildEdition ? editions.get(buildEdition) : undefined;
  return (id) => {
    const e = id === null ? own : editions.get(id);
    return e ? editionBase(e) : DEFAULT_STATE;
  };
}

export const baseOf = makeBaseOf(EDITIONS, BUILD_EDITION);
