/**
 * English is loaded on demand (src/i18n loadLanguage); the store takes a language only once its texts are in, so
 * a switch never shows Dutch where English was asked for. Fresh modules here: the test setup preloads English
 * for every other test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../src/i18n');
type Store = typeof import('../../src/state/store');
let i18n: I18n;
let store: Store;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/i18n');
  store = await import('../../src/state/store');
});

describe('loading English on demand', () => {
  it('Dutch is there from the start; English texts only after loadLanguage', async () => {
    expect(i18n.languageReady('nl')).toBe(true);
    expect(i18n.languageReady('en')).toBe(false);
    // before: the Dutch text stands in (never a key or an empty string)
    expect(i18n.translate('en', 'filters.reset')).toBe('Alles wissen');
    await i18n.loadLanguage('en');
    expect(i18n.languageReady('en')).toBe(true);
    expect(i18n.translate('en', 'filters.reset')).toBe('Clear all');
  });

  it('the store switches to English only once its texts are in', async () => {
    const s = store.createAppStore();
    s.getState().actions.setLang('en');
    expect(s.getState().view.lang).toBe('nl');
    await i18n.loadLanguage('en');
    await Promise.resolve();
    expect(s.getState().view.lang).toBe('en');
    s.getState().actions.setLang('nl');
    expect(s.getState().view.lang).toBe('nl'); // Dutch is always in: at once
  });

  it('a link in English (applyShareable, or the initial state) waits for the texts the same way', async () => {
    const { DEFAULT_STATE } = await import('../../src/state/types');
    const english = { ...DEFAULT_STATE, view: { ...DEFAULT_STATE.view, lang: 'en' as const } };
    const fromStart = store.createAppStore(english);
    expect(fromStart.getState().view.lang).toBe('nl');
    const s = store.createAppStore();
    s.getState().actions.applyShareable(english);
    expect(s.getState().view.lang).toBe('nl');
    await i18n.loadLanguage('en');
    await Promise.resolve();
    expect(fromStart.getState().view.lang).toBe('en');
    expect(s.getState().view.lang).toBe('en');
  });

  it('the last language asked for wins: English asked, then Dutch before the texts came in, stays Dutch', async () => {
    const s = store.createAppStore();
    s.getState().actions.setLang('en');
    s.getState().actions.setLang('nl');
    await i18n.loadLanguage('en');
    await Promise.resolve();
    expect(s.getState().view.lang).toBe('nl');
  });
});

describe('English that cannot be fetched (offline on a first visit)', () => {
  it('the view stays Dutch and a notice says why; a later switch tries again', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/messages/en/index', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const i18nOff = await import('../../src/i18n');
    const storeOff = await import('../../src/state/store');
    const s = storeOff.createAppStore();
    s.getState().actions.setLang('en');
    await expect(i18nOff.loadLanguage('en')).rejects.toThrow();
    await Promise.resolve();
    expect(s.getState().view.lang).toBe('nl');
    expect(s.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      ['warning', 'De Engelse teksten konden niet worden geladen (geen verbinding?). De kaart blijft in het Nederlands; probeer het opnieuw als er weer verbinding is.'],
    ]);
    // back online: the next switch loads the texts and takes English
    vi.doUnmock('../../src/i18n/messages/en/index');
    s.getState().actions.setLang('en');
    await i18nOff.loadLanguage('en');
    await Promise.resolve();
    expect(s.getState().view.lang).toBe('en');
    expect(s.getState().notices).toHaveLength(1);
  });
});
