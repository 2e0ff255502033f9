/**
 * The data contract of Inspiratiekaart: one zod schema per file in data/.
 * Written once, used by scripts/ when writing (validate before swap) and by src/data/ when reading.
 * Field meanings and units: docs/data-model.md.
 */
import { z } from './zodJitless';

export const SCHEMA_VERSION = 1;

// ---------------------------------------------------------------- shared vocabularies

/** CBS region codes: AMxx arbeidsmarktregio, PVxx provincie, GMxxxx gemeente, NL01 Nederland. */
export const amrCode = z.string().check(z.regex(/^AM\d{2}$/, 'expected an arbeidsmarktregio code like AM01'));
export const provincieCode = z.string().check(z.regex(/^PV\d{2}$/, 'expected a provincie code like PV22'));
export const gemeenteCode = z.string().check(z.regex(/^GM\d{4}$/, 'expected a gemeente code like GM0106'));
export const NATIONAL = 'NL01' as const;
/** A region an indicator can be about: Nederland or one of the regions. */
export const areaCode = z.union([z.literal(NATIONAL), amrCode, provincieCode]);

export const REGION_KINDS = ['arbeidsmarktregio', 'provincie', 'gemeente'] as const;
export const regionKind = z.enum(REGION_KINDS);
export type RegionKind = z.infer<typeof regionKind>;

/** Education levels, in ladder order (a route climbs this list). */
export const LEVELS = ['praktijkverklaring', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo'] as const;
export const level = z.enum(LEVELS);
export type Level = z.infer<typeof level>;

export const LEERWEGEN = ['BOL', 'BBL'] as const;
export const leerweg = z.enum(LEERWEGEN);
export type Leerweg = z.infer<typeof leerweg>;

export const OFFER_KINDS = ['mbo', 'hbo', 'wo', 'praktijkverklaring', 'short-course', 'private'] as const;
export const offerKind = z.enum(OFFER_KINDS);
export type OfferKind = z.infer<typeof offerKind>;

/** BRC beroepsgroep code (4 digits, leading zero kept). */
export const brcGroep = z.string().check(z.regex(/^\d{4}$/, 'expected a 4-digit BRC beroepsgroep code'));
/** BRC beroepsklasse code: the occupation *sector* of this app (2 digits). */
export const brcKlasse = z.string().check(z.regex(/^\d{2}$/, 'expected a 2-digit BRC beroepsklasse code'));
export const brcSegment = z.string().check(z.regex(/^\d{3}$/, 'expected a 3-digit BRC beroepssegment code'));

/** Reference to a source in data/manifest.json `sources` (by id). */
export const sourceRef = z.string().check(z.minLength(1));
/** A link the app renders as <a href>: only http(s), so no data file can smuggle in a javascript: or data: link. */
export const WEB_URL = /^https?:\/\/\S+$/i;
export const webUrl = z.string().check(z.regex(WEB_URL, 'expected a web address (http:// or https://)'));
/** Period as the source states it: 2024, 2024Q1, 2026Q1, 2025-01, 2025-2030, 2022. */
export const period = z.string().check(z.minLength(4), z.maxLength(20));

const lonLat = z.tuple([
  z.number().check(z.gte(3.0), z.lte(7.5)),
  z.number().check(z.gte(50.5), z.lte(53.9)),
]);

// ---------------------------------------------------------------- manifest

/** A text the build writes for people (coverage, what is missing), in both UI languages; the app shows one. */
export const localText = z.object({ nl: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type LocalText = z.infer<typeof localText>;

export const sourceEntry = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  url: z.string().check(z.minLength(1)),
  licence: z.string().check(z.minLength(1)),
  /** false when the licence could not be verified: shown as such in the about panel. */
  licenceVerified: z.boolean(),
  /** ISO date the copy was retrieved (or transcribed). */
  retrieved: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Period the figures describe, as the source says. */
  period: z.optional(z.string()),
  /** raw = publisher's file; derived = reshaped by a third party or us; transcribed = typed over; synthetic = illustrative. */
  status: z.enum(['raw', 'derived', 'transcribed', 'synthetic']),
  note: z.optional(z.string()),
});
export type SourceEntry = z.infer<typeof sourceEntry>;

export const DATASET_IDS = [
  'regions-arbeidsmarktregio',
  'regions-provincie',
  'regions-gemeente',
  'places',
  'occupations',
  'occupation-titles',
  'indicators',
  'regional-stats',
  'regional-series',
  'curated',
  'offers',
  'school-locations',
  'qualifications',
] as const;
export const datasetId = z.enum(DATASET_IDS);
export type DatasetId = z.infer<typeof datasetId>;

export const manifestFile = z.object({
  id: datasetId,
  /** path relative to data/ */
  path: z.string().check(z.minLength(1)),
  schemaVersion: z.number().check(z.int(), z.positive()),
  sources: z.array(sourceRef),
  rows: z.number().check(z.int(), z.nonnegative()),
  bytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** loaded after the first screen, not needed to draw the choropleth */
  lazy: z._default(z.boolean(), false),
  /** what this file does NOT contain in this build, said plainly (shown in the about panel) */
  coverage: z.optional(localText),
  /** extra figures a step reports (e.g. ESCO coverage, snapped points) */
  stats: z.optional(z.record(z.string(), z.union([z.number(), z.string()]))),
});
export type ManifestFile = z.infer<typeof manifestFile>;

export const manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** content version of the whole build (hash over file hashes): cache key for offline use */
  buildId: z.string().check(z.minLength(1)),
  generated: z.string().check(z.minLength(1)),
  generator: z.string().check(z.minLength(1)),
  /** 'demo' editions show a banner that figures are illustrative */
  edition: z.optional(z.object({ id: z.string(), title: z.string(), demo: z._default(z.boolean(), false) })),
  sources: z.array(sourceEntry),
  files: z.array(manifestFile),
  /** layers deliberately absent from this build, with how to get them */
  missing: z._default(z.array(z.object({ layer: localText, reason: localText, howTo: localText })), []),
});
export type Manifest = z.infer<typeof manifest>;

// ---------------------------------------------------------------- regions (GeoJSON)

export const regionProperties = z.object({
  code: z.string().check(z.regex(/^(AM\d{2}|PV\d{2}|GM\d{4})$/, 'expected AMxx, PVxx or GMxxxx')),
  name: z.string().check(z.minLength(1)),
  kind: regionKind,
  /** gemeente: its arbeidsmarktregio */
  arbeidsmarktregio: z.optional(amrCode),
  /** gemeente: its provincie; arbeidsmarktregio: the provincies it overlaps (more than one = does not nest) */
  provincies: z.optional(z.array(provincieCode)),
  /** where to put the name label (inside the polygon) */
  label: lonLat,
});
export type RegionProperties = z.infer<typeof regionProperties>;

type Position = [number, number];
const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
/**
 * A closed ring of [longitude, latitude] pairs, checked in one pass without copying: the region files hold thousands
 * of positions and are validated on the first screen's path, where a schema per pair (a tuple) made and threw away
 * several objects for each of them. An error names the ring (e.g. features.3.geometry.coordinates.0).
 */
const ring = z.custom<Position[]>((v) => Array.isArray(v) && v.length >= 4 && v.every(isPosition), {
  message: 'expected a ring of at least 4 [longitude, latitude] pairs of numbers',
});
const polygonCoords = z.array(ring);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonCoords }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoords) }),
]);

export const regionFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(z.union([z.string(), z.number()])),
  properties: regionProperties,
  geometry,
});
export type RegionFeature = z.infer<typeof regionFeature>;

export const regionCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(regionFeature).check(z.minLength(1)),
});
export type RegionCollection = z.infer<typeof regionCollection>;

// ---------------------------------------------------------------- places (PC4 and woonplaatsen)

export const placeRow = z.object({
  /** PC4 for postcodes, place name for places */
  key: z.string().check(z.minLength(1)),
  kind: z.enum(['pc4', 'place']),
  name: z.string().check(z.minLength(1)),
  lon: z.number().check(z.gte(3.0), z.lte(7.5)),
  lat: z.number().check(z.gte(50.5), z.lte(53.9)),
  gemeente: gemeenteCode,
  arbeidsmarktregio: amrCode,
  provincie: provincieCode,
  population: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** true when the point fell outside every (generalised) polygon and the nearest region was taken */
  snapped: z.optional(z.boolean()),
});
export type PlaceRow = z.infer<typeof placeRow>;
export const places = z.object({ rows: z.array(placeRow) });

// ---------------------------------------------------------------- occupations (BRC 2014)

export const occupationKlasse = z.object({ code: brcKlasse, name: z.string().check(z.minLength(1)), short: z.string().check(z.minLength(1)) });
export const occupationSegment = z.object({ code: brcSegment, name: z.string().check(z.minLength(1)), klasse: brcKlasse });
export const occupationGroep = z.object({
  code: brcGroep,
  name: z.string().check(z.minLength(1)),
  segment: brcSegment,
  klasse: brcKlasse,
  /** education levels this group's work usually asks for (from ISCO skill levels; mapping in docs/data-model.md) */
  levels: z.array(level).check(z.minLength(1)),
  /** ISCO-08 unit groups under this BRC group */
  isco: z.array(z.string().check(z.regex(/^\d{4}$/))),
  /** BRC edition the code comes from: the 2015 workbook or the later edition used by ROA AIS 2026 */
  edition: z.enum(['2015', 'editie-2025']),
  /** where a code is mapped between editions: how and on what source */
  note: z.optional(z.string()),
  /** editie-2025 group: the 2015 groups it takes over (wholly or in part) */
  replaces: z.optional(z.array(brcGroep)),
  /** 2015 group no longer used in editie 2025: its successors (empty = none; such a group has no demand figures) */
  replacedBy: z.optional(z.array(brcGroep)),
});
export type OccupationGroep = z.infer<typeof occupationGroep>;

/** Sector link: one sector filter (BRC beroepsklasse) applied to training data labels. */
export const sectorLink = z.object({
  /** 'sectorkamer' (SBB), 'croho-sector' (HOVI/CROHO), 'mbo-domein' */
  scheme: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  klassen: z.array(brcKlasse).check(z.minLength(1)),
});

export const occupations = z.object({
  klassen: z.array(occupationKlasse),
  segmenten: z.array(occupationSegment),
  groepen: z.array(occupationGroep),
  sectorLinks: z.array(sectorLink),
});
export type Occupations = z.infer<typeof occupations>;

export const occupationTitle = z.object({
  label: z.string().check(z.minLength(1)),
  groep: brcGroep,
  isco: z.optional(z.string().check(z.regex(/^\d{4}$/))),
  /** ESCO concept URI, when the title comes from ESCO */
  esco: z.optional(z.string()),
  preferred: z.boolean(),
});
export type OccupationTitle = z.infer<typeof occupationTitle>;
export const occupationTitles = z.object({ rows: z.array(occupationTitle) });

// ---------------------------------------------------------------- demand indicators (groep × area)

export const INDICATOR_IDS = [
  /** UWV spanningsindicator: vacancies per WW-uitkering ≤ 6 months (ratio) */
  'tension',
  /** ROA expected job openings to 2030 (persons) */
  'jobOpenings',
  'expansionDemand',
  'replacementDemand',
  /** ROA ITKB future bottleneck indicator (index) */
  'futureBottleneck',
  /** expected direction 2025–2030 (class only) */
  'direction',
  /** open vacancies (count) */
  'vacancies',
  /** job seekers / WW (count) */
  'jobSeekers',
  /** employed persons (count) */
  'employment',
] as const;
export const indicatorId = z.enum(INDICATOR_IDS);
export type IndicatorId = z.infer<typeof indicatorId>;

export const indicatorRow = z.object({
  groep: brcGroep,
  area: areaCode,
  indicator: indicatorId,
  /** numeric value in the indicator's unit; null when the source gives a class only */
  value: z.nullable(z.number()),
  /** the source's own class label (typering), e.g. 'krap', 'hoog', 'verdere verkrapping' */
  class: z.optional(z.string()),
  /** % of employment over the period, where the source gives it */
  pct: z.optional(z.number()),
  period,
  source: sourceRef,
  /** national figure (area NL01) or a figure about this region */
  scope: z.enum(['national', 'regional']),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;
export const indicators = z.object({ rows: z.array(indicatorRow) });

// ---------------------------------------------------------------- regional statistics (CBS per AMR)

export const regionalMeasure = z.object({
  id: z.string().check(z.minLength(1)),
  unit: z.enum(['pct', 'persons', 'jobs', 'per100']),
  source: sourceRef,
  /** set for figures we computed: the formula, shown on screen */
  derived: z.optional(z.string()),
  /** what the figure is and its caveats (CBS table, composition breaks), for the about panel and cards */
  note: z.optional(z.string()),
});
/** byArea[area][measure] = [period, value][] sorted by period */
const pointsByArea = z.record(z.string(), z.record(z.string(), z.array(z.tuple([period, z.number()]))));
export const regionalStats = z.object({
  measures: z.array(regionalMeasure),
  /**
   * The points of each series that a trend reads — its first, the one the latest is compared with (a year earlier
   * for monthly and quarterly series, the one before for yearly ones) and the latest — sorted by period; Nederland
   * also keeps every period that is some region's latest. All the first screen shows (map, legend, table, card
   * figures); the whole series are in regional-series.json, loaded lazily for the charts.
   */
  trendPoints: pointsByArea,
  /** employed persons per beroepsklasse group, per area (persons) */
  employmentByKlasse: z.object({
    period,
    source: sourceRef,
    /** CBS key → the BRC klassen it covers (labels inferred, see docs) */
    groups: z.array(z.object({ key: z.string(), klassen: z.array(brcKlasse), label: z.string() })),
    values: z.record(z.string(), z.record(z.string(), z.number())),
    /** how the labels of the keys were established (inferred, checked against national totals) */
    note: z.optional(z.string()),
  }),
});
export type RegionalStats = z.infer<typeof regionalStats>;

/** The whole CBS series behind regional-stats.json's trendPoints (lazy: the region card's trend charts). */
export const regionalSeries = z.object({
  /** series[area][measure] = [period, value][] sorted by period; measure ids as in regional-stats.json */
  series: pointsByArea,
});
export type RegionalSeries = z.infer<typeof regionalSeries>;

// ---------------------------------------------------------------- curated kansberoepen (region's own lists)

export const curatedRow = z.object({
  area: z.union([areaCode]),
  /** as written by the source */
  occupation: z.string().check(z.minLength(1)),
  /** matched BRC group, when one could be matched */
  groep: z.optional(brcGroep),
  /** how `groep` was matched to the occupation as written (hand-made, BRC name, ESCO title) */
  groepMatch: z.optional(z.string()),
  status: z.enum(['kansrijk', 'minder kansrijk', 'kansrijk (seizoen)']),
  reason: z.string(),
  period,
  sourceTitle: z.string(),
  /** the source page; '' when the source is not online */
  sourceUrl: z.union([webUrl, z.literal('')]),
  /** partial example list, not the full regional list */
  completeness: z.string(),
});
export type CuratedRow = z.infer<typeof curatedRow>;
export const curated = z.object({ rows: z.array(curatedRow) });

// ---------------------------------------------------------------- training offers

/** A link from a training (offer or qualification) to a BRC beroepsgroep, with how sure it is and how it was made. */
export const groepLink = z.object({
  groep: brcGroep,
  /** high: a direct or regulated link; low: chosen by a language model, or a loose name match */
  confidence: z.enum(['high', 'low']),
  /** how the link was made, in words shown on screen (e.g. 'CompetentNL crebo-direct', 'llm-keuze') */
  method: z.string(),
  /** the occupation title the source names, where it names one */
  occupation: z.optional(z.string()),
});
export type GroepLink = z.infer<typeof groepLink>;

export const offerRow = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  kind: offerKind,
  /** mbo: crebo code of the qualification */
  crebo: z.optional(z.string().check(z.regex(/^\d{5}$/))),
  /** hbo/wo: CROHO code */
  croho: z.optional(z.string()),
  /** absent when the source does not say (some imported examples); never guessed */
  level: z.optional(level),
  leerweg: z.array(leerweg),
  /** hbo/wo study forms where the source names them (dual = learning while employed, the ho counterpart of BBL) */
  studyForms: z.optional(z.array(z.enum(['fulltime', 'parttime', 'dual']))),
  /** duration in months, where known */
  durationMonths: z.optional(z.number().check(z.positive())),
  /** duration as the source words it, where not numeric */
  durationText: z.optional(z.string()),
  provider: z.string().check(z.minLength(1)),
  location: z.object({
    name: z.optional(z.string()),
    address: z.optional(z.string()),
    postcode: z.optional(z.string()),
    place: z.optional(z.string()),
    lon: z.number().check(z.gte(3.0), z.lte(7.5)),
    lat: z.number().check(z.gte(50.5), z.lte(53.9)),
    /** how exact the point is: the address (source coordinates), a PC4 centroid, or the centre of a named place */
    precision: z.optional(z.enum(['address', 'postcode', 'place'])),
  }),
  arbeidsmarktregio: amrCode,
  provincie: provincieCode,
  gemeente: z.optional(gemeenteCode),
  /** BRC groups this offer leads to, with how sure the link is */
  groepen: z.array(groepLink),
  /** occupation sectors (BRC klassen), via the sector link where no group link exists */
  klassen: z.array(brcKlasse),
  url: z.optional(webUrl),
  source: sourceRef,
  /** true for an example named in a news item or report, not an entry of a current catalogue */
  example: z.optional(z.boolean()),
  /** when the source reported it (examples, imported lists) */
  period: z.optional(period),
  /** where the facts come from when that is not the offer's own page (imported rows) */
  sourceUrl: z.optional(webUrl),
  /** what is unknown or uncertain about this offer, in plain words */
  note: z.optional(z.string()),
});
export type OfferRow = z.infer<typeof offerRow>;
export const offers = z.object({ rows: z.array(offerRow) });

/** A school location without programme data (what a build without DUO's opleidingsaanbod has for mbo). */
export const schoolLocationRow = z.object({
  id: z.string().check(z.minLength(1)),
  provider: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  address: z.optional(z.string()),
  postcode: z.optional(z.string()),
  place: z.optional(z.string()),
  lon: z.number().check(z.gte(3.0), z.lte(7.5)),
  lat: z.number().check(z.gte(50.5), z.lte(53.9)),
  arbeidsmarktregio: amrCode,
  provincie: provincieCode,
  url: z.optional(webUrl),
  source: sourceRef,
});
export type SchoolLocationRow = z.infer<typeof schoolLocationRow>;
export const schoolLocations = z.object({ rows: z.array(schoolLocationRow) });

/** An mbo qualification (crebo code): the catalogue that mbo offers and routes refer to. */
export const qualificationRow = z.object({
  crebo: z.string().check(z.regex(/^\d{5}$/)),
  name: z.string().check(z.minLength(1)),
  /** mbo1 (entree) … mbo4; absent for dossier-level codes without a level */
  level: z.optional(level),
  /** the source's own name of the level: entreeopleiding, basisberoepsopleiding, vakopleiding, middenkaderopleiding, specialistenopleiding */
  levelName: z.optional(z.string()),
  /** BOL/BBL as the list gives them (other forms such as OVO are left out) */
  leerweg: z.array(leerweg),
  sectorkamer: z.optional(z.object({ code: z.string(), name: z.string() })),
  dossier: z.optional(z.object({ code: z.string(), name: z.string() })),
  /** occupation sectors via the sectorkamer (occupations.sectorLinks) and the group links */
  klassen: z.array(brcKlasse),
  groepen: z.array(groepLink),
  source: sourceRef,
});
export type QualificationRow = z.infer<typeof qualificationRow>;
export const qualifications = z.object({ rows: z.array(qualificationRow) });

// ---------------------------------------------------------------- registry

export const DATASET_SCHEMAS = {
  'regions-arbeidsmarktregio': regionCollection,
  'regions-provincie': regionCollection,
  'regions-gemeente': regionCollection,
  places,
  occupations,
  'occupation-titles': occupationTitles,
  indicators,
  'regional-stats': regionalStats,
  'regional-series': regionalSeries,
  curated,
  offers,
  'school-locations': schoolLocations,
  qualifications,
} as const satisfies Record<DatasetId, z.ZodMiniType>;

export type DatasetFiles = {
  [K in DatasetId]: z.infer<(typeof DATASET_SCHEMAS)[K]>;
};
