/**
 * Turns the model's structured reasons into one short sentence part each, in the current language:
 * "zelfde beroepssegment (Uiterlijke verzorging)", "één niveau hoger", "zeer krap in Groningen en krap in Drenthe".
 */
import type { MessageKey, Vars } from '../../i18n';
import type { RelatedReason } from '../../model/related';
import type { AreaProspect } from '../../model/prospects';

type T = (key: MessageKey, vars?: Vars) => string;

export interface Names {
  region(code: string): string;
  segment(code: string): string;
  klasse(code: string): string;
}

/** "A, B en C" */
export function joinList(t: T, xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} ${t('route.and')} ${xs.at(-1)}`;
}

function prospects(t: T, names: Names, areas: readonly AreaProspect[], landelijk: boolean): string {
  if (landelijk) {
    const cls = areas.find((a) => a.tension)?.tension;
    return cls ? t('route.reason.landelijk', { cls }) : t('route.reason.landelijkKansberoep');
  }
  // group regions by their tension class, tightest first: "zeer krap in Groningen en krap in Drenthe"
  const regional = areas.filter((a) => !a.landelijk);
  const byClass = new Map<string, string[]>();
  for (const a of [...regional].sort((x, y) => y.strength - x.strength)) {
    const k = a.tension ?? (a.named !== undefined ? 'named' : '');
    const where = a.named !== undefined && !a.tension ? `${names.region(a.area)} (${a.named})` : names.region(a.area);
    byClass.set(k, [...(byClass.get(k) ?? []), where]);
  }
  const parts = [...byClass].map(([cls, regions]) =>
    cls === 'named'
      ? t('route.reason.named', { areas: joinList(t, regions) })
      : cls
        ? t('route.reason.tension', { cls, areas: joinList(t, regions) })
        : t('route.reason.kansberoep', { areas: joinList(t, regions) }),
  );
  return joinList(t, parts);
}

export function reasonText(t: T, names: Names, r: RelatedReason): string {
  switch (r.kind) {
    case 'segment':
      return t('route.reason.segment', { name: names.segment(r.code) });
    case 'klasse':
      return t('route.reason.klasse', { name: names.klasse(r.code) });
    case 'isco':
      return t(r.digits === 4 ? 'route.reason.isco4' : r.digits === 3 ? 'route.reason.isco3' : 'route.reason.isco2', { code: r.code });
    case 'level':
      return r.diff <= 0 ? t('route.reason.levelSame') : r.diff === 1 ? t('route.reason.levelOne') : t('route.reason.levelMore', { n: r.diff });
    case 'prospects':
      return prospects(t, names, r.areas, r.landelijk);
  }
}

export const reasonsText = (t: T, names: Names, rs: readonly RelatedReason[]) => rs.map((r) => reasonText(t, names, r)).join(', ');
