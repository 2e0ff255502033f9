/**
 * Image exports draw a second map from the live map's style and copy the feature state (region colours, offer
 * counts, which school locations show) across. A lazy file's source can join the live map after the copy's style
 * was taken (src/map/addLate.ts): only the sources both maps have are copied, never one the copy lacks.
 */
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { copyFeatureStates } from '../../src/map/snapshot';

type State = Record<string, unknown>;
function fakeMap(sources: Record<string, { id: string; state: State }[]>) {
  const set: [string, string, State][] = [];
  const map = {
    getStyle: () => ({ sources: Object.fromEntries(Object.keys(sources).map((s) => [s, { type: 'geojson' }])) }),
    getSource: (s: string) => (s in sources ? {} : undefined),
    querySourceFeatures: (s: string) => sources[s]!.map((f) => ({ id: f.id })),
    getFeatureState: ({ source, id }: { source: string; id: string }) => sources[source]!.find((f) => f.id === id)!.state,
    setFeatureState: ({ source, id }: { source: string; id: string }, state: State) => {
      if (!(source in sources)) throw new Error(`The source '${source}' does not exist in the map's style.`);
      set.push([source, id, state]);
    },
  };
  return { map: map as unknown as MapLibreMap, set };
}

describe('copying feature state to the export map', () => {
  it('copies the states of the sources both maps have and skips a source that joined the live map later', () => {
    const live = fakeMap({
      arbeidsmarktregio: [{ id: 'AM01', state: { colour: '#123456' } }, { id: 'AM02', state: {} }],
      'school-locations': [{ id: '0', state: { shown: true } }],
    });
    const copy = fakeMap({ arbeidsmarktregio: [{ id: 'AM01', state: {} }, { id: 'AM02', state: {} }] });
    expect(() => copyFeatureStates(live.map, copy.map)).not.toThrow();
    expect(copy.set).toEqual([['arbeidsmarktregio', 'AM01', { colour: '#123456' }]]);
  });
});
