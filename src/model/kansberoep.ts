/**
 * The kansberoep rule: is BRC beroepsgroep G an occupation with good prospects in area A, why, and how big is it?
 * Written out (thresholds and their basis) in docs/kansberoepen.md. Pure: no React, no MapLibre.
 *
 * Per indicator the regional figure is used where one exists, otherwise the national one, marked *landelijk*.
 * Four signals are read, each against the source's own class (never reclassified):
 *   tension           current tension class krap / zeer krap
 *   jobOpenings       expected job openings typering hoog / erg hoog
 *   futureBottleneck  ROA ITKB typering groot / zeer groot
 *   direction         expected development blijft krap / verdere verkrapping / verkrapping
 * kansberoep = at least two signals met (sterk: three or more), or the region's own recent list names it kansrijk.
 */
import type { Dataset } from '../data/load';
import { indicatorKey } from '../data/indexes';
import { NATIONAL, type CuratedRow, type IndicatorId, type IndicatorRow } from '../data/schemas';
import { tensionClass } from './tension';
import { importSourceId } from '../data/importCsv';
import { sizeOf, type SizeFigure } from './kansberoepSize';

export type { SizeFigure } from './kansberoepSize';

export type Strength = 'sterk' | 'kansrijk' | 'geen' | 'onbekend';

/** The signals the rule counts, with the classes that meet them and the threshold in words (Dutch, as shown). */
export const SIGNALS = [
  { indicator: 'tension', classes: ['krap', 'zeer krap'], threshold: 'huidige spanning: klasse krap of zeer krap (indeling van de bron)' },
  { indicator: 'jobOpenings', classes: ['hoog', 'erg hoog'], threshold: 'verwachte baanopeningen: typering hoog of erg hoog' },
  { indicator: 'futureBottleneck', classes: ['groot', 'zeer groot'], threshold: 'toekomstige knelpunten (ITKB): groot of zeer groot' },
  { indicator: 'direction', classes: ['blijft krap', 'verdere verkrapping', 'verkrapping'], threshold: 'verwachte ontwikkeling: blijft krap of verder krapper' },
] as const satisfies readonly { indicator: IndicatorId; classes: readonly string[]; threshold: string }[];

/**
 * A region's own list counts towards the verdict only when it is recent: named at most this many years before the
 * newest current-tension period in the data (2026Q1 → lists from 2023 on). Older and undated rows stay visible
 * as reasons but do not count.
 */
export const CURATED_MAX_AGE_YEARS = 3;

/** Signals needed for kansberoep / for sterk. */
export const KANSBEROEP_MIN_SIGNALS = 2;
export const STERK_MIN_SIGNALS = 3;

export interface Reason {
  /** the indicator, or 'curated' for a region's own list */
  indicator: IndicatorId | 'curated';
  value: number | null;
  /** the source's class (or, for a tension value without a class, UWV's class of that value) */
  class?: string;
  /** % of employment, where the source gives it */
  pct?: number;
  /** the threshold in words */
  threshold: string;
  /** did this reason count towards kansberoep? */
  met: boolean;
  period: string;
  /** source id in the manifest */
  source: string;
  /** the area the figure is about (NL01 when a national figure stands in) */
  area: string;
  scope: 'regional' | 'national';
  /** a national figure (shown *landelijk*) */
  landelijk: boolean;
  /** curated rows: the source as it names itself, and its page */
  sourceTitle?: string;
  sourceUrl?: string;
  /** curated rows: the occupation as the list writes it, and the list's own status */
  occupation?: string;
  status?: CuratedRow['status'];
  /** curated rows: e.g. "partieel: voorbeelden uit lijst van ca. 230" */
  completeness?: string;
}

export interface KansberoepAssessment {
  groep: string;
  area: string;
  kansberoep: boolean;
  strength: Strength;
  /** every reason read, met or not: the four signals (where a figure exists) and curated rows for the area */
  reasons: Reason[];
  /** number of figure signals met */
  signals: number;
  /** 'regional' when at least one figure or curated row is about the area itself */
  scope: 'regional' | 'national';
  /** every figure behind the verdict is national (shown *landelijk*) */
  landelijk: boolean;
  /** how big the group is here: employment or expected job openings */
  size?: SizeFigure;
}

/** Curated rows by `${area}|${groep}`, built once per curated file. */
const curatedIndex = new WeakMap<readonly CuratedRow[], Map<string, CuratedRow[]>>();
function curatedFor(ds: Dataset, groep: string, area: string): CuratedRow[] {
  const rows = ds.files.curated?.rows;
  if (!rows) return [];
  let idx = curatedIndex.get(rows);
  if (!idx) {
    idx = new Map();
    for (const r of rows) {
      if (!r.groep) continue;
      const k = `${r.area}|${r.groep}`;
      const l = idx.get(k);
      if (l) l.push(r);
      else idx.set(k, [r]);
    }
    curatedIndex.set(rows, idx);
  }
  return idx.get(`${area}|${groep}`) ?? [];
}

/** The figure for (groep, area, indicator): the area's own, else the national one. */
export function figureFor(ds: Dataset, groep: string, area: string, indicator: IndicatorId): IndicatorRow | undefined {
  return ds.index.indicator.get(indicatorKey(groep, area, indicator)) ?? (area === NATIONAL ? undefined : ds.index.indicator.get(indicatorKey(groep, NATIONAL, indicator)));
}

function classOf(row: IndicatorRow): string | undefined {
  if (row.class) return row.class;
  // a tension ratio without a class (e.g. imported UWV spanningsindicator): UWV's own class boundaries
  if (row.indicator === 'tension' && row.value !== null && row.value >= 0) return tensionClass(row.value);
  return undefined;
}

const yearOf = (period: string): number | undefined => {
  const m = /(\d{4})/.exec(period);
  return m ? Number(m[1]) : undefined;
};

/** Newest year among the current-tension periods (the data's "now"), once per indicator file. */
const referenceYears = new WeakMap<readonly IndicatorRow[], number | null>();
function referenceYear(ds: Dataset): number | undefined {
  const rows = ds.files.indicators?.rows;
  if (!rows) return undefined;
  let y = referenceYears.get(rows);
  if (y === undefined) {
    y = null;
    for (const r of rows) if (r.indicator === 'tension') y = Math.max(y ?? 0, yearOf(r.period) ?? 0) || null;
    referenceYears.set(rows, y);
  }
  return y ?? undefined;
}

/** The manifest source of a curated row: its imported source when it came from an --import file, else the file's. */
function curatedSource(ds: Dataset, row: CuratedRow): string {
  const imported = importSourceId(row.sourceTitle);
  if (ds.manifest.sources?.some((s) => s.id === imported)) return imported;
  return ds.manifest.files.find((f) => f.id === 'curated')?.sources[0] ?? 'curated';
}

export function assessKansberoep(ds: Dataset, groep: string, area: string): KansberoepAssessment {
  const reasons: Reason[] = [];
  let signals = 0;
  for (const s of SIGNALS) {
    const row = figureFor(ds, groep, area, s.indicator);
    if (!row) continue;
    const cls = classOf(row);
    const met = meets(s, row);
    if (met) signals++;
    reasons.push({
      indicator: s.indicator,
      value: row.value,
      ...(cls !== undefined ? { class: cls } : {}),
      ...(row.pct !== undefined ? { pct: row.pct } : {}),
      threshold: s.threshold,
      met,
      period: row.period,
      source: row.source,
      area: row.area,
      scope: row.scope,
      landelijk: row.scope === 'national',
    });
  }
  let named = false;
  const refYear = referenceYear(ds);
  for (const c of curatedFor(ds, groep, area)) {
    const year = yearOf(c.period);
    const recent = refYear === undefined || (year !== undefined && year >= refYear - CURATED_MAX_AGE_YEARS);
    const met = curatedCounts(c, refYear);
    if (met) named = true;
    reasons.push({
      indicator: 'curated',
      value: null,
      class: c.status,
      threshold: `genoemd door ${c.sourceTitle} (${c.period})${recent ? '' : ` — ouder dan ${CURATED_MAX_AGE_YEARS} jaar of ongedateerd, telt niet mee`}`,
      met,
      period: c.period,
      source: curatedSource(ds, c),
      area: c.area,
      scope: c.area === NATIONAL ? 'national' : 'regional',
      landelijk: c.area === NATIONAL,
      sourceTitle: c.sourceTitle,
      sourceUrl: c.sourceUrl,
      occupation: c.occupation,
      status: c.status,
      completeness: c.completeness,
    });
  }
  const strength = strengthOf(signals, named, reasons.length > 0);
  const size = sizeOf(ds, groep, area);
  return {
    groep,
    area,
    kansberoep: strength === 'sterk' || strength === 'kansrijk',
    strength,
    reasons,
    signals,
    scope: reasons.some((r) => r.scope === 'regional') ? 'regional' : 'national',
    landelijk: reasons.length > 0 && reasons.every((r) => r.landelijk),
    ...(size ? { size } : {}),
  };
}

/** The verdict from the counted signals: the one place the thresholds are applied. */
function strengthOf(signals: number, named: boolean, anyReason: boolean): Strength {
  if (signals >= STERK_MIN_SIGNALS) return 'sterk';
  if (signals >= KANSBEROEP_MIN_SIGNALS || named) return 'kansrijk';
  return anyReason ? 'geen' : 'onbekend';
}

/** Is the signal's figure in a class that meets it? */
const meets = (s: (typeof SIGNALS)[number], row: IndicatorRow): boolean => {
  const cls = classOf(row);
  return cls !== undefined && (s.classes as readonly string[]).includes(cls);
};

/** Does a curated row count (recent, and not "minder kansrijk")? */
function curatedCounts(c: CuratedRow, refYear: number | undefined): boolean {
  const year = yearOf(c.period);
  const recent = refYear === undefined || (year !== undefined && year >= refYear - CURATED_MAX_AGE_YEARS);
  return recent && c.status !== 'minder kansrijk';
}

/**
 * Only the yes/no of assessKansberoep, without building its reasons and size: what the map's first frame needs
 * for every region × group (35 × 114), so it is kept cheap. Same signals, same thresholds (strengthOf).
 */
export function isKansberoep(ds: Dataset, groep: string, area: string): boolean {
  let signals = 0;
  for (const s of SIGNALS) {
    const row = figureFor(ds, groep, area, s.indicator);
    if (row && meets(s, row)) signals++;
  }
  if (signals >= KANSBEROEP_MIN_SIGNALS) return true;
  const refYear = referenceYear(ds);
  return curatedFor(ds, groep, area).some((c) => curatedCounts(c, refYear));
}

const STRENGTH_ORDER: Record<Strength, number> = { sterk: 0, kansrijk: 1, geen: 2, onbekend: 3 };

/** The groups in use (occupations.json without retired 2015 codes), else the groups that have indicator rows. */
function knownGroepen(ds: Dataset): string[] {
  if (ds.index.groepen.size) return [...ds.index.groepen.values()].filter((g) => g.replacedBy === undefined).map((g) => g.code);
  return [...new Set((ds.files.indicators?.rows ?? []).map((r) => r.groep))];
}

/**
 * Every group assessed for an area, kansberoepen first (sterk, then kansrijk), larger groups first within a
 * strength. `all: false` (default) returns kansberoepen only.
 */
export function kansberoepenIn(ds: Dataset, area: string, opts: { all?: boolean } = {}): KansberoepAssessment[] {
  const out = knownGroepen(ds)
    .map((g) => assessKansberoep(ds, g, area))
    .filter((a) => opts.all || a.kansberoep);
  return out.sort(
    (a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] || (b.size?.value ?? -1) - (a.size?.value ?? -1) || a.groep.localeCompare(b.groep),
  );
}

/** Memoised per dataset (datasets are replaced, never mutated: withFile returns a new one). */
const memo = new WeakMap<Dataset, Map<string, KansberoepAssessment>>();

/**
 * The rule as a function of (groep, area), memoised for this dataset: the shape the screen's port
 * (core's KansberoepRule) and route ranking (ProspectRule) consume.
 */
export function kansberoepRule(ds: Dataset): (groep: string, area: string) => KansberoepAssessment {
  let cache = memo.get(ds);
  if (!cache) memo.set(ds, (cache = new Map()));
  const c = cache;
  return (groep, area) => {
    const k = `${groep}|${area}`;
    let a = c.get(k);
    if (!a) c.set(k, (a = assessKansberoep(ds, groep, area)));
    return a;
  };
}
