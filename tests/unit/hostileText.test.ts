/**
 * Hostile text in data a region brings (import CSV cells) and in data files: script payloads in text cells stay
 * plain strings (the screen renders them as text: tests/e2e/hostileText.test.ts), and a link cell that is not a
 * web address (javascript:, data:, …) is a bad row with a clear message — never a link on screen.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeProblem, parseImportCsv, type ImportContext } from '../../src/data/importCsv';
import { OFFER_COLUMNS, offerRowType, placesGeocoder } from '../../src/data/importOfferRow';
import { offers as offersSchema, schoolLocationRow, type OfferRow, type PlaceRow } from '../../src/data/schemas';
import { XSS_PAYLOADS } from '../lib/xssPayloads';

const places = (JSON.parse(readFileSync('data/places.json', 'utf8')) as { rows: PlaceRow[] }).rows;
const context: ImportContext = { rowTypes: { offer: offerRowType(placesGeocoder(places)) }, extraColumns: OFFER_COLUMNS };
const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const HEAD = 'type;area;provider;title;kind;level;place;url;period;source;source_url';

describe('hostile text in an import CSV', () => {
  it('keeps every script payload in a text cell as the literal string', () => {
    const lines = XSS_PAYLOADS.map((p) => ['offer', 'AM01', cell(p), cell(p), 'short-course', '', 'Assen', '', '2026-03', 'Lijst', ''].join(';'));
    const r = parseImportCsv([HEAD, ...lines].join('\n'), context);
    expect(r.problems).toEqual([]);
    const rows = (r.other.offer ?? []) as OfferRow[];
    expect(rows.map((o) => o.title)).toEqual([...XSS_PAYLOADS]);
    expect(rows.map((o) => o.provider)).toEqual([...XSS_PAYLOADS]);
  });

  it('refuses a link cell that is not http(s), naming row and column', () => {
    const bad = ['javascript:window.__pwned=1', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x'];
    const lines = bad.flatMap((u) => [
      ['offer', 'AM01', 'Aanbieder', 'Cursus', 'short-course', '', 'Assen', cell(u), '2026-03', 'Lijst', ''].join(';'),
      ['offer', 'AM01', 'Aanbieder', 'Cursus', 'short-course', '', 'Assen', '', '2026-03', `Lijst ${cell(u)}`.replace(/"/g, ''), cell(u)].join(';'),
    ]);
    const r = parseImportCsv([HEAD, ...lines].join('\n'), context);
    expect(r.other.offer ?? []).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual(bad.flatMap((_, i) => [[2 + 2 * i, 'url'], [3 + 2 * i, 'source_url']]));
    expect(describeProblem(r.problems[0]!)).toBe('row 2, column url: "javascript:window.__pwned=1" is not a web address (http:// or https://)');
  });
});

describe('links in data files', () => {
  const offers = JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: OfferRow[] };
  it('the committed files pass, and a javascript: link makes the file fail with the row and field named', () => {
    expect(offersSchema.safeParse(offers).success).toBe(true);
    const tampered = structuredClone(offers);
    tampered.rows[5]!.url = 'javascript:window.__pwned=1';
    const r = offersSchema.safeParse(tampered);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['rows', 5, 'url']);
    expect(r.error!.issues[0]!.message).toBe('expected a web address (http:// or https://)');
    const loc = JSON.parse(readFileSync('data/school-locations.json', 'utf8')) as { rows: unknown[] };
    expect(schoolLocationRow.safeParse({ ...(loc.rows[0] as object), url: 'data:text/html,x' }).success).toBe(false);
  });
});
