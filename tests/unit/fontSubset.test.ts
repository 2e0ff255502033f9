/**
 * The self-hosted font split in core and rest faces (src/fonts/, `npm run fonts`): the committed files hold exactly
 * @fontsource's latin subset between them, the CSS declares each face for what it holds, and every character the
 * app's texts and data use is in a core face (so the first screen never needs a rest face).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_WEIGHTS, fontCodepoints, fontNames, sourceFont, splitCodepoints, unicodeRange } from '../../scripts/lib/font-subset';

const FONTS = 'src/fonts';
const css = readFileSync(join(FONTS, 'noto-sans.css'), 'utf8');
const face = (weight: number, part: string) => readFileSync(join(FONTS, `noto-sans-${weight}-${part}.woff2`));

/** The @font-face rules as { file, weight, range }. */
const rules = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
  file: /url\(\.\/([^)?]+)/.exec(body!)![1]!,
  query: /url\([^)?]+(\?[^)]*)?\)/.exec(body!)![1] ?? '',
  weight: Number(/font-weight: (\d+)/.exec(body!)![1]),
  range: /unicode-range: ([^;]+);/.exec(body!)![1]!,
}));

describe('unicodeRange / splitCodepoints', () => {
  it('merges runs and writes four hex digits', () => {
    expect(unicodeRange([0x41, 0x42, 0x43, 0x131, 0x2013, 0x2014, 0x1f600])).toBe('U+0041-0043,U+0131,U+2013-2014,U+1F600');
    expect(unicodeRange([])).toBe('');
  });

  it('core = Latin-1, the listed punctuation and what was scanned; rest = the others', () => {
    const cmap = [0x41, 0xe9, 0x131, 0x152, 0x2013, 0x2032, 0x20ac, 0xfffd];
    expect(splitCodepoints(cmap, [0x2032, 0x4e00])).toEqual({ core: [0x41, 0xe9, 0x2013, 0x2032, 0x20ac], rest: [0x131, 0x152, 0xfffd] });
  });
});

describe('the committed faces', () => {
  for (const weight of FONT_WEIGHTS) {
    it(`${weight}: core and rest hold the source's characters between them, once, and the CSS says which`, async () => {
      const source = await fontCodepoints(readFileSync(sourceFont('.', weight)));
      const core = await fontCodepoints(face(weight, 'core'));
      const rest = await fontCodepoints(face(weight, 'rest'));
      expect([...core, ...rest].sort((a, b) => a - b)).toEqual(source);
      expect(core.filter((c) => rest.includes(c))).toEqual([]);
      // all of Latin-1 that the source has (it has all of U+00A0–00FF) and € – — ‘ ’ “ ” … • − are core
      for (let c = 0xa0; c <= 0xff; c++) expect(core).toContain(c);
      for (const ch of '€–—‘’“”…•−') expect(core).toContain(ch.codePointAt(0));
      // two characters a Dutch or English UI never uses: rest
      expect(rest).toEqual(expect.arrayContaining([0x131, 0x152]));

      const mine = rules.filter((r) => r.weight === weight);
      expect(mine.map((r) => r.file)).toEqual([`noto-sans-${weight}-core.woff2`, `noto-sans-${weight}-rest.woff2`]);
      expect(mine[0]!.range).toBe(unicodeRange(core));
      expect(mine[1]!.range).toBe(unicodeRange(rest));
      // the rest face is 2 KB: without ?no-inline Vite would inline it as a data: URL, into the first screen's CSS
      // and against the CSP (font-src 'self')
      expect(mine[1]!.query).toBe('?no-inline');
    });
  }

  it('every character of the UI texts, index.html and the committed data that the font has is in a core face', async () => {
    const files = [
      'index.html',
      ...readdirSync('src/i18n/messages', { recursive: true }).map((f) => join('src/i18n/messages', String(f))).filter((f) => f.endsWith('.ts')),
      ...readdirSync('data', { recursive: true }).map((f) => join('data', String(f))).filter((f) => /\.(json|geojson)$/.test(f)),
    ];
    const used = new Set<number>();
    for (const f of files) for (const ch of readFileSync(f, 'utf8')) used.add(ch.codePointAt(0)!);
    for (const weight of FONT_WEIGHTS) {
      const source = new Set(await fontCodepoints(readFileSync(sourceFont('.', weight))));
      const core = new Set(await fontCodepoints(face(weight, 'core')));
      const missing = [...used].filter((c) => source.has(c) && !core.has(c)).map((c) => String.fromCodePoint(c));
      expect(missing, 'characters only in the rest face: run `npm run fonts`').toEqual([]);
    }
  });

  it('the licence travels with the fonts: OFL.txt beside them and the copyright and licence URL inside each file', async () => {
    expect(readFileSync(join(FONTS, 'OFL.txt'), 'utf8')).toContain('SIL Open Font License, Version 1.1');
    for (const weight of FONT_WEIGHTS) {
      for (const part of ['core', 'rest']) {
        const names = await fontNames(face(weight, part));
        expect(names.get(0)).toContain('The Noto Project Authors');
        expect(names.get(14)).toBe('https://openfontlicense.org');
      }
    }
  });

  it('the app imports these faces, not @fontsource\'s', () => {
    const styles = readFileSync('src/styles.css', 'utf8');
    expect(styles).toContain("@import './fonts/noto-sans.css';");
    expect(styles).not.toContain('@fontsource');
  });
});
