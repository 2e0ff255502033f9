import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useActions, useDataset, useStore } from '../../state/store';
import { useT } from '../../i18n/useT';
import { isMatch, searchTitles, type TitleHit, type TitleIndex } from '../../model/occupationSearch';

/**
 * The current occupation: a combobox over ~21,500 titles, typo-tolerant. Enter takes the highlighted title (or
 * the best one when it is a real match); a query without a match shows the nearest titles as suggestions.
 */
export function OccupationPicker({ index, loading }: { index: TitleIndex | null; loading: boolean }) {
  const t = useT();
  const id = useId();
  const ds = useDataset();
  const from = useStore((s) => s.route.from);
  const fromLabel = useStore((s) => s.route.fromLabel);
  const { setRoute } = useActions();
  const [text, setText] = useState(fromLabel ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [submitted, setSubmitted] = useState(false);
  const hits = useMemo(() => (index && text.trim() ? searchTitles(index, text, 8) : []), [index, text]);
  const groepName = (code: string) => ds?.index.groepen.get(code)?.name ?? code;

  const pick = (h: TitleHit) => {
    setText(h.label);
    setOpen(false);
    setSubmitted(false);
    setActive(-1);
    setRoute({ from: h.groep, fromLabel: h.label, to: null });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = hits.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // a highlighted hit is the person's choice; otherwise, while the titles are still arriving, the best match
      // may still change ("kapper" is a title as well as part of a group name): decide when they are here
      const chosen = active >= 0 ? hits[active] : !loading && hits[0] && isMatch(hits[0]) ? hits[0] : undefined;
      if (chosen) pick(chosen);
      else if (loading) setPendingEnter(true);
      else {
        setSubmitted(true);
        setOpen(false);
      }
    } else if (e.key === 'Escape') setOpen(false);
  };
  const [pendingEnter, setPendingEnter] = useState(false);
  useEffect(() => {
    if (!pendingEnter || loading) return;
    setPendingEnter(false);
    if (hits[0] && isMatch(hits[0])) pick(hits[0]);
    else {
      setSubmitted(true);
      setOpen(false);
    }
  }, [pendingEnter, loading, hits]);

  const listId = `${id}-list`;
  const showList = open && hits.length > 0;
  const unknownGroup = from !== null && ds?.files.occupations !== undefined && !ds.index.groepen.has(from);
  return (
    <div className="route-field occupation-picker">
      <label htmlFor={`${id}-input`}>{t('route.occupation.label')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder={t('route.occupation.placeholder')}
        value={text}
        maxLength={80}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          setSubmitted(false);
          setPendingEnter(false);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      {loading ? <p className="muted">{t('route.occupation.loading')}</p> : null}
      <ul id={listId} role="listbox" aria-label={t('route.occupation.options')} className="combo-list" hidden={!showList}>
        {hits.map((h, i) => (
          <li
            key={`${h.label}|${h.groep}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(h)}
          >
            <span>{h.label}</span> <span className="muted">{groepName(h.groep)}</span>
          </li>
        ))}
      </ul>
      {submitted && text.trim() ? (
        <div className="route-message" role="status">
          {hits.length > 0 ? (
            <>
              <p>{t('route.occupation.didYouMean', { q: text.trim() })}</p>
              <ul className="suggestions">
                {hits.slice(0, 5).map((h) => (
                  <li key={`${h.label}|${h.groep}`}>
                    <button type="button" onClick={() => pick(h)}>
                      {h.label}
                    </button>{' '}
                    <span className="muted">{groepName(h.groep)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('route.occupation.nothing', { q: text.trim() })}</p>
          )}
        </div>
      ) : null}
      {from && !unknownGroup ? (
        <p className="muted route-chosen" data-testid="route-from-group">
          {t('route.occupation.group', { code: from, name: groepName(from) })}
        </p>
      ) : null}
      {unknownGroup ? <p className="route-message" role="status">{t('route.occupation.unknownGroup', { code: from })}</p> : null}
    </div>
  );
}
