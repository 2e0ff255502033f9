/**
 * Cards give focus back to what opened them when they close (close button or Escape), on the SYNTHETIC route
 * fixture (tests/component/routeFixture.ts): the mbo school-location list opens a location's card.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CardFrame } from '../../src/components/cards/CardFrame';
import { CardHost } from '../../src/components/cards/CardHost';
import { SchoolList } from '../../src/components/SchoolList';
import { useStore } from '../../src/state/store';
import { dataset } from './routeFixture';

beforeEach(() => {
  useStore.getState().actions.setData({ state: 'ready', dataset: dataset() });
});

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <label>
        Regio <select aria-label="Regio"><option>a</option></select>
      </label>
      <button type="button" onClick={() => setOpen(true)}>Open de kaart</button>
      {open ? (
        <CardFrame kicker="Kaart" title="Een kaart" onClose={() => setOpen(false)}>
          <p>inhoud</p>
        </CardFrame>
      ) : null}
    </>
  );
}

describe('focus and cards', () => {
  it('the close button and Escape both return focus to the button that opened the card', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open de kaart' });
    await userEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Een kaart' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('heading', { name: 'Een kaart' })).toBeNull();
    expect(document.activeElement).toBe(opener);

    await userEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Een kaart' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Een kaart' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('does not pull focus away from a control the person moved to while the card was open', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Open de kaart' }));
    const select = screen.getByRole('combobox', { name: 'Regio' });
    select.focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Een kaart' })).toBeNull();
    expect(document.activeElement).toBe(select);
  });

  it('a school location opened from the list: the card says the programmes are not in this build; closing returns to the row', async () => {
    render(
      <>
        <SchoolList label="Mbo-schoollocaties bij de filters" />
        <CardHost />
      </>,
    );
    const row = screen.getByRole('button', { name: 'Synthetisch ROC Assen · Assen' });
    await userEvent.click(row);
    const card = await screen.findByTestId('school-card'); // the cards are a chunk of their own (CardHost)
    expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 2, name: 'Synthetisch ROC Assen' }));
    expect(card.textContent).toContain('Welke opleidingen op deze locatie worden gegeven, staat niet in deze versie van de gegevens.');
    expect(card.textContent).toContain('alleen online te lezen, of via een eigen import van de regio');
    expect(useStore.getState().selection.school).toBe('l-assen');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('school-card')).toBeNull();
    expect(useStore.getState().selection.school).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Synthetisch ROC Assen · Assen' }));
  });
});
