import { useDataset } from '../state/store';
import { useT } from '../i18n/useT';

/**
 * "Bron: … · periode …" under every figure or group of figures, always visible (never hover-only); the full
 * titles (and whether a source is transcribed or derived) one tap away in a disclosure.
 */
export function SourceLine(props: { sources: readonly string[]; period?: string; derived?: string; className?: string }) {
  const t = useT();
  const ds = useDataset();
  if (props.sources.length === 0 && !props.derived) return null;
  const entries = props.sources.map((id) => ds?.manifest.sources.find((x) => x.id === id) ?? { id, publisher: id, title: id, status: 'raw' as const });
  const publishers = [...new Set(entries.map((s) => s.publisher))];
  return (
    <div className={`source-line ${props.className ?? ''}`}>
      <span className="source-key">{t('source.label')}:</span> {publishers.join('; ')}
      {props.period ? ` · ${t('source.period')} ${props.period}` : ''}
      {props.derived ? (
        <>
          {' · '}
          <span className="derived">{t('source.derived')}</span>
        </>
      ) : null}{' '}
      <details>
        <summary>{props.derived ? t('source.formula') : t('source.more')}</summary>
        {props.derived ? (
          <p className="derived">
            {t('source.derived')}: {props.derived}
          </p>
        ) : null}
        <ul className="plain">
          {entries.map((s) => (
            <li key={s.id}>
              {s.title}
              {s.status === 'transcribed' || s.status === 'derived' ? ` (${t(`source.status.${s.status}`)})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
