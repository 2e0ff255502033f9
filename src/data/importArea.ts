/**
 * The `area` cell of the import format (docs/import-format.md): a code (NL01, AMxx, PVxx) or a region's name.
 * Five names are both an arbeidsmarktregio and a provincie (Groningen, Friesland/Fryslân, Drenthe, Flevoland,
 * Zeeland). The arbeidsmarktregio is the unit of planning here, so a bare name takes the arbeidsmarktregio and the
 * ambiguity is reported as a warning; `provincie Groningen` or `arbeidsmarktregio Groningen` (or the code) says
 * which one is meant. Pure: runs in the build and in the browser.
 */
import { normalisePlaceName } from '../model/places';

export type AreaResolution =
  /** `also`: the provincie a name that is both could mean as well (`code` is then the arbeidsmarktregio) */
  | { code: string; warning?: string; also?: string }
  | { problem: string };

const CODE = /^(NL01|AM\d{2}|PV\d{2})$/;

/** Other names people write for a provincie, by the name CBS uses (CBS writes Fryslân since 1997). */
const PROVINCIE_ALIASES: Record<string, readonly string[]> = { fryslan: ['Friesland'] };

/** lower case, no diacritics, hyphens and slashes as spaces: "Fryslân" → "fryslan" */
const norm = normalisePlaceName;

const PREFIXES: [RegExp, 'AM' | 'PV'][] = [
  [/^(arbeidsmarktregio|amr)\s+/i, 'AM'],
  [/^(provincie\s+|prov\.\s*)/i, 'PV'],
];

/**
 * A resolver over the regions of this build (code → name, AMxx and PVxx). Without regions only codes are
 * accepted (and not checked).
 */
export function areaResolver(regions?: ReadonlyMap<string, string>): (text: string) => AreaResolution {
  const byName = new Map<string, { AM?: string; PV?: string }>();
  for (const [code, name] of regions ?? []) {
    const kind = code.slice(0, 2);
    if (kind !== 'AM' && kind !== 'PV') continue;
    for (const n of [name, ...(kind === 'PV' ? (PROVINCIE_ALIASES[norm(name)] ?? []) : [])]) {
      const entry = byName.get(norm(n)) ?? {};
      entry[kind] ??= code;
      byName.set(norm(n), entry);
    }
  }
  const notAName = (v: string) =>
    `"${v}" is not a region code (NL01, AMxx or PVxx)${regions ? ' or the name of an arbeidsmarktregio or provincie' : ''}`;

  return (v) => {
    const upper = v.toUpperCase();
    if (CODE.test(upper)) {
      if (upper !== 'NL01' && regions && !regions.has(upper)) return { problem: `unknown region code "${v}"` };
      return { code: upper };
    }
    if (!regions) return { problem: notAName(v) };
    for (const [prefix, kind] of PREFIXES) {
      if (!prefix.test(v)) continue;
      const name = v.replace(prefix, '');
      const code = byName.get(norm(name))?.[kind];
      if (code) return { code };
      return { problem: `"${name}" is not the name of ${kind === 'AM' ? 'an arbeidsmarktregio' : 'a provincie'}` };
    }
    const hit = byName.get(norm(v));
    if (!hit) return { problem: notAName(v) };
    if (hit.AM && hit.PV) {
      return {
        code: hit.AM,
        also: hit.PV,
        warning: `'${v}' is both arbeidsmarktregio ${hit.AM} and provincie ${hit.PV}; taken as the arbeidsmarktregio — write ${hit.AM} or ${hit.PV} to be explicit`,
      };
    }
    return { code: (hit.AM ?? hit.PV)! };
  };
}
