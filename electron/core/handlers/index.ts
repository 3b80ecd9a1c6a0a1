import type { OpName } from '../../../shared/contract/index.ts';
import { appointmentsHandlers } from './appointments.ts';
import { authHandlers } from './auth.ts';
import { backupHandlers } from './backup.ts';
import { cashierHandlers } from './cashier.ts';
import { cashierIntegrityHandlers } from './cashier-integrity.ts';
import { customersHandlers } from './customers.ts';
import { devicesHandlers } from './devices.ts';
import { jobsHandlers } from './jobs.ts';
import { printHandlers } from './print.ts';
import { queueHandlers } from './queue.ts';
import { readerHandlers } from './readers.ts';
import { remindersHandlers } from './reminders.ts';
import { setupHandlers } from './setup.ts';
import { staffHandlers } from './staff.ts';
import { storeHandlers } from './store.ts';
import { systemHandlers } from './system.ts';
import type { Handler, HandlerTable } from './types.ts';

/** Joins per-area handler tables, refusing a name bound twice. */
export function mergeHandlers(...tables: Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [name, handler] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Duplicate handler for operation: ${name}`);
      merged[name] = handler;
    }
  }
  return merged;
}

/** One handler per contract operation; the type makes a missing one a compile error, a test checks both ways. */
export const handlers = mergeHandlers(
  setupHandlers,
  authHandlers,
  staffHandlers,
  storeHandlers,
  backupHandlers,
  systemHandlers,
  printHandlers,
  queueHandlers,
  appointmentsHandlers,
  devicesHandlers,
  customersHandlers,
  jobsHandlers,
  cashierHandlers,
  cashierIntegrityHandlers,
  remindersHandlers,
  readerHandlers,
) as HandlerTable<OpName>;

export function getHandler(name: string): Handler<OpName> | undefined {
  return Object.hasOwn(handlers, name) ? (handlers as Record<string, Handler<OpName>>)[name] : undefined;
}
