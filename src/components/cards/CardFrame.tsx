import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/**
 * A card over the map: named by its heading, focused when it opens, closed with the button or Escape. When it
 * closes, focus goes back to what opened it (a list row, a map region, a button), so a keyboard user continues
 * where they were instead of at the top of the page.
 */
export function CardFrame(props: { kicker: string; title: string; subtitle?: ReactNode; onClose(): void; children: ReactNode; testId?: string }) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const close = useRef(props.onClose);
  close.current = props.onClose;
  // a layout effect: the focus moves in the same commit that shows the card, before the browser paints it (a
  // passive effect may run a frame later, and a key pressed in between would go to the list row)
  useLayoutEffect(() => {
    // what had focus when this card (or a new title in it) opened: the element that opened it
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !section.current?.contains(active)) opener.current = active;
    heading.current?.focus();
  }, [props.title]);
  useEffect(() => {
    const card = section.current;
    return () => {
      // only when focus was in the card (it is on <body> once the card is gone), never away from where it is now
      const active = document.activeElement;
      const inCard = !active || active === document.body || card?.contains(active);
      if (inCard && opener.current?.isConnected) opener.current.focus();
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section ref={section} className="card" aria-labelledby={id} data-testid={props.testId}>
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
