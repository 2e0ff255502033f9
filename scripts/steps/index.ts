/** The build steps, in order. A step may use the products of the steps before it (see lib/context.ts). */
import type { Step } from '../lib/context';
import { occupationTitlesStep } from './occupation-titles';
import { occupationsStep } from './occupations';
import { placesStep } from './places';
import { regionsStep } from './regions';
import { indicatorsStep } from './indicators';
import { mboStep } from './mbo';
import { curatedStep } from './curated';
import { regionalStatsStep } from './regional-stats';
import { offersStep } from './offers';

export const STEPS: Step[] = [
  regionsStep,
  placesStep,
  occupationsStep,
  occupationTitlesStep,
  // demand (issue 5): after regions and occupations
  indicatorsStep,
  curatedStep,
  regionalStatsStep,
  // supply (issue 5): after regions and occupations (and places, when the pipeline makes them)
  mboStep,
  offersStep,
];
