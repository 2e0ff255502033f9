/** The workbench keeps pins and notes in localStorage and never wipes them on a bad file. */
import { XSS_PAYLOADS } from '../lib/xssPayloads';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWorkbench, SET_ASIDE_KEY, STORAGE_KEY } from '../../src/present/workbench';
import { serialiseWorkbench, type Pin } from '../../src/present/pins';
import { Workbench } from '../../src/components/Workbench';
import { useWorkbench } from '../../src/present/workbench';

const pin = (id: string, note = ''): Pin => ({ id, kind: 'region', code: 'AM01', label: `Regio ${id}`, view: 'v=2&r=AM01', note, created: '2026-11-23T10:00:00.000Z' });

beforeEach(() => localStorage.clear());

describe('workbench store', () => {
  it('saves every change, so a new page (reload) has the same pins and notes', () => {
    const a = createWorkbench();
    a.getState().actions.add(pin('a'));
    a.getState().actions.setNote('a', 'eerst');
    a.getState().actions.setNote('a', 'eerst Drenthe noemen');
    const reloaded = createWorkbench();
    expect(reloaded.getState().pins.map((p) => p.note)).toEqual(['eerst Drenthe noemen']);
  });

  it('a bad import changes nothing and says what is wrong', () => {
    const wb = createWorkbench();
    wb.getState().actions.add(pin('a', 'bewaren'));
    wb.getState().actions.importText('{"kind":"inspiratiekaart-werkbank","version":1,"pins":[{"id":"b"}]}');
    expect(wb.getState().message).toMatchObject({ kind: 'importFailed' });
    expect(wb.getState().pins.map((p) => p.note)).toEqual(['bewaren']);
    expect(createWorkbench().getState().pins.map((p) => p.id)).toEqual(['a']);
  });

  it('sets an unreadable stored workbench aside instead of overwriting it', () => {
    localStorage.setItem(STORAGE_KEY, '{"kind":"inspiratiekaart-werkbank","pins":[{"note":"belangrijk"');
    const wb = createWorkbench();
    expect(wb.getState().pins).toEqual([]);
    expect(wb.getState().message).toMatchObject({ kind: 'storedUnreadable' });
    expect(localStorage.getItem(SET_ASIDE_KEY)).toContain('belangrijk');
    wb.getState().actions.add(pin('n'));
    expect(localStorage.getItem(SET_ASIDE_KEY)).toContain('belangrijk');
  });
});

describe('Workbench panel', () => {
  it('shows a note with markup as text, and edits it', async () => {
    useWorkbench.setState({ pins: [pin('x', '<img src=x onerror="window.__pwned=1">')], current: 0, message: null });
    const { container } = render(<Workbench docked={false} />);
    const note = screen.getByLabelText('Notitie bij Regio x') as HTMLTextAreaElement;
    expect(note.value).toBe('<img src=x onerror="window.__pwned=1">');
    expect(container.querySelector('img')).toBeNull();
    await userEvent.clear(note);
    await userEvent.type(note, 'nieuw');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).pins[0].note).toBe('nieuw');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(serialiseWorkbench(useWorkbench.getState().pins));
  });

  it('every payload of the XSS list in a note or a pin label stays text: no element is made of it', () => {
    const pins = XSS_PAYLOADS.map((p, i) => ({ ...pin(`x${i}`, p), label: p }));
    for (let i = 0; i < pins.length; i++) {
      act(() => useWorkbench.setState({ pins, current: i, message: null }));
      const { container, unmount } = render(<Workbench docked={false} />);
      expect([...container.querySelectorAll('textarea')].map((t) => t.value)).toContain(XSS_PAYLOADS[i]);
      expect(container.textContent).toContain(XSS_PAYLOADS[i]);
      expect(container.querySelector('img, script, svg, iframe, details, style, link, meta, body, a[href^="javascript" i]')).toBeNull();
      unmount();
    }
  });
});
