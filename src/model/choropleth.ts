/**
 * Classes and legend for the choropleth: values per region → colour per region + legend entries.
 * Counts and regional figures get "nice" equal-interval classes (d3-scale ticks, scaleThreshold) on the
 * sequential YlGnBu palette; tension uses UWV's five fixed classes and colours (tension.ts).
 */
import { nice, ticks as niceTicks } from 'd3-array';
import { scaleThreshold } from 'd3-scale';
import { sequentialPalette, textOn } from './colour';
import { TENSION_CLASSES, TENSION_COLOURS, TENSION_TEXT, TENSION_THRESHOLDS, tensionClass, type TensionClass } from './tension';

export interface RegionValue {
  value: number | null;
  /** a class label from the source where no number exists (tension given as a class only) */
  class?: string;
  /** national figure standing in for a missing regional one */
  landelijk?: boolean;
}

export interface LegendEntry {
  colour: string;
  /** text colour with AA contrast on `colour` (for labels drawn on the fill) */
  text: string;
  /** sequential: [min, max) — the last class includes max; tension: the class name */
  min?: number;
  max?: number;
  tension?: TensionClass;
  /** number of regions in this class */
  regions: number;
}

export interface Classification {
  kind: 'sequential' | 'tension';
  /** region code → fill colour (regions without a value are absent: drawn as "no data") */
  colours: Map<string, string>;
  /** region code → index into entries */
  classOf: Map<string, number>;
  entries: LegendEntry[];
  /** regions without a value */
  noData: string[];
  /** every region has the same value (e.g. only a national figure exists) */
  flat: boolean;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Class breaks for sequential data: nice round boundaries, 2–7 classes; integers never split below 1. */
export function niceBreaks(min: number, max: number, integer: boolean, target = 5): number[] {
  if (min === max) return [min, max];
  // what scaleLinear().domain([min, max]).nice(target).ticks(target) computes, from d3-array (d3-scale's own
  // dependency) directly: scaleLinear brings d3-interpolate, d3-color and d3-format into the first screen (~8 KB
  // gzip) for two calls that need none of them.
  const [lo, hi] = nice(min, max, target);
  let ticks = niceTicks(lo, hi, target);
  if (integer) ticks = [...new Set(ticks.map((t) => Math.round(t)))];
  if (ticks[0]! > min) ticks.unshift(min);
  if (ticks[ticks.length - 1]! < max) ticks.push(max);
  return ticks;
}

export function classifySequential(values: ReadonlyMap<string, RegionValue>, opts: { integer: boolean }): Classification {
  const present = [...values].filter(([, v]) => finite(v.value)) as [string, RegionValue & { value: number }][];
  const noData = [...values].filter(([, v]) => !finite(v.value)).map(([c]) => c);
  const colours = new Map<string, string>();
  const classOf = new Map<string, number>();
  if (present.length === 0) return { kind: 'sequential', colours, classOf, entries: [], noData, flat: false };
  const nums = present.map(([, v]) => v.value);
  const min = Math.min(...nums);
  const max = Math.max(...nums);
  if (min === max) {
    const colour = sequentialPalette(1)[0]!;
    for (const [c] of present) {
      colours.set(c, colour);
      classOf.set(c, 0);
    }
    return { kind: 'sequential', colours, classOf, entries: [{ colour, text: textOn(colour), min, max, regions: present.length }], noData, flat: true };
  }
  const breaks = niceBreaks(min, max, opts.integer);
  const k = breaks.length - 1;
  const palette = sequentialPalette(k);
  // scaleThreshold maps value → class index by the inner breaks; the top class includes the maximum.
  const scale = scaleThreshold<number, number>().domain(breaks.slice(1, -1)).range([...Array(k).keys()]);
  const entries: LegendEntry[] = palette.map((colour, i) => ({ colour, text: textOn(colour), min: breaks[i]!, max: breaks[i + 1]!, regions: 0 }));
  for (const [c, v] of present) {
    const i = scale(v.value);
    colours.set(c, palette[i]!);
    classOf.set(c, i);
    entries[i]!.regions++;
  }
  return { kind: 'sequential', colours, classOf, entries, noData, flat: false };
}

/** UWV tension classes: the source's class label where it gives one, else the class of the value. */
export function classifyTension(values: ReadonlyMap<string, RegionValue>): Classification {
  const entries: LegendEntry[] = TENSION_CLASSES.map((t) => ({
    colour: TENSION_COLOURS[t],
    text: TENSION_TEXT[t],
    tension: t,
    min: TENSION_THRESHOLDS[t].min,
    max: TENSION_THRESHOLDS[t].max ?? undefined,
    regions: 0,
  }));
  const colours = new Map<string, string>();
  const classOf = new Map<string, number>();
  const noData: string[] = [];
  const seen = new Set<number>();
  for (const [code, v] of values) {
    // the source's own class first (never reclassified), else UWV's class of the value
    const cls = (TENSION_CLASSES as readonly string[]).includes(v.class ?? '') ? (v.class as TensionClass) : finite(v.value) && v.value >= 0 ? tensionClass(v.value) : null;
    if (!cls) {
      noData.push(code);
      continue;
    }
    const i = TENSION_CLASSES.indexOf(cls);
    colours.set(code, TENSION_COLOURS[cls]);
    classOf.set(code, i);
    entries[i]!.regions++;
    seen.add(i);
  }
  return { kind: 'tension', colours, classOf, entries, noData, flat: seen.size === 1 && noData.length === 0 };
}
