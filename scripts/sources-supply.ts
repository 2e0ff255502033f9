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
  'sbb-crebo-lijst-cedanl': {
    id: 'sbb-crebo-lijst-cedanl',
    title: 'Crebolijst mbo-kwalificaties (naam, niveau, leerweg, sectorkamer, dossier)',
    publisher: 'SBB (crebo-codes), via cedanl/mbo-bekostiging-bestanden',
    url: 'https://github.com/cedanl/mbo-bekostiging-bestanden',
    licence: 'MIT (repository); rechten op de onderliggende gegevens niet vermeld',
    licenceVerified: false,
    retrieved: '2026-11-23',
    status: 'derived',
    note: 'Bytegelijke kopie (sha256 gecontroleerd) van een lijst waarvan de herkomst upstream onbekend is; SBB\'s eigen crebolijsten gaan voor.',
  },
  'samenwijzer-crebo-beroep': {
    id: 'samenwijzer-crebo-beroep',
    title: 'Koppeling crebo → beroep (CompetentNL / ESCO) voor 372 mbo-kwalificaties',
    publisher: 'cedanl/samenwijzer (gegevens uit CompetentNL en ESCO)',
    url: 'https://github.com/cedanl/samenwijzer',
    licence: 'MIT (repository); CompetentNL-voorwaarden niet geverifieerd; ESCO: hergebruik met bronvermelding',
    licenceVerified: false,
    retrieved: '2026-06-11',
    status: 'derived',
    note: '108 koppelingen zijn door een taalmodel gekozen (lage zekerheid); alleen kwalificaties uit de OER\'s van enkele scholen.',
  },
  'duo-mbo-opleidingsaanbod': {
    id: 'duo-mbo-opleidingsaanbod',
    title: 'MBO Opleidingsaanbod (RIO): crebo × instelling × locatie × leerweg',
    publisher: 'DUO (Registratie Instellingen en Opleidingen)',
    url: 'https://onderwijsdata.duo.nl/dataset/mbo_opleidingsaanbod',
    licence: 'CC BY 4.0 volgens de CKAN-metadata (door derden gemeld; sommige noemen CC0)',
    licenceVerified: false,
    retrieved: '2026-11-23',
    status: 'raw',
    note: 'Alleen in --online builds. Locaties geplaatst op het midden van de postcode (PC4).',
  },
  'regionale-switchprogrammas-noord': {
    id: 'regionale-switchprogrammas-noord',
    title: "Korte scholing en switchprogramma's genoemd in regionale berichten (Groningen, Drenthe, Friesland) — voorbeelden",
    publisher: 'Hogescholen, mbo-instellingen en regionale media (zie per aanbod de bronpagina)',
    url: 'https://www.gic.nl/innovatie/gronings-onderwijs-aan-it-academy-noord-nederland-krijgt-navolging-in-amsterdam',
    licence: 'alleen feiten overgenomen, met bronvermelding per pagina (geen open licentie)',
    licenceVerified: false,
    retrieved: '2026-11-23',
    period: '2017-2023 (per aanbod)',
    status: 'transcribed',
    note: 'Negen programma\'s uit nieuwsberichten; geen cursuscatalogus (Het Noorden Leert Door-lijst niet gevonden). Plaats en niveau alleen waar de bron ze noemt.',
  },
} satisfies Record<string, SourceEntry>;
