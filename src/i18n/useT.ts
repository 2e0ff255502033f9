import { useCallback } from 'react';
import { useStore } from '../state/store';
import { translate, type MessageKey, type Vars } from './index';

/** The translate function for the current language; re-renders only when the language changes. */
export function useT() {
  const lang = useStore((s) => s.view.lang);
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}
