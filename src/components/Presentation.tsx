/**
 * Presentation mode: full screen, larger type, high contrast, no editing chrome, and the workbench docked at the
 * bottom. `p` (or the header button) starts and stops it; the arrow keys step through the pins; Esc stops.
 * Keys are ignored while a person types in a field.
 */
import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { useWorkbench } from '../present/workbench';
import { applyPin } from '../present/pinView';
import { useT } from '../i18n/useT';
import { Deferred, lazyNamed } from './Deferred';

const Workbench = lazyNamed(() => import('./Workbench'), 'Workbench');

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function setPresenting(on: boolean) {
  const { view, actions } = useStore.getState();
  if (view.presentation === on) return;
  actions.setView({ presentation: on });
  // Full screen needs a user gesture; from a link (present=1) the mode starts without it.
  if (on && document.fullscreenEnabled && !document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => undefined);
  if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function Presentation() {
  const on = useStore((s) => s.view.presentation);
  const embed = useStore((s) => s.view.embed);

  const pins = useWorkbench((s) => s.pins.length);

  useEffect(() => {
    document.body.classList.toggle('presenting', on);
    return () => document.body.classList.remove('presenting');
  }, [on]);

  // an empty workbench is one line: the projector's height goes to the map instead
  useEffect(() => {
    document.body.style.setProperty('--workbench-h', pins === 0 ? '120px' : '150px');
    return () => {
      document.body.style.removeProperty('--workbench-h');
    };
  }, [pins]);

  useEffect(() => {
    if (embed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const presenting = useStore.getState().view.presentation;
      if (e.key === 'p' || e.key === 'P') {
        setPresenting(!presenting);
        e.preventDefault();
        return;
      }
      if (!presenting) return;
      if (e.key === 'Escape') {
        setPresenting(false);
        return;
      }
      const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp' ? -1 : 0;
      if (!delta) return;
      const pin = useWorkbench.getState().actions.step(delta);
      if (!pin) return;
      // the map would pan on the same keys: stepping wins while presenting
      e.preventDefault();
      e.stopPropagation();
      applyPin(pin, useStore.getState());
    };
    // leaving full screen with the browser's own Esc ends the presentation too
    const onFullscreen = () => {
      if (!document.fullscreenElement && useStore.getState().view.presentation) useStore.getState().actions.setView({ presentation: false });
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [embed]);

  return on ? (
    <Deferred>
      <Workbench docked />
    </Deferred>
  ) : null;
}

/** Header controls: the workbench panel (while preparing) and the presentation switch. */
export function PresentControls() {
  const t = useT();
  const on = useStore((s) => s.view.presentation);
  const n = useWorkbench((s) => s.pins.length);
  const [open, setOpen] = useState(false);
  return (
    <div className="present-controls">
      {!on ? (
        <div className="share">
          <button type="button" className="header-button editing-chrome" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('workbench.button', { n })}
          </button>
          {open ? (
            <div className="share-panel workbench-panel">
              <Deferred>
                <Workbench docked={false} />
              </Deferred>
            </div>
          ) : null}
        </div>
      ) : null}
      <button
        type="button"
        className="header-button"
        aria-pressed={on}
        aria-keyshortcuts="p"
        onClick={() => {
          setOpen(false);
          setPresenting(!on);
        }}
      >
        {on ? t('present.stop') : t('present.button')}
      </button>
    </div>
  );
}
