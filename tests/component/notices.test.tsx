import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../src/components/Notices';
import { useStore } from '../../src/state/store';

describe('Notices', () => {
  it('offers the action a notice carries (a new version: load it now) and can be dismissed', async () => {
    const run = vi.fn();
    useStore.getState().actions.notify('info', 'Er is een nieuwe versie van de kaart.', { label: 'Nu laden', run });
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('Er is een nieuwe versie van de kaart.');
    await userEvent.click(screen.getByRole('button', { name: 'Nu laden' }));
    expect(run).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
