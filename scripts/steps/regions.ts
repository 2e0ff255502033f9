import type { Step } from '../lib/context';
import { readRegionsLocal } from './read-regions';

export const regionsStep: Step = {
  name: 'regions',
  run(ctx) {
    const read = (kind: 'arbeidsmarktregio' | 'provincie' | 'gemeente') => readRegionsLocal(ctx.opts.sources, kind);
    const regions = { arbeidsmarktregio: read('arbeidsmarktregio'), provincie: read('provincie'), gemeente: read('gemeente') };
    ctx.products.regions = regions;
    for (const kind of ['arbeidsmarktregio', 'provincie', 'gemeente'] as const) {
      ctx.out.add({
        id: `regions-${kind}`,
        path: `regions/${kind}.geojson`,
        data: regions[kind],
        sources: ['cbs-gebiedsindelingen-2025'],
        rows: regions[kind].features.length,
        lazy: kind === 'gemeente',
      });
    }
    return `${regions.arbeidsmarktregio.features.length} arbeidsmarktregio's, ${regions.provincie.features.length} provincies, ${regions.gemeente.features.length} gemeenten`;
  },
};
