import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AboutData } from '../../src/components/AboutData';
import { useStore } from '../../src/state/store';
import { loadDataset } from '../../src/data/load';
import { fsFetcher } from '../lib/fsFetcher';

async function withData() {
  const r = await loadDataset(fsFetcher('data'), 'data/', { include: [] });
  if (!r.ok) throw new Error('manifest did not load');
  useStore.getState().actions.setData({ state: 'ready', dataset: r.dataset });
}

describe('Over de data', () => {
  it('lists the layers with source, licence (not verified), coverage and what is missing; Escape closes it', async () => {
    await withData();
    render(<AboutData />);
    const button = screen.getByRole('button', { name: 'Over de data' });
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Over de data' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    // the hbo/wo layer: its source, the unverified licence, and the missing universities
    const offers = dialog.querySelector('[data-layer="offers"]') as HTMLElement;
    expect(within(offers).getByRole('heading', { name: 'Opleidingen met een plaats (hbo/wo, mbo, cursussen)' })).toBeTruthy();
    expect(offers.textContent).toContain('HOVI hbo/wo-opleidingen en KiesMBO mbo-schoollocaties');
    expect(offers.textContent).toContain('niet geverifieerd');
    expect(offers.textContent).toContain('Rijksuniversiteit Groningen');
    // what is not in this build, with how to get it
    const missing = within(dialog).getByRole('heading', { name: 'Niet in deze build' }).parentElement!;
    expect(missing.textContent).toContain('mbo-opleidingen per schoollocatie');
    expect(missing.textContent).toContain('regionale vraag per beroepsgroep');
    expect(missing.textContent).not.toContain('mbo programmes per school location');
    expect(missing.textContent).toContain('npm run build:data -- --online');
    // every text of the build in Dutch: the demand layers' notes too
    const regional = dialog.querySelector('[data-layer="regional-stats"]') as HTMLElement;
    expect(regional.textContent).toContain('Geen vacatures per arbeidsmarktregio (CBS publiceert die alleen per provincie)');
    expect(dialog.textContent).toContain('npm run build:data -- --sources ../shared/sources');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('speaks English after the language switch, and keeps Tab inside the dialog', async () => {
    await withData();
    useStore.getState().actions.setLang('en');
    render(<AboutData />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(within(dialog).getByRole('heading', { name: 'Not in this build' })).toBeTruthy();
    expect(dialog.textContent).toContain('not verified');
    // the build's own texts in English, not in Dutch
    const missing = within(dialog).getByRole('heading', { name: 'Not in this build' }).parentElement!;
    expect(missing.textContent).toContain('mbo programmes per school location');
    expect(missing.textContent).toContain('regional demand per occupation group');
    expect(missing.textContent).not.toContain('mbo-opleidingen per schoollocatie');
    const offersCoverage = dialog.querySelector('[data-layer="offers"] .about-coverage') as HTMLElement;
    expect(offersCoverage.textContent).toContain('missing from the snapshot');
    expect(offersCoverage.textContent).not.toContain('ontbreken in de momentopname');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    await userEvent.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
