/**
 * UI text, Dutch first. Each feature adds a file in messages/ with its Dutch (`nl`) and registers it in MODULES
 * below, and its English in messages/en/ (same keys, held to them by the type) registered in messages/en/index.ts;
 * keys are namespaced by feature ('filters.reset', 'route.title'). The Dutch comes with the first screen; the
 * English is one chunk loaded on demand (loadLanguage), before the language switch shows: the store only takes a
 * language once its texts are in (src/state/store.ts). translate() stays synchronous; a text not loaded (yet)
 * falls back to Dutch.
 */
import { app } from './messages/app';
import { share } from './messages/share';
import { present } from './messages/present';
import { core } from './messages/core';
import { cards } from './messages/cards';
import { about } from './messages/about';
import { offline } from './messages/offline';
import { places } from './messages/places';
import { route } from './messages/route';
import { edition } from './messages/edition';
import { schools } from './messages/schools';
import { scope } from './messages/scope';
import { example } from './messages/example';
import type { Lang } from '../state/types';

const MODULES = [app, share, present, core, cards, about, offline, places, route, edition, schools, scope, example] as const;

type Merge<T extends readonly { nl: object }[]> = T extends readonly [infer H extends { nl: object }, ...infer R extends { nl: object }[]]
  ? H['nl'] & Merge<R>
  : unknown;

export type MessageKey = keyof Merge<typeof MODULES>;

const tables: Partial<Record<Lang, Record<string, string>>> = {
  nl: Object.assign({}, ...MODULES.map((m) => m.nl)),
};
const loading = new Map<Lang, Promise<void>>();

/** Whether the texts of `lang` are in (translate gives them, not the Dutch fallback). */
export function languageReady(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/** Load the texts of `lang` (once; Dutch is always there). Rejects if the chunk cannot be fetched. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (languageReady(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = import('./messages/en/index').then(
      (m) => void (tables[lang] = Object.assign({}, ...m.EN_MODULES)),
      (e: unknown) => {
        loading.delete(lang); // a later switch may try again (e.g. back online)
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

export type Vars = Record<string, string | number>;

/**
 * Number formats by language and fraction digits, made once: creating an Intl.NumberFormat costs far more than
 * formatting with one, and the lists and counts format hundreds of numbers per filter change.
 */
const formats = new Map<string, Intl.NumberFormat>();
export function numberFormat(lang: Lang, options: { min?: number; max: number }): Intl.NumberFormat {
  const key = `${lang}:${options.min ?? ''}:${options.max}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: options.min, maximumFractionDigits: options.max });
    formats.set(key, f);
  }
  return f;
}

/** Format a number for the language (Dutch: 1.234,5). */
export function formatNumber(lang: Lang, n: number, maxFractionDigits = 1): string {
  if (maxFractionDigits === 1) return numberFormat(lang, { max: 3 }).format(Math.round(n * 10) / 10);
  return numberFormat(lang, { max: maxFractionDigits }).format(n);
}

/**
 * Text for a key, with {name} filled in. When `n` is 1 and the key has a `<key>.one` form ("1 opleiding", not
 * "1 opleidingen"), that form is used.
 */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const one = vars?.n === 1 ? `${key as string}.one` : null;
  const singular = one === null ? undefined : (tables[lang]?.[one] ?? tables.nl![one]);
  const text = singular ?? tables[lang]?.[key as string] ?? tables.nl![key as string] ?? String(key);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}
