/**
 * The English texts of every feature, one chunk fetched when the language switches to English (loadLanguage in
 * ../../index.ts): Dutch is the first screen's language, so English stays out of it. Register a feature's English
 * here when adding its messages file (the Dutch in ../<feature>.ts, MODULES in ../../index.ts).
 */
import { app } from './app';
import { share } from './share';
import { present } from './present';
import { core } from './core';
import { cards } from './cards';
import { about } from './about';
import { offline } from './offline';
import { places } from './places';
import { route } from './route';
import { edition } from './edition';
import { schools } from './schools';
import { scope } from './scope';
import { example } from './example';

export const EN_MODULES = [app, share, present, core, cards, about, offline, places, route, edition, schools, scope, example] as const;
