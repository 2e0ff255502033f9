/**
 * Tests render and translate in both languages synchronously, as the app does once a language is in: English is
 * loaded on demand in the app (src/i18n loadLanguage), so it is loaded here before any test runs. The on-demand
 * path itself is tested in tests/unit/language.test.ts (fresh modules) and in the browser tests.
 */
import { loadLanguage } from '../src/i18n';

await loadLanguage('en');
