import { test as base, expect } from '@playwright/test';
import { startStationProcess, type StationProcess } from '../support/station-process.ts';

/**
 * `station`: a fresh station server with an empty store for each test. `demoStation`: one already
 * filled with the demo shop (staff PINs 1111 admin, 2222 manager, 3333 reception, 4444 cashier, 5555 technician).
 */
export const test = base.extend<{ station: StationProcess; demoStation: StationProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring, so it must be there even when empty
  station: async ({}, use) => {
    const station = await startStationProcess();
    await use(station);
    await station.stop();
  },
  // eslint-disable-next-line no-empty-pattern -- as above: Playwright requires the (empty) destructuring
  demoStation: async ({}, use) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', 'en'] });
    await use(station);
    await station.stop();
  },
});

export { expect };
