import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';
import type { Lang } from '../state/types';
import { ViewTabs } from './ViewTabs';
import { ShareMenu } from './ShareMenu';
import { AboutData } from './AboutData';
import { PresentControls } from './Presentation';
import { useEdition } from './EditionBanner';

export function Header() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const { setLang } = useActions();
  const edition = useEdition();
  return (
    <header className="app-header">
      <h1 className="app-title">
        {t('app.name')}
        {edition ? <span className="app-edition"><span className="sr-only"> · </span>{edition.title[lang]}</span> : null}
      </h1>
      <p className="app-tagline">{t('app.tagline')}</p>
      <ViewTabs />
      <PresentControls />
      <ShareMenu />
      <AboutData />
      <div className="header-tools" role="group" aria-label={t('app.lang')}>
        {(['nl', 'en'] as Lang[]).map((l) => (
          <button key={l} type="button" className="lang-button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
