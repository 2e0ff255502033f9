/**
 * UWV's tension classes (spanningsindicator: vacancies ÷ WW-uitkeringen ≤ 6 months), used identically on the
 * map, in badges and in the legend. Boundaries as UWV publishes them: > 4 zeer krap, 1.5–4 krap,
 * 0.67–1.5 gemiddeld, 0.25–0.67 ruim, < 0.25 zeer ruim. A value exactly on a boundary belongs to the
 * tighter class from 1.5 upward ("from 1.5 counts as krap", UWV) and to the looser class below it.
 */
export const TENSION_CLASSES = ['zeer ruim', 'ruim', 'gemiddeld', 'krap', 'zeer krap'] as const;
export type TensionClass = (typeof TENSION_CLASSES)[number];

/** Lower bounds of each class (index = class), in the ratio's unit. */
export const TENSION_THRESHOLDS: Record<TensionClass, { min: number; max: number | null }> = {
  'zeer ruim': { min: 0, max: 0.25 },
  ruim: { min: 0.25, max: 0.67 },
  gemiddeld: { min: 0.67, max: 1.5 },
  krap: { min: 1.5, max: 4 },
  'zeer krap': { min: 4, max: null },
};

export function tensionClass(ratio: number): TensionClass {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`tension ratio must be a non-negative number, got ${ratio}`);
  if (ratio > 4) return 'zeer krap';
  if (ratio >= 1.5) return 'krap';
  if (ratio >= 0.67) return 'gemiddeld';
  if (ratio >= 0.25) return 'ruim';
  return 'zeer ruim';
}

/** Fixed five-step, colour-blind-safe palette (ColorBrewer PuOr, loose = purple … tight = orange-brown). */
export const TENSION_COLOURS: Record<TensionClass, string> = {
  'zeer ruim': '#5e3c99',
  ruim: '#b2abd2',
  gemiddeld: '#f7f7f7',
  krap: '#fdb863',
  'zeer krap': '#b35806',
};
/** Text colour that passes WCAG AA on each fill. */
export const TENSION_TEXT: Record<TensionClass, string> = {
  'zeer ruim': '#ffffff',
  ruim: '#1a1a1a',
  gemiddeld: '#1a1a1a',
  krap: '#1a1a1a',
  'zeer krap': '#ffffff',
};
