/**
 * The workbench store: pins and their notes, written to localStorage on every change so nothing typed is lost
 * on reload. A stored copy that cannot be read is set aside under another key (never overwritten) and the
 * presenter is told; an import that cannot be read changes nothing.
 */
import { create } from 'zustand';
import { mergePins, parseWorkbench, serialiseWorkbench, step, MAX_NOTE, type Pin } from './pins';

export const STORAGE_KEY = 'inspiratiekaart.werkbank.v1';
export const SET_ASIDE_KEY = `${STORAGE_KEY}.onleesbaar`;

export type WorkbenchMessage =
  | { kind: 'imported'; added: number; skipped: number }
  | { kind: 'importFailed'; problem: string }
  | { kind: 'storedUnreadable'; problem: string }
  | { kind: 'saveFailed' };

export interface WorkbenchState {
  pins: Pin[];
  /** index of the pin on screen, -1 = none */
  current: number;
  message: WorkbenchMessage | null;
  actions: {
    add(pin: Pin): void;
    remove(id: string): void;
    setNote(id: string, note: string): void;
    /** step to the next / previous pin; returns it */
    step(delta: 1 | -1): Pin | undefined;
    goTo(index: number): Pin | undefined;
    importText(text: string): void;
    exportText(): string;
    clearMessage(): void;
  };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings): the workbench works for this visit only
  }
}

function load(): { pins: Pin[]; message: WorkbenchMessage | null } {
  const store = storage();
  const raw = store?.getItem(STORAGE_KEY);
  if (!raw) return { pins: [], message: null };
  const parsed = parseWorkbench(raw);
  if (parsed.ok) return { pins: parsed.pins, message: null };
  // keep what could not be read, so a person (or support) can still recover the notes
  if (!store?.getItem(SET_ASIDE_KEY)) store?.setItem(SET_ASIDE_KEY, raw);
  store?.removeItem(STORAGE_KEY);
  return { pins: [], message: { kind: 'storedUnreadable', problem: parsed.problem } };
}

export const createWorkbench = () =>
  create<WorkbenchState>()((set, get) => {
    const initial = load();
    const save = (pins: Pin[]) => {
      try {
        storage()?.setItem(STORAGE_KEY, serialiseWorkbench(pins));
      } catch {
        set({ message: { kind: 'saveFailed' } });
      }
    };
    const update = (pins: Pin[], current = get().current) => {
      set({ pins, current: Math.min(current, pins.length - 1) });
      save(pins);
    };
    const goTo = (index: number) => {
      const pin = get().pins[index];
      if (pin) set({ current: index });
      return pin;
    };
    return {
      pins: initial.pins,
      current: -1,
      message: initial.message,
      actions: {
        add: (pin) => update([...get().pins, pin], get().pins.length),
        remove: (id) => update(get().pins.filter((p) => p.id !== id)),
        setNote: (id, note) => update(get().pins.map((p) => (p.id === id ? { ...p, note: note.slice(0, MAX_NOTE) } : p))),
        step: (delta) => goTo(step(get().current, get().pins.length, delta)),
        goTo,
        importText: (text) => {
          const parsed = parseWorkbench(text);
          if (!parsed.ok) {
            set({ message: { kind: 'importFailed', problem: parsed.problem } });
            return;
          }
          const merged = mergePins(get().pins, parsed.pins);
          update(merged.pins);
          set({ message: { kind: 'imported', added: merged.added, skipped: merged.skipped } });
        },
        exportText: () => serialiseWorkbench(get().pins),
        clearMessage: () => set({ message: null }),
      },
    };
  });

export const useWorkbench = createWorkbench();
