/**
 * What the "Over de data" panel shows, derived from data/manifest.json alone: every layer of this build with its
 * sources (publisher, period, licence and whether it was verified, status), what each layer does not cover, and
 * the layers that are absent with how to get them. Pure: no React.
 */
import type { DatasetId, Manifest, SourceEntry } from '../data/schemas';
import type { Lang } from '../state/types';

export interface AboutLayer {
  id: DatasetId;
  rows: number;
  /** loaded after the first screen */
  lazy: boolean;
  /** what the layer does not hold in this build, as the build wrote it, in the panel's language */
  coverage?: string;
  sources: SourceEntry[];
}

export interface AboutData {
  buildId: string;
  generated: string;
  demoEdition?: string;
  layers: AboutLayer[];
  /** layers absent from this build, in the panel's language */
  missing: { layer: string; reason: string; howTo: string }[];
  /** sources whose licence was not verified (the panel says so at the top) */
  unverified: number;
  sourceCount: number;
}

/** Layers in the order a person reads the map: regions, demand, occupations, supply, search aids. */
export const LAYER_ORDER: readonly DatasetId[] = [
  'regions-arbeidsmarktregio',
  'regions-provincie',
  'regions-gemeente',
  'indicators',
  'regional-stats',
  'regional-series',
  'curated',
  'occupations',
  'occupation-titles',
  'offers',
  'school-locations',
  'qualifications',
  'places',
];

/** The panel's content in `lang`: the manifest carries its texts in Dutch and English. */
export function aboutData(m: Manifest, lang: Lang): AboutData {
  const byId = new Map(m.sources.map((s) => [s.id, s]));
  const rank = (id: DatasetId) => {
    const i = LAYER_ORDER.indexOf(id);
    return i < 0 ? LAYER_ORDER.length : i;
  };
  const layers = [...m.files]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      rows: f.rows,
      lazy: f.lazy,
      ...(f.coverage ? { coverage: f.coverage[lang] } : {}),
      sources: f.sources.map((id) => byId.get(id)).filter((s): s is SourceEntry => s !== undefined),
    }));
  const used = new Set(layers.flatMap((l) => l.sources.map((s) => s.id)));
  return {
    buildId: m.buildId,
    generated: m.generated,
    ...(m.edition?.demo ? { demoEdition: m.edition.title } : {}),
    layers,
    missing: m.missing.map((x) => ({ layer: x.layer[lang], reason: x.reason[lang], howTo: x.howTo[lang] })),
    unverified: m.sources.filter((s) => used.has(s.id) && !s.licenceVerified).length,
    sourceCount: used.size,
  };
}
