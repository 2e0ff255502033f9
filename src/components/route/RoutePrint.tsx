import { useDataset, useStore } from '../../state/store';
import { useWorkbench } from '../../present/workbench';
import { pinFromState } from '../../present/pinView';
import { useT } from '../../i18n/useT';
import { currentLink } from '../../state/urlSync';
import type { PersonLevel } from '../../state/types';
import type { DatasetId } from '../../data/schemas';
import { levelKey } from './PersonFields';

/** Files whose sources a printed route cites. */
const CITED: readonly DatasetId[] = ['occupations', 'occupation-titles', 'indicators', 'offers', 'school-locations', 'places', 'regions-arbeidsmarktregio'];

function useRouteTitle(withHome = true): string | null {
  const t = useT();
  const ds = useDataset();
  const route = useStore((s) => s.route);
  const near = useStore((s) => s.filters.near);
  if (!route.fromLabel) return null;
  const to = route.to ? ds?.index.groepen.get(route.to)?.name : undefined;
  const head = to ? t('route.print.heading', { from: route.fromLabel, to }) : t('route.print.headingNoTarget', { from: route.fromLabel });
  return near && withHome ? `${head} · ${near.label} (${near.radiusKm} km)` : head;
}

/** Pin (onto the share workbench, reopened from its link) and print. */
export function RouteActions() {
  const t = useT();
  const title = useRouteTitle();
  const route = useStore((s) => s.route);
  const near = useStore((s) => s.filters.near);
  const code = route.from ? `${route.from}>${route.to ?? ''}` : null;
  const pinned = useWorkbench((w) => w.pins.some((p) => p.kind === 'route' && p.code === code && p.view.includes(near ? `near=${near.lon}` : 'v=')));
  const pin = () => {
    const p = pinFromState(useStore.getState());
    if (p) useWorkbench.getState().actions.add(p);
  };
  return (
    <div className="route-actions no-print" role="group" aria-label={t('route.actions')}>
      <button type="button" disabled={!title} aria-pressed={pinned} onClick={pin}>
        {pinned ? t('route.pinned') : t('route.pin')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('route.print')}
      </button>
    </div>
  );
}

/** Shown only on paper: what route this is, for whom, and when it was made. */
export function PrintHeader({ person }: { person: PersonLevel | null }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const near = useStore((s) => s.filters.near);
  const title = useRouteTitle(false);
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());
  return (
    <header className="print-only print-header">
      <h2>{title ?? t('route.title')}</h2>
      <p>
        {near ? t('route.print.person', { home: near.label, km: near.radiusKm, level: person ? t(levelKey(person)) : '–' }) : null}
        {' · '}
        {t('route.print.date', { date })}
      </p>
    </header>
  );
}

/** Shown only on paper: the sources behind the figures and the link to open the route again. */
export function PrintFooter() {
  const t = useT();
  const ds = useDataset();
  const ids = new Set(ds?.manifest.files.filter((f) => CITED.includes(f.id) && ds.files[f.id]).flatMap((f) => f.sources) ?? []);
  const sources = ds?.manifest.sources.filter((s) => ids.has(s.id)) ?? [];
  return (
    <footer className="print-only print-footer">
      <p>
        <strong>{t('route.print.sources')}:</strong>{' '}
        {sources.map((s) => `${s.title} (${s.publisher}${s.period ? `, ${s.period}` : ''}; ${s.retrieved})`).join(' · ')}
      </p>
      <p>
        {t('route.print.link')} <span className="print-link">{typeof window === 'undefined' ? '' : currentLink()}</span>
      </p>
    </footer>
  );
}
