import { describe, expect, it } from 'vitest';
import { mergePins, parseWorkbench, serialiseWorkbench, step, MAX_PINS, type Pin } from '../../src/present/pins';

const pin = (id: string, note = ''): Pin => ({ id, kind: 'region', code: 'AM01', label: 'Groningen', view: 'v=2&r=AM01', note, created: '2026-11-23T10:00:00.000Z' });

describe('workbench files', () => {
  it('round-trips pins with their notes', () => {
    const pins = [pin('a', 'Opticiens: opleiding in Groningen, vraag in Drenthe'), pin('b')];
    expect(parseWorkbench(serialiseWorkbench(pins))).toEqual({ ok: true, pins });
  });

  it('names what is wrong with a bad file', () => {
    expect(parseWorkbench('{"kind":')).toEqual({ ok: false, problem: 'not a JSON file' });
    expect(parseWorkbench('[]')).toMatchObject({ ok: false });
    const wrongKind = JSON.parse(serialiseWorkbench([pin('a')]));
    wrongKind.pins[0].kind = 'script';
    const r = parseWorkbench(JSON.stringify(wrongKind));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/^pins\.0\.kind: /);
    const badId = JSON.parse(serialiseWorkbench([pin('a')]));
    badId.pins[0].id = '<img src=x>';
    expect(parseWorkbench(JSON.stringify(badId))).toEqual({ ok: false, problem: 'pins.0.id: expected a short id of letters, digits, - or _' });
  });

  it('merges an import without replacing or losing existing pins', () => {
    const existing = [pin('a', 'mijn aantekening'), pin('b')];
    const imported = [pin('a', 'oude aantekening'), pin('c')];
    const r = mergePins(existing, imported);
    expect(r.pins.map((p) => [p.id, p.note])).toEqual([
      ['a', 'mijn aantekening'],
      ['b', ''],
      ['c', ''],
    ]);
    expect(r).toMatchObject({ added: 1, skipped: 1 });
  });

  it('stops at the maximum number of pins', () => {
    const full = Array.from({ length: MAX_PINS - 1 }, (_, i) => pin(`p${i}`));
    const r = mergePins(full, [pin('x'), pin('y')]);
    expect(r.pins).toHaveLength(MAX_PINS);
    expect(r).toMatchObject({ added: 1, skipped: 1 });
  });

  it('steps through pins with wrap-around', () => {
    expect(step(-1, 3, 1)).toBe(0);
    expect(step(-1, 3, -1)).toBe(2);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(0, 3, -1)).toBe(2);
    expect(step(1, 3, 1)).toBe(2);
    expect(step(0, 0, 1)).toBe(-1);
  });
});
