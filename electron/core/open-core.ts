import { Core, type CoreOptions } from './core.ts';
import { keyUnkeyedCustomers } from './services/customers/backfill.ts';
import { normaliseBareNorthAmericanPhones } from './services/customers/phone-backfill.ts';

export type OpenCoreOptions = Omit<CoreOptions, 'prepareStore'>;

/**
 * Opens the core of one data directory, the way every host does (the Electron shell, the station
 * server, tests, the benchmark): with the services' own steps for a freshly opened store, which the
 * core cannot import itself because it sits below the services.
 */
export function openCore(options: OpenCoreOptions): Core {
  return new Core({
    ...options,
    prepareStore: (db) => {
      keyUnkeyedCustomers(db);
      normaliseBareNorthAmericanPhones(db);
    },
  });
}
