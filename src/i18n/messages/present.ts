/** Messages of presentation mode and the workbench. */
export const nl = {
  'present.button': 'Presenteren',
  'present.stop': 'Stop presentatie',
  'present.hint': 'Pijltjes: vorige/volgende pin · p of Esc: stoppen',
  
  'workbench.button': 'Werkbank ({n})',
  'workbench.title': 'Werkbank',
  'workbench.empty': 'Nog geen pins. Kies een regio, beroep of opleiding en pin die vast.',
  'workbench.pin': 'Huidige selectie vastpinnen',
  'workbench.nothingToPin': 'Kies eerst een regio, beroep of opleiding om vast te pinnen.',
  'workbench.pinned': 'Vastgepind: {label}',
  'workbench.remove': 'Verwijder pin {label}',
  'workbench.note': 'Notitie bij {label}',
  'workbench.prev': 'Vorige pin',
  'workbench.next': 'Volgende pin',
  'workbench.position': 'Pin {i} van {n}',
  'workbench.export': 'Werkbank opslaan (JSON)',
  'workbench.import': 'Werkbank inlezen (JSON)',
  'workbench.imported': '{added} pins toegevoegd, {skipped} overgeslagen (al aanwezig of te veel).',
  'workbench.importFailed': 'Dit bestand is geen leesbare werkbank ({problem}). Er is niets veranderd.',
  'workbench.storedUnreadable': 'De opgeslagen werkbank in deze browser was niet leesbaar ({problem}); hij is apart bewaard en niet gewist.',
  'workbench.saveFailed': 'De werkbank kon niet in deze browser worden opgeslagen. Sla hem op als bestand om niets kwijt te raken.',
  'workbench.kind.region': 'Regio',
  'workbench.kind.occupation': 'Beroep',
  'workbench.kind.offer': 'Opleiding',
  'workbench.kind.route': 'Route',
} as const;

export const present = { nl };
