import { useDataset } from '../state/store';
import { useT } from '../i18n/useT';

/**
 * "Bron: … · periode …" under every figure or group of figures, always visible (never hover-only).
 * Names come from the manifest's source list; a transcribed or derived source says so.
 */
export function SourceLine(props: { sources: readonly string[]; period?: string; derived?: string; className?: string }) {
  const t = useT();
  const ds = useDataset();
  if (props.sources.length === 0 && !props.derived) return null;
  const names = props.sources.map((id) => {
    const s = ds?.manifest.sources.find((x) => x.id === id);
    if (!s) return id;
    const status = s.status === 'transcribed' || s.status === 'derived' ? ` (${s.status})` : '';
    return `${s.publisher}: ${s.title}${status}`;
  });
  return (
    <p className={`source-line ${props.className ?? ''}`}>
      <span className="source-key">{t('source.label')}:</span> {names.join('; ')}
      {props.period ? (
        <>
          {' · '}
          {t('source.period')} {props.period}
        </>
      ) : null}
      {props.derived ? (
        <>
          {' · '}
          <span className="derived">
            {t('source.derived')}: {props.derived}
          </span>
        </>
      ) : null}
    </p>
  );
}
