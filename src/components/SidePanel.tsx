import { useStore } from '../state/store';
import { useT } from '../i18n/useT';

/** The left panel: filters, then lists. Placeholder until the core-screen work fills it. */
export function SidePanel() {
  const t = useT();
  const region = useStore((s) => s.filters.region);
  const name = useStore((s) => (region && s.data.state === 'ready' ? s.data.dataset.index.regions.get(region)?.name : undefined));
  return (
    <aside className="side-panel" aria-label={t('panel.filters')}>
      <h2>{t('panel.filters')}</h2>
      <p className="selected-region">
        <span className="muted">{t('region.selected')}: </span>
        <strong data-testid="selected-region">{name ?? t('region.all')}</strong>
      </p>
      <p className="muted">{t('panel.placeholder')}</p>
    </aside>
  );
}
