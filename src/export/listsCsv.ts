/**
 * CSV of the two lists on screen — occupations (kansberoepen) and training offers — with the same title, filters,
 * sources, date and link as every export, written under the rows. Pure.
 */
import type { OfferRow } from '../data/schemas';
import type { OccupationRow } from '../model/occupationList';
import type { Lang } from '../state/types';
import { toCsv, type CsvTable } from './csv';
import { exportTextLines, type ExportText } from './exportText';

const HEAD = {
  nl: {
    occupations: ['BRC-beroepsgroep', 'Naam', 'Kansberoep', 'Spanningsklasse', 'Spanning', 'Spanning periode', 'Spanning bron', 'Spanning landelijk', 'Omvang indicator', 'Omvang', 'Omvang periode', 'Opleidingen'],
    offers: ['Id', 'Titel', 'Soort', 'Niveau', 'Leerweg', 'Aanbieder', 'Plaats', 'Arbeidsmarktregio', 'Beroepsgroepen', 'Url', 'Bron'],
  },
  en: {
    occupations: ['BRC occupation group', 'Name', 'Good prospects', 'Tension class', 'Tension', 'Tension period', 'Tension source', 'Tension national', 'Size indicator', 'Size', 'Size period', 'Training offers'],
    offers: ['Id', 'Title', 'Kind', 'Level', 'Learning pathway', 'Provider', 'Place', 'Labour-market region', 'Occupation groups', 'Url', 'Source'],
  },
} as const;

export function occupationsCsv(rows: readonly OccupationRow[], lang: Lang, text: ExportText): string {
  const table: CsvTable = {
    header: [...HEAD[lang].occupations],
    rows: rows.map((r) => [
      r.groep,
      r.name,
      r.kansberoep,
      r.tension?.tensionClass ?? r.tension?.class ?? null,
      r.tension?.value ?? null,
      r.tension?.period ?? null,
      r.tension?.source ?? null,
      r.tension ? r.tension.landelijk : null,
      r.size?.indicator ?? null,
      r.size?.value ?? null,
      r.size?.period ?? null,
      r.offers,
    ]),
    notes: exportTextLines(text, lang),
  };
  return toCsv(table);
}

export function offersCsv(rows: readonly OfferRow[], lang: Lang, text: ExportText, regionName: (code: string) => string | undefined): string {
  const table: CsvTable = {
    header: [...HEAD[lang].offers],
    rows: rows.map((o) => [
      o.id,
      o.title,
      o.kind,
      o.level ?? null,
      o.leerweg.join(' '),
      o.provider,
      o.location.place ?? null,
      regionName(o.arbeidsmarktregio) ?? o.arbeidsmarktregio,
      o.groepen.map((g) => g.groep).join(' '),
      o.url ?? null,
      o.source,
    ]),
    notes: exportTextLines(text, lang),
  };
  return toCsv(table);
}
