/**
 * The presenter's workbench: pinned regions, occupations and offers, each with the view it was pinned in (as a
 * link query, so stepping to a pin restores that view through the one URL codec) and a note. Pure: validation
 * of stored and imported files, merging, stepping. Persistence is in workbench.ts.
 */
import { z } from '../data/zodJitless';

export const PIN_KINDS = ['region', 'occupation', 'offer', 'route'] as const;
export type PinKind = (typeof PIN_KINDS)[number];

export const MAX_PINS = 200;
export const MAX_NOTE = 5000;

export const pinSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected a short id of letters, digits, - or _')),
  kind: z.enum(PIN_KINDS),
  /** region code, BRC group, offer id, or for a route `from>to` (BRC groups; `to` may be empty) */
  code: z.string().check(z.minLength(1), z.maxLength(80)),
  /** what the presenter sees in the list (plain text) */
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  /** the view when it was pinned: a link query (decoded with the URL codec, which drops anything invalid) */
  view: z.string().check(z.maxLength(4000)),
  note: z.string().check(z.maxLength(MAX_NOTE)),
  created: z.string().check(z.maxLength(40)),
});
export type Pin = z.infer<typeof pinSchema>;

export const workbenchFile = z.object({
  kind: z.literal('inspiratiekaart-werkbank'),
  version: z.literal(1),
  pins: z.array(pinSchema).check(z.maxLength(MAX_PINS)),
});
export type WorkbenchFile = z.infer<typeof workbenchFile>;

export type ParseResult = { ok: true; pins: Pin[] } | { ok: false; problem: string };

/** Read a workbench file (export, import or localStorage). Never throws; the problem names what is wrong. */
export function parseWorkbench(text: string): ParseResult {
  if (text.length > 2_000_000) return { ok: false, problem: 'the file is larger than 2 MB' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not a JSON file' };
  }
  const r = workbenchFile.safeParse(json);
  if (r.success) return { ok: true, pins: r.data.pins };
  const issue = r.error.issues[0]!;
  const where = issue.path.length ? issue.path.map(String).join('.') : '(file)';
  return { ok: false, problem: `${where}: ${issue.message}` };
}

export function serialiseWorkbench(pins: readonly Pin[]): string {
  const file: WorkbenchFile = { kind: 'inspiratiekaart-werkbank', version: 1, pins: [...pins] };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/**
 * Add imported pins to the existing ones: nothing existing is replaced or lost. A pin with an id already on the
 * workbench is kept as it is on the workbench (its note may have been edited since the export).
 */
export function mergePins(existing: readonly Pin[], imported: readonly Pin[]): { pins: Pin[]; added: number; skipped: number } {
  const ids = new Set(existing.map((p) => p.id));
  const fresh = imported.filter((p) => !ids.has(p.id));
  const room = Math.max(0, MAX_PINS - existing.length);
  const added = fresh.slice(0, room);
  return { pins: [...existing, ...added], added: added.length, skipped: imported.length - added.length };
}

/** The next pin index when stepping (wraps around), or -1 for an empty workbench. */
export function step(index: number, count: number, delta: 1 | -1): number {
  if (count === 0) return -1;
  if (index < 0 || index >= count) return delta === 1 ? 0 : count - 1;
  return (index + delta + count) % count;
}
