import { describe, expect, it } from 'vitest';
import { buildExportText, sourceLine } from '../../src/export/exportText';
import { EXPORT_SIZES, layoutExport, layoutText, wrap, type Measure } from '../../src/export/layout';
import { DEFAULT_STATE } from '../../src/state/types';
import type { SourceEntry } from '../../src/data/schemas';

/** Fixed-width stand-in for canvas text measuring: every character 0.5 em. */
const measure: Measure = (t, size) => t.length * size * 0.5;

const cbs: SourceEntry = {
  id: 'cbs',
  title: 'CBS gebiedsindelingen 2025',
  publisher: 'CBS / Kadaster via PDOK',
  url: 'https://example.invalid',
  licence: 'CC BY 4.0',
  licenceVerified: false,
  retrieved: '2026-11-23',
  period: '2025',
  status: 'derived',
};
const roa: SourceEntry = { ...cbs, id: 'roa', title: 'ROA AIS 2030 (editie 2026)', publisher: 'ROA', period: '2026Q1', licenceVerified: true };

const text = buildExportText({
  lang: 'nl',
  title: 'Inspiratiekaart · Noord-Nederland',
  subtitle: 'Aantal kansberoepen',
  filters: { ...DEFAULT_STATE.filters, region: 'AM01', sectors: ['10'], levels: ['mbo1', 'mbo3'], onlyKansberoepen: true },
  regionName: (c) => ({ AM01: 'Groningen' })[c],
  klasseName: (c) => ({ '10': 'Zorg en welzijn' })[c],
  legendTitle: 'Spanning',
  legend: [
    { colour: '#b35806', label: 'zeer krap' },
    { colour: '#fdb863', label: 'krap' },
  ],
  sources: [cbs, roa],
  date: new Date(Date.UTC(2026, 10, 23, 12)),
  link: 'http://127.0.0.1/?v=2&r=AM01',
});

describe('export text', () => {
  it('names every active filter, every source with its period and licence status, and the date', () => {
    expect(text.filters).toEqual(['Regio: Groningen', 'Sector: Zorg en welzijn', 'Niveau: entree/mbo-1, mbo-3', 'Alleen kansberoepen']);
    expect(text.sources).toEqual([
      'CBS gebiedsindelingen 2025 (CBS / Kadaster via PDOK, periode 2025, CC BY 4.0, licentie niet gecontroleerd, opgehaald 2026-11-23)',
      'ROA AIS 2030 (editie 2026) (ROA, periode 2026Q1, CC BY 4.0, opgehaald 2026-11-23)',
    ]);
    expect(text.made).toBe('Gemaakt op 23 november 2026 met Inspiratiekaart');
    expect(sourceLine('en', roa)).toBe('ROA AIS 2030 (editie 2026) (ROA, period 2026Q1, CC BY 4.0, retrieved 2026-11-23)');
  });

  it('says so when nothing is filtered', () => {
    const t = buildExportText({ ...{ lang: 'nl' as const }, title: '', subtitle: '', filters: DEFAULT_STATE.filters, regionName: () => undefined, klasseName: () => undefined, legendTitle: '', legend: [], sources: [], date: new Date(0), link: '' });
    expect(t.filters).toEqual(['Geen filters: heel Nederland, alle sectoren en niveaus']);
  });
});

describe('export layout', () => {
  it('wraps words to the width and cuts a single over-long word', () => {
    // 10 px font → 5 px per character, 50 px = 10 characters per line
    expect(wrap('een twee drie vier', 50, 10, 400, measure)).toEqual(['een twee', 'drie vier']);
    expect(wrap('arbeidsmarktregio', 50, 10, 400, measure)).toEqual(['arbeidsma…']) // 9 letters + the ellipsis = 10 characters;
  });

  for (const [name, size] of Object.entries(EXPORT_SIZES)) {
    it(`${name}: every source line is drawn in full, and everything fits on the ${size.width}×${size.height} page`, () => {
      const l = layoutExport(text, size, measure);
      expect(l.width).toBe(size.width);
      expect(l.height).toBe(size.height);
      expect(layoutText(l, 'source').join(' ')).toBe(text.sources.join(' '));
      expect(layoutText(l, 'made')).toEqual([text.made]);
      expect(layoutText(l, 'filter').join(' ')).toBe(text.filters.join(' · '));
      expect(layoutText(l, 'legend')).toEqual(['zeer krap', 'krap']);
      for (const op of l.ops) {
        const w = op.kind === 'text' ? measure(op.text, op.size, op.weight) : op.kind === 'qr' ? op.size : op.w;
        const h = op.kind === 'text' ? op.size : op.kind === 'qr' ? op.size : op.h;
        const y = op.y;
        expect(op.x).toBeGreaterThanOrEqual(0);
        expect(op.x + w).toBeLessThanOrEqual(size.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y + h).toBeLessThanOrEqual(size.height);
      }
      // the map takes most of the page, between header and footer
      expect(l.map.w).toBe(size.width);
      expect(l.map.h / size.height).toBeGreaterThan(0.6);
      const footerTop = Math.min(...l.ops.filter((o) => o.kind === 'text' && o.role === 'source').map((o) => o.y));
      expect(l.map.y + l.map.h).toBeLessThanOrEqual(footerTop);
    });
  }

  it('scales type with the page: the A4 title is 1.94× the 1280×720 size (2480 / 1280)', () => {
    const title = (s: { width: number; height: number }) => layoutExport(text, s, measure).ops.find((o) => o.kind === 'text' && o.role === 'title');
    expect(title({ width: 1280, height: 720 })).toMatchObject({ size: 26 });
    expect(title(EXPORT_SIZES.a4)).toMatchObject({ size: Math.round(26 * 1.9375) });
    expect(title(EXPORT_SIZES.slide)).toMatchObject({ size: 39 });
  });
});

describe('region names in image exports', () => {
  it('leaves out a name that would overlap one already placed', async () => {
    const { placeLabels } = await import('../../src/export/layout');
    // 10 px type: "Groningen" is 45 px wide; a second name 20 px to the right overlaps, one 80 px lower does not
    const labels = [
      { text: 'Groningen', x: 100, y: 100 },
      { text: 'Drenthe', x: 120, y: 104 },
      { text: 'Twente', x: 100, y: 180 },
    ];
    expect(placeLabels(labels, 10, measure).map((l) => l.text)).toEqual(['Groningen', 'Twente']);
  });
});
