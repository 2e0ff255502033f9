/**
 * Every source a build can cite, as the manifest lists it. Facts from each folder's PROVENANCE.md in
 * ../shared/sources; `retrieved` is the date of the copy (or of the live download for --online builds).
 */
import type { SourceEntry } from '../src/data/schemas';

export const SOURCES = {
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
} satisfies Record<string, SourceEntry>;

export type SourceId = keyof typeof SOURCES;
