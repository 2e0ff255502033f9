/**
 * A regional edition, as a region describes it in `editions/<id>.json`: title, intro, its regions (the map opens
 * on them), default filters, an accent colour, and its own extra data as CSV files in the import format
 * (docs/import-format.md). One schema, used by the edition build (scripts/build-edition.ts) and by the app.
 */
import { z } from '../data/zodJitless';
import { amrCode, brcKlasse, leerweg, level, offerKind } from '../data/schemas';

export const EDITION_ID_RE = /^[a-z0-9-]{1,40}$/;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
/** Contrast ratio of white text on this colour. */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

const text = (max: number) => z.object({ nl: z.string().check(z.minLength(1), z.maxLength(max)), en: z.string().check(z.minLength(1), z.maxLength(max)) });

/** The header is white text on the accent colour: it must pass WCAG AA (4.5:1). */
const accent = z
  .string()
  .check(
    z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #154273'),
    z.refine((c) => contrastWithWhite(c) >= 4.5, { message: 'white text on this colour is below the 4.5:1 contrast WCAG AA asks for' }),
  );

export const MEASURE_IDS = ['kansberoepen', 'tension', 'offers', 'unemployment', 'wwPer100', 'jobs'] as const;

export const editionConfig = z.object({
  id: z.string().check(z.regex(EDITION_ID_RE, 'expected lower-case letters, digits and -')),
  title: text(60),
  intro: text(600),
  /** the arbeidsmarktregio's of this edition: the map opens on them */
  regions: z.array(amrCode).check(z.minLength(1), z.maxLength(35)),
  defaults: z._default(
    z.strictObject({
      sectors: z.optional(z.array(brcKlasse)),
      levels: z.optional(z.array(level)),
      leerwegen: z.optional(z.array(leerweg)),
      offerKinds: z.optional(z.array(offerKind)),
      onlyKansberoepen: z.optional(z.boolean()),
      measure: z.optional(z.enum(MEASURE_IDS)),
    }),
    {},
  ),
  colours: z.optional(z.strictObject({ accent })),
  /** true = the edition's own figures are illustrative: the app says so on every screen */
  demo: z._default(z.boolean(), false),
  /** extra data: CSV files in the import format, next to the config in editions/<id>/ */
  extra: z._default(
    z.array(
      z.object({
        file: z.string().check(z.regex(/^[a-z0-9-]+\.csv$/, 'expected a file name like korte-scholing.csv (in editions/<id>/)')),
        title: z.string().check(z.minLength(1), z.maxLength(120)),
      }),
    ),
    [],
  ),
});
export type EditionConfig = z.infer<typeof editionConfig>;
