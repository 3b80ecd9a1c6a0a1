import type { Measurement, Simulation } from '../types.ts';
import { busyDay } from './busy-day.ts';
import { cashier } from './cashier.ts';
import { diagnostics } from './diagnostics.ts';
import { floors } from './floors.ts';
import { foundation } from './foundation.ts';
import { heavyRead } from './heavy-read.ts';
import { jobs } from './jobs.ts';
import { print } from './print.ts';
import { queueDiagnostics } from './queue-diagnostics.ts';
import { reception } from './reception.ts';
import { reminders } from './reminders.ts';

/**
 * Every measurement the bench runs, in table order. A later issue adds `operations/<area>.ts`
 * exporting a `Measurement[]` and one entry here.
 */
export const MEASUREMENTS: readonly Measurement[] = [
  ...floors,
  ...foundation,
  ...print,
  ...reception,
  ...jobs,
  ...cashier,
  ...reminders,
  ...diagnostics,
  ...queueDiagnostics,
  ...heavyRead,
];

/** What the bench computes rather than times, run after the measurements. */
export const SIMULATIONS: readonly Simulation[] = [busyDay];
