/**
 * The region card on the first screen's data: its figures come from regional-stats.json's trend points; the charts
 * wait for the lazy regional-series.json with a loading line (never an empty or wrong chart), and appear when it
 * is in. Real committed data; the expected figures are CBS's (Groningen, unemployment 2013 8.7 %, 2024 4.0 %).
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { RegionCard } from '../../src/components/cards/RegionCard';
import { useStore } from '../../src/state/store';
import { loadDataset, loadFile, withFile } from '../../src/data/load';
import { fsFetcher } from '../lib/fsFetcher';

describe('region card and the lazy series', () => {
  it('shows the figures at once, "loading" instead of the charts, and the charts once regional-series.json is in', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/');
    if (!r.ok) throw new Error('manifest did not load');
    expect(r.dataset.files['regional-series']).toBeUndefined(); // lazy: not among the first screen's files
    useStore.getState().actions.setData({ state: 'ready', dataset: r.dataset });
    render(<RegionCard area="AM01" onClose={() => undefined} />);

    const table = screen.getByRole('table', { name: 'Arbeidsmarkt' });
    const row = within(table).getByRole('rowheader', { name: /^Werkloosheid/ }).closest('tr')!;
    expect(row.textContent).toContain('(2024)');
    expect(row.textContent).toContain('4,0%');
    expect(row.textContent).toContain('2023');
    expect(screen.getByText('Trendlijnen worden geladen…')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /^Werkloosheid:/ })).toBeNull();

    const series = await loadFile(fsFetcher('data'), 'data/', r.dataset.manifest, 'regional-series');
    if (!series.ok) throw new Error('regional-series.json did not load');
    act(() => useStore.getState().actions.updateDataset((ds) => withFile(ds, 'regional-series', series.data)));
    expect(screen.getByRole('img', { name: 'Werkloosheid: 2013 8,7% → 2024 4,0%' })).toBeTruthy();
    expect(screen.queryByText('Trendlijnen worden geladen…')).toBeNull();
    // the figures did not change with the file
    expect(within(screen.getByRole('table', { name: 'Arbeidsmarkt' })).getByRole('rowheader', { name: /^Werkloosheid/ }).closest('tr')!.textContent).toBe(row.textContent);
  });

  it('a regional-series.json that failed to load ends the loading line; the figures stay', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/');
    if (!r.ok) throw new Error('manifest did not load');
    const failed = { ...r.dataset, errors: [{ file: 'regional-series.json', message: 'could not be loaded (HTTP 404)', kind: 'missing' as const }] };
    useStore.getState().actions.setData({ state: 'ready', dataset: failed });
    render(<RegionCard area="AM01" onClose={() => undefined} />);
    expect(screen.getByRole('table', { name: 'Arbeidsmarkt' })).toBeTruthy();
    expect(screen.queryByText('Trendlijnen worden geladen…')).toBeNull();
    expect(screen.queryByRole('img', { name: /^Werkloosheid:/ })).toBeNull();
    // and says the charts are not coming, rather than leaving a gap
    expect(screen.getByText(/^Trendlijnen niet beschikbaar: het bestand met de reeksen kon niet worden gelezen/)).toBeTruthy();
  });

  it('offers per level: "loading" while offers.json is on its way, "not available" when it failed — never "no offers"', async () => {
    const r = await loadDataset(fsFetcher('data'), 'data/');
    if (!r.ok) throw new Error('manifest did not load');
    expect(r.dataset.files.offers).toBeUndefined(); // lazy
    useStore.getState().actions.setData({ state: 'ready', dataset: r.dataset });
    const { unmount } = render(<RegionCard area="AM01" onClose={() => undefined} />);
    expect(screen.getByText('Opleidingen worden geladen…')).toBeTruthy();
    expect(screen.queryByText('Geen opleidingen met een locatie in deze regio.')).toBeNull();
    unmount();
    const failed = { ...r.dataset, errors: [{ file: 'offers.json', message: 'could not be loaded (HTTP 404)', kind: 'missing' as const }] };
    act(() => useStore.getState().actions.setData({ state: 'ready', dataset: failed }));
    render(<RegionCard area="AM01" onClose={() => undefined} />);
    expect(screen.getByText(/^Opleidingen niet beschikbaar: het bestand met opleidingen kon niet worden gelezen/)).toBeTruthy();
    expect(screen.queryByText('Opleidingen worden geladen…')).toBeNull();
    expect(screen.queryByText('Geen opleidingen met een locatie in deze regio.')).toBeNull();
  });
});

describe('occupation card and its lazy files', () => {
  it('titles and offers say "loading" while their files are on the way and "not available" when they failed', async () => {
    const { OccupationCard } = await import('../../src/components/cards/OccupationCard');
    const r = await loadDataset(fsFetcher('data'), 'data/');
    if (!r.ok) throw new Error('manifest did not load');
    useStore.getState().actions.setData({ state: 'ready', dataset: r.dataset });
    const { unmount } = render(<OccupationCard groep="0114" onClose={() => undefined} />);
    expect(screen.getByText('Beroepsnamen worden geladen…')).toBeTruthy();
    expect(screen.getByText('Opleidingen worden geladen…')).toBeTruthy();
    expect(screen.queryByText('Geen gekoppelde opleidingen in deze versie.')).toBeNull();
    unmount();
    const failed = {
      ...r.dataset,
      errors: [
        { file: 'occupation-titles.json', message: 'could not be loaded (HTTP 404)', kind: 'missing' as const },
        { file: 'offers.json', message: 'could not be loaded (HTTP 404)', kind: 'missing' as const },
      ],
    };
    act(() => useStore.getState().actions.setData({ state: 'ready', dataset: failed }));
    render(<OccupationCard groep="0114" onClose={() => undefined} />);
    expect(screen.getByText(/^Beroepsnamen niet beschikbaar: het bestand met beroepsnamen kon niet worden gelezen/)).toBeTruthy();
    expect(screen.getByText(/^Opleidingen niet beschikbaar: het bestand met opleidingen kon niet worden gelezen/)).toBeTruthy();
    expect(screen.queryByText('Beroepsnamen worden geladen…')).toBeNull();
  });
});
