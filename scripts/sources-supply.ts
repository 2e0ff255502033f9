/**
 * Sources of the training-offer layers (supply), spread into SOURCES in sources.ts. Kept apart so the shared
 * file does not conflict on every addition. Facts from each folder's PROVENANCE.md in ../shared/sources.
 */
import type { SourceEntry } from '../src/data/schemas';

export const SUPPLY_SOURCES = {
  'hovi-kiesmbo-2025-02': {
    id: 'hovi-kiesmbo-2025-02',
    title: 'HOVI hbo/wo-opleidingen en KiesMBO mbo-schoollocaties (extract februari 2025)',
    publisher: 'HOVI en SBB (KiesMBO), via onderwijsin/navigator-data-generator',
    url: 'https://github.com/onderwijsin/navigator-data-generator',
    licence: 'onbekend: geen open licentie gezien (HOVI- en SBB-API met sleutel); coördinaten via Google Geocoding',
    licenceVerified: false,
    retrieved: '2025-02-17',
    period: '2025-02',
    status: 'derived',
    note: 'API-dumps door derden platgeslagen tot CSV (commit 262d7d4d). Universiteit Leiden, Rijksuniversiteit Groningen en Universiteit van Amsterdam ontbreken in de momentopname. Voorwaarden nagaan vóór publieke verspreiding.',
  },
} satisfies Record<string, SourceEntry>;
