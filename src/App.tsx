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
  // the route view has its own panel (occupation, home, radius); the filter panel beside it would leave the map
  // a narrow strip on a 1280-pixel projector, and the route does not use those filters
  const route = useStore((s) => s.view.mode === 'route');
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
        {route ? null : <SidePanel />}
        <main id="main" className="app-main" tabIndex={-1}>
          <MainView />
        </main>
      </div>
      <Presentation />
    </div>
  );
}
