import { useDataset } from '../../state/store';
import { useT } from '../../i18n/useT';
import { schoolAddress } from '../../model/schoolLocations';
import { CardFrame } from './CardFrame';
import { SourceLine } from '../SourceLine';

/**
 * An mbo school location: provider, location, address, region and website — and, plainly, that this build does
 * not say which programmes are taught there (DUO's opleidingsaanbod is only read online).
 */
export function SchoolCard(props: { id: string; onClose(): void }) {
  const t = useT();
  const ds = useDataset();
  const r = ds?.files['school-locations']?.rows.find((x) => x.id === props.id);
  if (!ds || !r) return null;
  const source = ds.manifest.sources.find((s) => s.id === r.source);
  return (
    <CardFrame kicker={t('schools.card')} title={r.provider} subtitle={r.name} onClose={props.onClose} testId="school-card">
      <dl className="facts">
        <dt>{t('schools.provider')}</dt>
        <dd>{r.provider}</dd>
        <dt>{t('schools.location')}</dt>
        <dd>{r.name}</dd>
        <dt>{t('schools.address')}</dt>
        <dd>{schoolAddress(r) || '–'}</dd>
        <dt>{t('schools.region')}</dt>
        <dd>{ds.index.regions.get(r.arbeidsmarktregio)?.name ?? r.arbeidsmarktregio}</dd>
        <dt>{t('schools.programmes')}</dt>
        <dd className="school-programmes">{t('schools.programmesMissing')}</dd>
      </dl>
      <p>
        {r.url ? (
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {t('schools.link')}
          </a>
        ) : (
          <span className="muted">{t('schools.noLink')}</span>
        )}
      </p>
      <SourceLine sources={[r.source]} period={source?.period} />
    </CardFrame>
  );
}
