import { useT } from '../i18n/useT';

/**
 * "VOORBEELD · 2019-02": marks a row that comes from example (illustrative) data — an offer or a regional list
 * named in a news item — with the period the source gives, wherever such a row is shown.
 */
export function ExampleMark(props: { period?: string }) {
  const t = useT();
  return (
    <span className="example-mark">
      {t('example.mark')} · {props.period && props.period !== 'ongedateerd' ? props.period : t('example.periodUnknown')}
    </span>
  );
}

/** The source page of an example row as a link (or its title), so the claim can be checked. */
export function ExampleSource(props: { title?: string; url?: string }) {
  const t = useT();
  if (!props.url && !props.title) return null;
  const text = props.title ?? hostOf(props.url!);
  return (
    <span className="example-source">
      {t('example.sourcePage')}:{' '}
      {props.url ? (
        <a href={props.url} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}

/** "www.gic.nl" for a source page: short enough for a card line; the link carries the full address. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
