import { useT } from '../../i18n/useT';
import type { KansberoepReason } from '../../model/kansberoepPort';
import { ExampleMark, ExampleSource } from '../ExampleMark';

/**
 * The region's own lists as news items quote them (curated, illustrative examples): each marked "voorbeeld" with
 * its period and source page, what the list calls the occupation and its status, and whether it counted.
 */
export function CuratedReasons(props: { reasons: readonly KansberoepReason[] }) {
  const t = useT();
  const rows = props.reasons.filter((r) => r.indicator === 'curated');
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('example.curated.title')}</h3>
      <p className="muted small">{t('example.curated.note')}</p>
      <ul className="plain curated-reasons" data-testid="curated-reasons">
        {rows.map((r, i) => (
          <li key={i}>
            <ExampleMark period={r.period} /> <strong>{r.occupation ?? ''}</strong>
            {r.class ? ` — ${r.class}` : ''} · <span className={`met${r.met ? ' yes' : ''}`}>{r.met ? `✓ ${t('example.curated.counted')}` : t('example.curated.notCounted')}</span>
            <br />
            <ExampleSource title={r.sourceTitle} url={r.sourceUrl} />
            {r.completeness ? <span className="muted small"> · {r.completeness}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
