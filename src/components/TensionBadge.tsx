import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import { TENSION_COLOURS, TENSION_TEXT, type TensionClass } from '../model/tension';

/** UWV tension class as a badge, in the same colours as map and legend; *landelijk* when it is a national figure. */
export function TensionBadge(props: { cls: TensionClass | null; landelijk?: boolean }) {
  const t = useT();
  if (!props.cls) return <span className="badge badge-none">{t('lists.noTension')}</span>;
  return (
    <span className="badge-wrap">
      <span className="badge" style={{ background: TENSION_COLOURS[props.cls], color: TENSION_TEXT[props.cls] }}>
        {t(`tension.${props.cls}` as MessageKey)}
      </span>
      {props.landelijk ? <LandelijkMark /> : null}
    </span>
  );
}

/** The visible *landelijk* mark, with its meaning for screen readers and on focus/tap (not hover-only). */
export function LandelijkMark() {
  const t = useT();
  return (
    <abbr className="landelijk" title={t('landelijk.explain')}>
      {t('landelijk')}
    </abbr>
  );
}
