/**
 * Rows from example (illustrative) data are marked "voorbeeld" with their period and source on screen: the
 * imported example offers of the committed data/offers.json (found here by the file's own `example` flag) in the
 * offers list and the offer card, and a region's own list quoted by a news item in the occupation card's reasons
 * (a SYNTHETIC reason, so the test does not depend on the kansberoep rule).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import type { OfferRow } from '../../src/data/schemas';
import { OfferListView } from '../../src/components/OfferList';
import { OfferCard } from '../../src/components/cards/OfferCard';
import { CuratedReasons } from '../../src/components/cards/CuratedReasons';
import { buildIndexes } from '../../src/data/indexes';
import { useStore } from '../../src/state/store';
import { files, manifest } from './routeFixture';

const examples = (JSON.parse(readFileSync('data/offers.json', 'utf8')) as { rows: OfferRow[] }).rows.filter((o) => o.example);

beforeEach(() => {
  const f = { ...files, offers: { rows: examples } };
  useStore.getState().actions.setData({ state: 'ready', dataset: { manifest, files: f, errors: [], index: buildIndexes(f) } });
});

describe('example rows', () => {
  it('the committed data has a few example offers, each with a period and a source page', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const o of examples) {
      expect(o.period).toBeTruthy();
      expect(o.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  it('every example offer in the list carries "voorbeeld" and its period', () => {
    render(<OfferListView offers={examples} selected={null} onOpen={() => {}} label="Opleidingen" />);
    const list = screen.getByRole('list', { name: 'Opleidingen' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(examples.length);
    examples.forEach((o, i) => {
      const want = o.period === 'ongedateerd' ? 'voorbeeld · ongedateerd' : `voorbeeld · ${o.period}`;
      expect(items[i]!.textContent).toContain(want);
    });
  });

  it('the offer card says it is an example, with the period and a link to the source page', () => {
    const o = examples[0]!;
    render(<OfferCard id={o.id} onClose={() => {}} />);
    const note = screen.getByTestId('offer-example');
    expect(note.textContent).toContain('voorbeeld');
    expect(note.textContent).toContain(`Periode volgens de bron: ${o.period}.`);
    expect(within(note).getByRole('link', { name: new URL(o.sourceUrl!).hostname }).getAttribute('href')).toBe(o.sourceUrl);
  });

  it("a region's own list quoted by a news item: voorbeeld, period, source page, and whether it counted", () => {
    render(
      <CuratedReasons
        reasons={[
          { indicator: 'tension', value: 1.6, met: true, period: '2026Q1', source: 'x', landelijk: true },
          { indicator: 'curated', value: null, class: 'kansrijk', met: true, period: '2025-07', source: 'lists', landelijk: false, occupation: 'verpleegkundige', sourceTitle: 'Synthetisch bericht', sourceUrl: 'https://example.org/bericht', completeness: 'partieel' },
          { indicator: 'curated', value: null, class: 'kansrijk', met: false, period: 'ongedateerd', source: 'lists', landelijk: false, occupation: 'verzorgende', sourceTitle: 'Ander bericht' },
        ]}
      />,
    );
    const items = within(screen.getByTestId('curated-reasons')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('voorbeeld · 2025-07');
    expect(items[0]!.textContent).toContain('✓ telt mee');
    expect(within(items[0]!).getByRole('link', { name: 'Synthetisch bericht' }).getAttribute('href')).toBe('https://example.org/bericht');
    expect(items[1]!.textContent).toContain('voorbeeld · ongedateerd');
    expect(items[1]!.textContent).toContain('telt niet mee');
    expect(items[1]!.textContent).toContain('Bron: Ander bericht');
  });
});
