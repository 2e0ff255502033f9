import { useT } from '../i18n/useT';

/** Placeholder: filled by the issue that owns this view. */
export function TableView() {
  const t = useT();
  return (
    <section className="view-placeholder" aria-label={t('view.table')}>
      <h2>{t('view.table')}</h2>
      <p className="muted">{t('view.comingSoon')}</p>
    </section>
  );
}
