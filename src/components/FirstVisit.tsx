import { useState } from 'react';
import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';

const KEY = 'inspiratiekaart.firstVisitDone';

function seen(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** First visit: one line on what the map shows and a suggested first click. Stays away once dismissed or used. */
export function FirstVisit() {
  const t = useT();
  const pristine = useStore((s) => s.filters.region === null && s.filters.sectors.length === 0 && !s.selection.occupation && !s.selection.offer);
  const { patchFilters } = useActions();
  const measure = useStore((s) => s.view.measure);
  const [done, setDone] = useState(seen);
  if (done || !pristine) return null;
  const dismiss = () => {
    setDone(true);
    try {
      window.localStorage.setItem(KEY, '1');
    } catch {
      /* private mode: it shows again next time, which is harmless */
    }
  };
  return (
    <div className="first-visit" role="note">
      <p>{t('firstVisit.text', { measure: midSentence(t(`measure.${measure}` as MessageKey)) })}</p>
      <div className="first-visit-actions">
        <button type="button" className="primary" onClick={() => (patchFilters({ region: 'AM01', sectors: ['10'] }), dismiss())}>
          {t('firstVisit.try')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('firstVisit.close')}
        </button>
      </div>
    </div>
  );
}

/** "Werkloosheid (%)" → "werkloosheid (%)" inside a sentence; abbreviations ("WW per 100 …") stay as they are. */
function midSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
