import { useDataset } from '../../state/store';

/** A source id as its publisher and title, with the period; the full entry is in the about-the-data panel. */
export function SourceTitle(props: { id: string; period?: string }) {
  const ds = useDataset();
  const s = ds?.manifest.sources.find((x) => x.id === props.id);
  const status = s && (s.status === 'transcribed' || s.status === 'derived') ? ` (${s.status})` : '';
  return (
    <span className="source-title">
      {s ? `${s.publisher}${status}` : props.id}
      {props.period ? ` · ${props.period}` : ''}
    </span>
  );
}
