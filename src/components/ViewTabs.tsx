import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { ViewMode } from '../state/types';
import type { MessageKey } from '../i18n';

const MODES: { mode: ViewMode; label: MessageKey }[] = [
  { mode: 'map', label: 'view.map' },
  { mode: 'table', label: 'view.table' },
  { mode: 'route', label: 'view.route' },
  { mode: 'compare', label: 'view.compare' },
];

/** Kaart | Tabel | Route | Vergelijk — one click between equivalent views. */
export function ViewTabs() {
  const t = useT();
  const mode = useStore((s) => s.view.mode);
  const { setMode } = useActions();
  return (
    <nav className="view-tabs" aria-label={t('view.label')}>
      {MODES.map((m) => (
        <button key={m.mode} type="button" aria-pressed={mode === m.mode} onClick={() => setMode(m.mode)}>
          {t(m.label)}
        </button>
      ))}
    </nav>
  );
}
