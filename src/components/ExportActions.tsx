import { useT } from '../i18n/useT';

/** Export buttons inside the share menu (filled in as the exports land). */
export function ExportActions(_props: { onStatus(text: string | null): void }) {
  const t = useT();
  return (
    <section className="share-exports" aria-label={t('share.exports')}>
      <h3>{t('share.exports')}</h3>
    </section>
  );
}
