import { useActions, useStore } from '../state/store';
import { useT } from '../i18n/useT';

/** Small dismissible notices (a link that was partly invalid, a file that is still loading). */
export function Notices() {
  const t = useT();
  const notices = useStore((s) => s.notices);
  const { dismissNotice } = useActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className={`notice notice-${n.kind}`}>
          <span>{n.text}</span>
          {n.action ? (
            <button type="button" onClick={n.action.run}>
              {n.action.label}
            </button>
          ) : null}
          <button type="button" onClick={() => dismissNotice(n.id)}>
            {t('app.notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
