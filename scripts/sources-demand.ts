/**
 * Sources of the demand layer (issue 5): ROA AIS, CBS StatLine per arbeidsmarktregio, curated regional lists.
 * Spread into SOURCES in scripts/sources.ts. Facts from each folder's PROVENANCE.md in ../shared/sources.
 */
import type { SourceEntry } from '../src/data/schemas';

export const DEMAND_SOURCES = {
  'roa-ais-2030-ed2026-nl': {
    id: 'roa-ais-2030-ed2026-nl',
    title: 'ROA AIS tot 2030, editie 2026 — landelijk per BRC beroepsgroep (transcribed from a third-party extract)',
    publisher: 'ROA (Maastricht University); indicator huidige arbeidsmarktsituatie: UWV via ROA',
    url: 'https://doi.org/10.34894/DVQTOG',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: 'prognoses tot 2030 (richting 2025-2030); huidige arbeidsmarktsituatie 2026Q1',
    status: 'transcribed',
    note:
      'Transcribed from a third-party extract: the roaByBrc section of GitHub dennisbemer1007-pixel/Jobsy outlook.json (commit 0f304b4f), ' +
      "which kept ROA's Nederland rows of AIStot2030_Arbeidsmarktinformatie_editie2026.csv. National only; a slip in a single cell is " +
      'possible — an --online build reads the raw ROA file. The current-tension class is ROA\'s own (krap up to 16), not UWV\'s five classes.',
  },
  'roa-ais-2030-ed2026': {
    id: 'roa-ais-2030-ed2026',
    title: 'ROA AIS tot 2030 — Arbeidsmarktinformatie, editie 2026 (raw file, per arbeidsmarktregio)',
    publisher: 'ROA (Maastricht University), DataverseNL',
    url: 'https://doi.org/10.34894/DVQTOG',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    // replaced by the download date in an --online build
    retrieved: '2026-10-05',
    period: 'prognoses tot 2030 (typeringen per arbeidsmarktregio)',
    status: 'raw',
    note: 'Read by scripts/steps/fetch-roa-regional.ts (--online only): file resolved by label through the DataverseNL file list. Cite: ROA (2026), AIS tot 2030, editie 2026, doi:10.34894/DVQTOG.',
  },
  'cbs-statline-regionaal-2025-04': {
    id: 'cbs-statline-regionaal-2025-04',
    title: 'CBS StatLine per arbeidsmarktregio: 86088NED, 85554NED, 83582NED, 85969NED, 84916NED (snapshot April 2025)',
    publisher: 'CBS (Centraal Bureau voor de Statistiek)',
    url: 'https://opendata.cbs.nl/statline/',
    licence: 'CC BY 4.0',
    licenceVerified: false,
    retrieved: '2025-04-22',
    period: 'werkloosheid 2013-2024; WW 2014-01 t/m 2025-01; banen dec 2014-2023; onbenut 2013-2023; beroepsklasse 2022',
    status: 'derived',
    note:
      'Complete slices of a third-party dump (GitHub dertje/cbs_datasets, commit fda64267; first 10,000 rows per table), AMR codes added by name. ' +
      'Values unchanged. Beroepsklasse labels of 84916NED were inferred from national totals, not from CBS metadata. WW and jobs series ' +
      'have composition breaks where older region names were mapped to today\'s regions (oude_afbakening).',
  },
  'regionale-lijsten-noord': {
    id: 'regionale-lijsten-noord',
    title: 'Kansrijke beroepen genoemd in regionale berichten (Groningen, Drenthe, Friesland) — voorbeelden, 2017-2025',
    publisher: 'UWV and others, as quoted by regional media (see each row for its source page)',
    url: 'https://www.oogtv.nl/2025/07/aantal-ww-uitkeringen-gedaald-volop-kansen-voor-werkzoekenden/',
    licence: 'facts only, cite each source page (no open licence)',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: '2017-2025 (per row)',
    status: 'transcribed',
    note: 'Partial example lists transcribed from stored news pages; not the full regional lists (about 230-250 occupations in Groningen).',
  },
} satisfies Record<string, SourceEntry>;
