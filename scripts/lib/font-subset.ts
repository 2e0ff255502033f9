/**
 * What goes into the "core" and "rest" faces of the self-hosted font (scripts/fonts.ts writes them, the unit test
 * checks the committed files against this). The core face holds what Dutch and English text needs plus every
 * character the app's own texts and committed data use; the rest face holds the remainder of @fontsource's latin
 * subset and is declared with unicode-range, so a browser fetches it only for a page that shows such a character
 * (a typed note, an imported name). Same split as @fontsource / Google Fonts do between their subsets.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';

export const FONT_WEIGHTS = [400, 600] as const;

/** The @fontsource file each pair of faces is cut from. */
export const sourceFont = (root: string, weight: number) =>
  join(root, 'node_modules/@fontsource/noto-sans/files', `noto-sans-latin-${weight}-normal.woff2`);

/**
 * Always in the core face (where the font has them): ASCII, all of Latin-1 (U+00A0–00FF: the letters with
 * diacritics Dutch, English and names use, «», ·, ×), and the typographic punctuation of both languages.
 * ≤ ≥ and the arrows are listed too, though the latin subset has no glyphs for them (they fall back as before).
 */
const CORE_RANGES: readonly [number, number][] = [
  [0x0000, 0x00ff],
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x20ac, 0x20ac], // €
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2212, 0x2212], // −
  [0x2264, 0x2265], // ≤ ≥
];

/** The app's own texts and committed data: every character found here goes into the core face. */
export const SCANNED = ['index.html', 'src', 'data', 'editions'] as const;
const TEXT_FILE = /\.(tsx?|css|html|json|geojson|csv)$/;

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((f) => walk(join(path, f)));
}

/** Code points used in the scanned files, each with the first file it was seen in. */
export function scanCodepoints(root: string): Map<number, string> {
  const seen = new Map<number, string>();
  for (const top of SCANNED) {
    for (const file of walk(join(root, top))) {
      if (!TEXT_FILE.test(file) || file.includes(`${join('src', 'fonts')}`)) continue;
      for (const ch of readFileSync(file, 'utf8')) {
        const cp = ch.codePointAt(0)!;
        if (!seen.has(cp)) seen.set(cp, file.slice(root.length + 1));
      }
    }
  }
  return seen;
}

/** Split the font's code points: core = fixed ranges ∪ scanned; rest = the others. Both sorted. */
export function splitCodepoints(cmap: Iterable<number>, scanned: Iterable<number>): { core: number[]; rest: number[] } {
  const wanted = new Set(scanned);
  const inCore = (cp: number) => wanted.has(cp) || CORE_RANGES.some(([a, b]) => cp >= a && cp <= b);
  const all = [...new Set(cmap)].sort((a, b) => a - b);
  return { core: all.filter(inCore), rest: all.filter((cp) => !inCore(cp)) };
}

/** CSS unicode-range for a sorted list of code points, consecutive ones merged: [0x41,0x42,0x43,0x131] → 'U+0041-0043,U+0131'. */
export function unicodeRange(sorted: readonly number[]): string {
  const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The code points a font file maps (woff2, woff or sfnt), sorted. */
export async function fontCodepoints(font: Uint8Array): Promise<number[]> {
  const sfnt: Buffer = await fontverter.convert(Buffer.from(font), 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt));
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

/** A font's name table entries (English), by name id: 0 copyright, 13/14 licence. */
export async function fontNames(font: Uint8Array): Promise<Map<number, string>> {
  const sfnt: Buffer = await fontverter.convert(Buffer.from(font), 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt));
  return new Map(face.listNames().map((n) => [n.nameId, face.getName(n.nameId, n.language)] as const));
}
