import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/** A card over the map: named by its heading, focused when it opens, closed with the button or Escape. */
export function CardFrame(props: { kicker: string; title: string; subtitle?: ReactNode; onClose(): void; children: ReactNode; testId?: string }) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useRef(props.onClose);
  close.current = props.onClose;
  useEffect(() => heading.current?.focus(), [props.title]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section className="card" aria-labelledby={id} data-testid={props.testId}>
      <header className="card-head">
        <div>
          <p className="card-kicker">{props.kicker}</p>
          <h2 id={id} ref={heading} tabIndex={-1}>
            {props.title}
          </h2>
          {props.subtitle ? <p className="card-sub">{props.subtitle}</p> : null}
        </div>
        <button type="button" className="card-close" onClick={props.onClose} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      <div className="card-body">{props.children}</div>
    </section>
  );
}
