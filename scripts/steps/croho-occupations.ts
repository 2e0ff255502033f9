/**
 * CROHO programme → ISCO-08 unit groups, only where the programme is the ordinary way into one occupation.
 * Matched on the CROHO name as HOVI writes it (`croho_naam`). ISCO → BRC beroepsgroep goes through the BRC
 * table of the occupations step, so no BRC code is typed here.
 *
 * confidence 'high': a regulated or protected profession the diploma qualifies for (teacher's qualification,
 * BIG-registered care professions, accountant, lawyer after a law degree).
 * confidence 'low': a programme that mostly, but not only, leads to this occupation (ICT, engineering, HR …).
 * Everything else gets no group link: its sector (CROHO sector → BRC klassen, occupations.sectorLinks) is all we
 * can honestly say. Written down in docs/offers.md.
 */
export interface CrohoOccupationLink {
  match: RegExp;
  isco: string[];
  confidence: 'high' | 'low';
}

export const CROHO_OCCUPATIONS: readonly CrohoOccupationLink[] = [
  // education: the teaching qualification is the entry to the job
  { match: /^Opleiding tot leraar Basisonderwijs$/i, isco: ['2341'], confidence: 'high' },
  { match: /tweede graad in (het )?(Technisch Beroepsonderwijs|Gezondheidszorg en Welzijn|Mens en Technologie|Consumptieve Techniek|Omgangskunde)/i, isco: ['2320'], confidence: 'high' },
  { match: /^Opleiding tot leraar voortgezet onderwijs van de (tweede|eerste) graad in /i, isco: ['2330'], confidence: 'high' },
  { match: /^Leraar Voorbereidend Hoger Onderwijs in /i, isco: ['2330'], confidence: 'high' },
  { match: /^Opleiding tot Leraar van de eerste graad in Lichamelijke Opvoeding$/i, isco: ['2330'], confidence: 'high' },
  { match: /^Docent (Muziek|Dans|Theater|Beeldende Kunst en Vormgeving)$/i, isco: ['2354', '2355'], confidence: 'low' },
  { match: /^Pedagogisch Educatief Professional$/i, isco: ['2342'], confidence: 'low' },
  // care: BIG-registered or protected titles
  { match: /^Opleiding tot Verpleegkundige$|^Verpleegkunde$|^Advanced Nursing Practice$/i, isco: ['2221'], confidence: 'high' },
  { match: /^(Opleiding tot )?Fysiotherap(eut|ie)$/i, isco: ['2264'], confidence: 'high' },
  { match: /^Opleiding (voor|tot) Logopedi(e|st)$|^Logopedie$/i, isco: ['2266'], confidence: 'high' },
  { match: /^Opleiding (voor|tot) Ergotherap(ie|eut)$|^Ergotherapie$/i, isco: ['2269'], confidence: 'high' },
  { match: /^Opleiding (voor|tot) Verloskund(e|ige)$|^Verloskunde$/i, isco: ['2222'], confidence: 'high' },
  { match: /^Opleiding (voor|tot) Di[eë]tetiek$|^Voeding en Di[eë]tetiek$/i, isco: ['2265'], confidence: 'high' },
  { match: /^Mondzorgkunde$|^Opleiding tot Mondhygiënist$/i, isco: ['3251'], confidence: 'high' },
  { match: /^Geneeskunde$|^Medicine$/i, isco: ['2211', '2212'], confidence: 'high' },
  { match: /^Tandheelkunde$|^Dentistry$/i, isco: ['2261'], confidence: 'high' },
  { match: /^Farmacie$|^Pharmacy$/i, isco: ['2262'], confidence: 'high' },
  { match: /^Diergeneeskunde$/i, isco: ['2250'], confidence: 'high' },
  { match: /^(Oefentherapie|Huidtherapie|Vaktherapie)/i, isco: ['2269'], confidence: 'low' },
  { match: /^Management in de Zorg$/i, isco: ['1342'], confidence: 'low' },
  // welfare and behaviour
  { match: /^(Social Work|Sociaal Werk)$/i, isco: ['2635'], confidence: 'high' },
  { match: /^(Psychologie|Psychology)$/i, isco: ['2634'], confidence: 'high' },
  { match: /^Toegepaste Psychologie$/i, isco: ['2634'], confidence: 'low' },
  // law and finance
  { match: /^Accountancy$/i, isco: ['2411'], confidence: 'high' },
  { match: /^(Rechtsgeleerdheid|Nederlands Recht|Notarieel Recht)$/i, isco: ['2611'], confidence: 'high' },
  { match: /^HBO - Rechten$|^Sociaal-Juridische Dienstverlening$/i, isco: ['3411'], confidence: 'low' },
  { match: /^Human Resource Management$/i, isco: ['2423'], confidence: 'low' },
  { match: /^Bestuurskunde$/i, isco: ['2422'], confidence: 'low' },
  // ICT and engineering: many jobs, one most common
  { match: /^(HBO-ICT|Informatica|Technische Informatica|Software Development|Computing Science|Software Engineering)$/i, isco: ['2512'], confidence: 'low' },
  { match: /^(Elektrotechniek|Electrical Engineering)$/i, isco: ['2151'], confidence: 'low' },
  { match: /^(Werktuigbouwkunde|Mechanical Engineering)$/i, isco: ['2144'], confidence: 'low' },
  { match: /^(Civiele Techniek|Civil Engineering)$/i, isco: ['2142'], confidence: 'low' },
  { match: /^Architectuur$|^Architecture$/i, isco: ['2161'], confidence: 'low' },
  { match: /^Biologie en Medisch Laboratoriumonderzoek$/i, isco: ['3212', '3141'], confidence: 'low' },
];

/** The links of one CROHO name (first matching entry), or undefined. */
export function crohoOccupation(crohoName: string): CrohoOccupationLink | undefined {
  return CROHO_OCCUPATIONS.find((l) => l.match.test(crohoName.trim()));
}
