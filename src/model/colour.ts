/**
 * Colour helpers: WCAG contrast, the text colour to put on a fill, and the palettes used on the map.
 * Sequential palettes are ColorBrewer YlGnBu (colour-blind safe); offer kinds use Okabe–Ito.
 */
import type { OfferKind } from '../data/schemas';

/**
 * ColorBrewer YlGnBu, 3–9 classes (index = number of classes), as published by Cynthia A. Brewer, Geography,
 * Pennsylvania State University (colorbrewer2.org, Apache License 2.0) and identical to d3-scale-chromatic's
 * `schemeYlGnBu`. A constant rather than that import: d3-scale-chromatic builds its interpolated ramps (and pulls
 * in d3-interpolate and d3-color) when loaded, ~10 KB gzip on the first screen for seven fixed arrays.
 */
const YL_GN_BU: readonly (readonly string[])[] = [
  [],
  [],
  [],
  ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const v = parseInt(m[1]!, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio between two colours (1…21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** The text colour (near-black or white) with the higher contrast on `fill`; always ≥ 4.5 (WCAG AA). */
export function textOn(fill: string): string {
  return contrastRatio(DARK_TEXT, fill) >= contrastRatio(LIGHT_TEXT, fill) ? DARK_TEXT : LIGHT_TEXT;
}

/** k colours (1…9) of the sequential palette, light to dark. */
export function sequentialPalette(k: number): string[] {
  if (k <= 0) return [];
  if (k < 3) {
    const three = YL_GN_BU[3]!;
    return k === 1 ? [three[1]!] : [three[0]!, three[2]!];
  }
  return [...YL_GN_BU[Math.min(k, 9)]!];
}

/** Offer kinds: Okabe–Ito, distinguishable with the common colour-vision deficiencies. */
export const OFFER_KIND_COLOURS: Record<OfferKind, string> = {
  mbo: '#E69F00',
  hbo: '#0072B2',
  wo: '#009E73',
  praktijkverklaring: '#CC79A7',
  'short-course': '#D55E00',
  private: '#56B4E9',
};
