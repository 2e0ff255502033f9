/**
 * The workbench: pins with notes. While preparing it is a panel from the header; while presenting it is docked
 * at the bottom, and the arrow keys step through the pins (Presentation.tsx). Notes are saved as they are typed.
 * Everything a person typed is shown as text (React escapes it), never as markup.
 */
import { useRef } from 'react';
import { useStore } from '../state/store';
import { useWorkbench } from '../present/workbench';
import { applyPin, pinFromState } from '../present/pinView';
import { useT } from '../i18n/useT';
import { downloadText } from '../export/download';
import type { MessageKey } from '../i18n';
import type { WorkbenchMessage } from '../present/workbench';

function messageText(t: ReturnType<typeof useT>, m: WorkbenchMessage): string {
  switch (m.kind) {
    case 'imported':
      return t('workbench.imported', { added: m.added, skipped: m.skipped });
    case 'importFailed':
      return t('workbench.importFailed', { problem: m.problem });
    case 'storedUnreadable':
      return t('workbench.storedUnreadable', { problem: m.problem });
    default:
      return t('workbench.saveFailed');
  }
}


export function Workbench({ docked }: { docked: boolean }) {
  const t = useT();
  const pins = useWorkbench((s) => s.pins);
  const current = useWorkbench((s) => s.current);
  const message = useWorkbench((s) => s.message);
  const wb = useWorkbench((s) => s.actions);
  const notify = useStore((s) => s.actions.notify);
  const fileInput = useRef<HTMLInputElement>(null);
  const pin = pins[current];

  const go = (index: number) => {
    const p = wb.goTo(index);
    if (p) applyPin(p, useStore.getState());
  };
  const stepBy = (delta: 1 | -1) => {
    const p = wb.step(delta);
    if (p) applyPin(p, useStore.getState());
  };

  return (
    <section className={docked ? 'workbench workbench-docked' : 'workbench'} aria-label={t('workbench.title')}>
      <div className="workbench-head">
        <h2>{t('workbench.title')}</h2>
        {docked && pins.length ? (
          <span className="workbench-position">
            <button type="button" aria-label={t('workbench.prev')} onClick={() => stepBy(-1)}>
              ←
            </button>
            <span aria-live="polite">{current >= 0 ? t('workbench.position', { i: current + 1, n: pins.length }) : ''}</span>
            <button type="button" aria-label={t('workbench.next')} onClick={() => stepBy(1)}>
              →
            </button>
          </span>
        ) : null}
        {docked ? <span className="muted workbench-hint">{t('present.hint')}</span> : null}
      </div>
      {message ? (
        <p className="workbench-message" role="status">
          {messageText(t, message)}{' '}
          <button type="button" onClick={wb.clearMessage}>
            {t('share.close')}
          </button>
        </p>
      ) : null}
      {pins.length === 0 ? <p className="muted">{t('workbench.empty')}</p> : null}
      <ol className="workbench-pins">
        {pins.map((p, i) => (
          <li key={p.id} aria-current={i === current ? 'true' : undefined}>
            <button type="button" className="pin-go" onClick={() => go(i)}>
              <span className="pin-kind">{t(`workbench.kind.${p.kind}` as MessageKey)}</span> {p.label}
            </button>
            {!docked ? (
              <button type="button" className="pin-remove" aria-label={t('workbench.remove', { label: p.label })} onClick={() => wb.remove(p.id)}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {pin ? (
        <label className="workbench-note">
          <span>{t('workbench.note', { label: pin.label })}</span>
          <textarea value={pin.note} rows={docked ? 2 : 4} onChange={(e) => wb.setNote(pin.id, e.target.value)} />
        </label>
      ) : null}
      {!docked ? (
        <div className="workbench-tools">
          <button
            type="button"
            onClick={() => {
              const p = pinFromState(useStore.getState());
              if (!p) return notify('info', t('workbench.nothingToPin'));
              wb.add(p);
              notify('info', t('workbench.pinned', { label: p.label }));
            }}
          >
            {t('workbench.pin')}
          </button>
          <button type="button" disabled={pins.length === 0} onClick={() => downloadText(wb.exportText(), 'werkbank.json', 'application/json')}>
            {t('workbench.export')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('workbench.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('workbench.import')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then(wb.importText, () => wb.importText(''));
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
