import { useStore } from '../state/store';
import { describeError, type DataFileError } from '../data/validate';
import { useT } from '../i18n/useT';

const EMPTY: DataFileError[] = [];

/** Data problems, named by file, row and field. Shown above the map; never replaces the whole page. */
export function DataErrors() {
  const t = useT();
  const fatal = useStore((s) => (s.data.state === 'failed' ? s.data.errors : undefined));
  const partial = useStore((s) => (s.data.state === 'ready' ? s.data.dataset.errors : EMPTY));
  const errors = fatal ?? partial;
  if (errors.length === 0) return null;
  return (
    <section className="data-errors" role="alert" aria-labelledby="data-errors-title">
      <h2 id="data-errors-title">{t('app.dataError.title')}</h2>
      <p>{fatal ? t('app.dataError.fatal') : t('app.dataError.partial')}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i} data-file={e.file} data-field={e.field ?? ''}>
            <code>{describeError(e)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
