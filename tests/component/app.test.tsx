import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { useStore } from '../../src/state/store';

describe('App shell', () => {
  it('shows the product name and switches language', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Inspiratiekaart' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de kaart' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'EN' }));
    expect(screen.getByRole('link', { name: 'Skip to the map' })).toBeTruthy();
    expect(useStore.getState().view.lang).toBe('en');
  });

  it('shows a readable message naming file and field when data fails to load', () => {
    useStore.getState().actions.setData({
      state: 'failed',
      errors: [{ file: 'manifest.json', field: 'files.0.sha256', message: 'Invalid string', kind: 'invalid' }],
    });
    render(<App />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('manifest.json');
    expect(alert.textContent).toContain('files.0.sha256');
  });
});
