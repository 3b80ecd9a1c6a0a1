import type { Measurement } from '../types.ts';
import { diagnostics } from './diagnostics.ts';
import { floors } from './floors.ts';
import { foundation } from './foundation.ts';
import { print } from './print.ts';

/**
 * Every measurement the bench runs, in table order. A later issue adds `operations/<area>.ts`
 * exporting a `Measurement[]` and one entry here.
 */
export const MEASUREMENTS: readonly Measurement[] = [
  ...floors,
  ...foundation,
  ...print,
  ...diagnostics,
];
