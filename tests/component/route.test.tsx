/**
 * The route view in jsdom (no WebGL, so no map: that is checked in tests/e2e/route.test.ts) on a SYNTHETIC dataset
 * (tests/component/routeFixture.ts). Finds everything by role and label, as a person would.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouteView } from '../../src/components/RouteView';
import { useStore } from '../../src/state/store';
import { dataset } from './routeFixture';

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
function haversine(a: [number, number], b: [number, number]) {
  const h = Math.sin(rad(b[1] - a[1]) / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(rad(b[0] - a[0]) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
const nlKm = (km: number) => `${new Intl.NumberFormat('nl-NL').format(Math.round(km * 10) / 10)} km`;

beforeEach(() => {
  useStore.getState().actions.setData({ state: 'ready', dataset: dataset() });
  useStore.getState().actions.setMode('route');
});

describe('route view', () => {
  it('finds an occupation despite a typo and suggests titles for unknown input', async () => {
    render(<RouteView />);
    const box = screen.getByRole('combobox', { name: 'Huidig beroep' });
    await userEvent.type(box, 'xqzw{Enter}');
    expect(screen.getByText(/Geen beroep gevonden voor "xqzw"/)).toBeTruthy();
    await userEvent.clear(box);
    await userEvent.type(box, 'kaper');
    const options = within(screen.getByRole('listbox', { name: 'Beroepen die lijken op wat je typt' })).getAllByRole('option');
    expect(options[0]!.textContent).toContain('kapper');
    await userEvent.keyboard('{Enter}');
    expect(useStore.getState().route).toMatchObject({ from: '1114', fromLabel: 'kapper', to: null });
    expect(screen.getByTestId('route-from-group').textContent).toContain('Kappers en schoonheidsspecialisten');
  });

  it('an unknown postcode gives its nearest postcodes; a known one shows what lies within reach with region and km', async () => {
    render(<RouteView />);
    const home = screen.getByRole('textbox', { name: 'Postcode of woonplaats' });
    await userEvent.type(home, '7903{Enter}');
    expect(screen.getByText('Postcode 7903 is niet bekend. Dichtstbijzijnde postcodes:')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '7902 Hoogeveen' }));
    expect(useStore.getState().filters.near?.label).toBe('7902 Hoogeveen');

    await userEvent.clear(home);
    await userEvent.type(home, '7901{Enter}');
    expect(useStore.getState().filters.near).toEqual({ lon: 6.4764, lat: 52.7233, label: '7901', radiusKm: 30 });
    expect(screen.getByTestId('route-home').textContent).toContain('Drenthe');
    const list = screen.getByRole('list', { name: 'Opleidingen binnen 30 km' });
    const items = within(list).getAllByRole('listitem');
    // Hoogeveen's own mbo location first, then the course in Meppel (Regio Zwolle); Assen (≈ 30.5 km) and Zwolle are out
    expect(items.map((li) => li.getAttribute('data-region'))).toEqual(['AM03', 'AM36']);
    expect(items[0]!.textContent).toContain('mbo-locatie (opleidingen per locatie niet in deze build)');
    expect(items[1]!.textContent).toContain('Regio Zwolle');
    expect(items[1]!.textContent).toContain(nlKm(haversine([6.4764, 52.7233], [6.1944, 52.6956])));
    expect(screen.getByTestId('route-touched').textContent).toMatch(/Drenthe.*Regio Zwolle|Regio Zwolle.*Drenthe/);

    // a wider radius brings Assen (Groningen) in
    const slider = screen.getByRole('slider', { name: /Straal/ });
    fireEvent.change(slider, { target: { value: '31' } }); // jsdom does not move range inputs by key
    expect(useStore.getState().filters.near?.radiusKm).toBe(31);
    const wider = within(screen.getByRole('list', { name: 'Opleidingen binnen 31 km' })).getAllByRole('listitem');
    expect(wider.map((li) => li.getAttribute('data-region'))).toEqual(['AM03', 'AM36', 'AM01']);
  });

  it('says plainly when demand data is missing instead of suggesting occupations', async () => {
    useStore.getState().actions.setRoute({ from: '1114', fromLabel: 'kapper' });
    useStore.getState().actions.setNear({ lon: 6.4764, lat: 52.7233, label: '7901', radiusKm: 30 });
    render(<RouteView />);
    expect(screen.getByText('Deze build bevat geen vraaggegevens: verwante kansberoepen kunnen niet worden bepaald.')).toBeTruthy();
  });
});
