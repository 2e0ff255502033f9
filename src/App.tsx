import { useEffect } from 'react';
import { useStore } from './state/store';
import { Header } from './components/Header';
import { DataErrors } from './components/DataErrors';
import { Notices } from './components/Notices';
import { SidePanel } from './components/SidePanel';
import { MainView } from './components/MainView';
import { useT } from './i18n/useT';
import { Presentation } from './components/Presentation';
import { EmbedView } from './components/EmbedView';
import { EditionBanner } from './components/EditionBanner';

export function App() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);
  const embed = useStore((s) => s.view.embed);
  if (embed) return <EmbedView />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <EditionBanner />
      <Notices />
      <DataErrors />
      <div className="app-body">
        <SidePanel />
        <main id="main" className="app-main" tabIndex={-1}>
          <MainView />
        </main>
      </div>
      <Presentation />
    </div>
  );
}
