/**
 * Every source a build can cite, as the manifest lists it. Facts from each folder's PROVENANCE.md in
 * ../shared/sources; `retrieved` is the date of the copy (or of the live download for --online builds).
 */
import type { SourceEntry } from '../src/data/schemas';
import { DEMAND_SOURCES } from './sources-demand';
import { SUPPLY_SOURCES } from './sources-supply';

export const SOURCES = {
  ...SUPPLY_SOURCES,
  'cbs-gebiedsindelingen-2025': {
    id: 'cbs-gebiedsindelingen-2025',
    title: 'CBS gebiedsindelingen 2025 (gegeneraliseerd): arbeidsmarktregio, provincie, gemeente',
    publisher: 'CBS / Kadaster via PDOK',
    url: 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: '2025',
    status: 'derived',
    note: 'Simplified with mapshaper by cartomap/nl (commit 01e3b4ce); geometry ~100 m precise, fine for zoom 6–10.',
  },
  'cbs-gebieden-in-nederland-2026': {
    id: 'cbs-gebieden-in-nederland-2026',
    title: 'Gebieden in Nederland 2026 (86247NED): gemeente → arbeidsmarktregio',
    publisher: 'CBS (extract by cedanl/onderwijsdata-chat)',
    url: 'https://opendata.cbs.nl/ODataApi/odata/86247NED',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2026-10-09',
    period: '2026',
    status: 'derived',
    note: 'JSON extract (gemeentecode → arbeidsmarktregio name) of the CBS table; names matched to AM codes via the 2025 geometry; 342/342 gemeenten agree with the 2025 outlines.',
  },
  'geonames-nl': {
    id: 'geonames-nl',
    title: 'GeoNames Nederland: postcodes (PC4) en bewoonde plaatsen',
    publisher: 'GeoNames',
    url: 'https://download.geonames.org/export/zip/NL.zip',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2024-04-12',
    period: '2024',
    status: 'raw',
    note: 'Postcodebestand (mirror symerio/postal-codes-data, 2024-04-12) en gazetteer-dump NL.txt (2024-01-25); centroïden benaderd.',
  },
  brc2014: {
    id: 'brc2014',
    title: 'Beroepenindeling ROA-CBS 2014 (BRC 2014), workbook met ISCO-08 unit groups',
    publisher: 'CBS / ROA',
    url: 'https://www.cbs.nl/-/media/imported/onze-diensten/methoden/classificaties/documents/2015/09/brc2014.xls',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: '2014 (workbook 2015)',
    status: 'raw',
    note: 'Editie 2015 van de indeling; ROA AIS 2026 gebruikt "BRC 2014 editie 2025" (zie brc2014-editie-2025-namen).',
  },
  'brc2014-editie-2025-namen': {
    id: 'brc2014-editie-2025-namen',
    title: 'Namen van de BRC 2014 editie 2025-codes 0132, 0133, 0756, 0813, 0814, 1223, 1224',
    publisher: 'CBS / ROA, via derden',
    url: 'https://www.cbs.nl/-/media/_excel/2026/17/brc2014.xlsx',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: 'editie 2025',
    status: 'derived',
    note: 'Het editie-2025-werkboek was offline niet beschikbaar; de namen zijn gezien in afgeleide bestanden van derden (ROA AIS 2026 via GitHub dennisbemer1007-pixel/Jobsy; CBS 86355NED). Elke groep zegt in "note" waar haar naam vandaan komt.',
  },
  'esco-occupations-nl': {
    id: 'esco-occupations-nl',
    title: 'ESCO occupations, Nederlandse labels (occupations_nl.csv)',
    publisher: 'Europese Commissie (DG EMPL), ESCO',
    url: 'https://esco.ec.europa.eu/en/use-esco/download',
    licence: 'ESCO-hergebruikvoorwaarden van de Europese Commissie (vrij hergebruik met bronvermelding)',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: 'ESCO v1.1.1 (3.007 beroepen; versie niet in het bestand, afgeleid uit aantal en kolommen)',
    status: 'raw',
  },
  ...DEMAND_SOURCES,
} satisfies Record<string, SourceEntry>;

export type SourceId = keyof typeof SOURCES;
