/** English for ../present.ts, loaded when the language switches to English (src/i18n/index.ts); the type holds it to the Dutch keys. */
import type { nl } from '../present';

export const present: Record<keyof typeof nl, string> = {
  'present.button': 'Present',
  'present.stop': 'Stop presenting',
  'present.hint': 'Arrows: previous/next pin · p or Esc: stop',
  
  'workbench.button': 'Workbench ({n})',
  'workbench.title': 'Workbench',
  'workbench.empty': 'No pins yet. Choose a region, occupation or training offer and pin it.',
  'workbench.pin': 'Pin the current selection',
  'workbench.nothingToPin': 'First choose a region, occupation or training offer to pin.',
  'workbench.pinned': 'Pinned: {label}',
  'workbench.remove': 'Remove pin {label}',
  'workbench.note': 'Note on {label}',
  'workbench.prev': 'Previous pin',
  'workbench.next': 'Next pin',
  'workbench.position': 'Pin {i} of {n}',
  'workbench.export': 'Save workbench (JSON)',
  'workbench.import': 'Load workbench (JSON)',
  'workbench.imported': '{added} pins added, {skipped} skipped (already there or too many).',
  'workbench.importFailed': 'This file is not a readable workbench ({problem}). Nothing was changed.',
  'workbench.storedUnreadable': 'The workbench stored in this browser could not be read ({problem}); it was set aside, not deleted.',
  'workbench.saveFailed': 'The workbench could not be stored in this browser. Save it as a file so nothing is lost.',
  'workbench.kind.region': 'Region',
  'workbench.kind.occupation': 'Occupation',
  'workbench.kind.offer': 'Training',
  'workbench.kind.route': 'Route',
};
