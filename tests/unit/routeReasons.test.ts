/** The sentence a suggestion's reasons become (Dutch). Reasons and names are SYNTHETIC; texts written out by hand. */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Vars } from '../../src/i18n';
import { reasonsText, type Names } from '../../src/components/route/reasons';
import type { RelatedReason } from '../../src/model/related';

const t = (k: MessageKey, v?: Vars) => translate('nl', k, v);
const names: Names = {
  region: (c) => ({ AM01: 'Groningen', AM03: 'Drenthe', AM36: 'Regio Zwolle' })[c] ?? c,
  segment: () => 'Uiterlijke verzorging',
  klasse: () => 'Dienstverlening',
};
const area = (a: string, extra: object) => ({ area: a, kansberoep: true, landelijk: false, strength: 0.8, ...extra });

describe('reason sentences', () => {
  it('same segment, one level up, tight in two regions', () => {
    const rs: RelatedReason[] = [
      { kind: 'segment', code: '111' },
      { kind: 'level', diff: 1 },
      { kind: 'prospects', landelijk: false, areas: [area('AM01', { tension: 'krap' }), area('AM03', { tension: 'krap' })] },
    ];
    expect(reasonsText(t, names, rs)).toBe('zelfde beroepssegment (Uiterlijke verzorging), één niveau hoger, krap in Groningen en Drenthe');
  });

  it('tightest class first; a regional list is named with its date; national figures are marked landelijk', () => {
    const regional: RelatedReason = {
      kind: 'prospects',
      landelijk: false,
      areas: [area('AM03', { tension: 'krap' }), area('AM01', { tension: 'zeer krap', strength: 1 }), area('AM36', { named: '2025-07' })],
    };
    expect(reasonsText(t, names, [regional])).toBe(
      'zeer krap in Groningen, krap in Drenthe en als kansrijk genoemd in de regionale lijst van Regio Zwolle (2025-07)',
    );
    const national: RelatedReason = { kind: 'prospects', landelijk: true, areas: [area('AM03', { tension: 'krap', landelijk: true })] };
    expect(reasonsText(t, names, [{ kind: 'isco', digits: 3, code: '514' }, { kind: 'level', diff: 3 }, national])).toBe(
      'verwante ISCO-groep (514x), 3 niveaus hoger, landelijk krap (geen regionale cijfers)',
    );
  });
});
