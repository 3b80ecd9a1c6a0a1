import type { z } from 'zod';
import { mergeAreas, type OperationDef, type StaleRecord } from './define.ts';
import { auditOps, authOps, backupOps, setupOps, staffOps, storeOps, systemOps } from './areas.ts';
import { printOps, type JobStatus } from './print.ts';
import { queueOps, type DisplayCall } from './queue.ts';
import { appointmentsOps } from './appointments.ts';
import { devicesOps } from './devices.ts';
import { customersOps } from './customers.ts';
import { jobsOps } from './jobs.ts';
import { jobsPrintOps } from './jobs-print.ts';
import { jobsLineOps } from './jobs-lines.ts';
import { jobsPickupOps } from './jobs-pickup.ts';
import { cashierOps } from './cashier.ts';
import { cashierIntegrityOps } from './cashier-integrity.ts';
import { remindersOps } from './reminders.ts';

export const contract = mergeAreas(
  setupOps,
  authOps,
  staffOps,
  storeOps,
  auditOps,
  backupOps,
  systemOps,
  printOps,
  queueOps,
  devicesOps,
  appointmentsOps,
  customersOps,
  jobsOps,
  jobsPrintOps,
  jobsLineOps,
  jobsPickupOps,
  cashierOps,
  cashierIntegrityOps,
  remindersOps,
);

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

export const OP_NAMES = Object.keys(contract) as OpName[];

/** The heavy reads: operations marked `runsOn: 'reader'`, run in the core's reader workers. */
export type ReaderOpName = { [K in OpName]: Contract[K] extends { readonly runsOn?: 'reader' } ? K : never }[OpName];
/** Everything else: run on the core's own thread. */
export type MainOpName = Exclude<OpName, ReaderOpName>;

export const READER_OP_NAMES = OP_NAMES.filter(
  (name) => (contract as Record<string, OperationDef>)[name]?.runsOn === 'reader',
) as ReaderOpName[];

export function getOperation(name: string): OperationDef | undefined {
  return Object.hasOwn(contract, name) ? (contract as Record<string, OperationDef>)[name] : undefined;
}

/** Server-pushed events, the same over Electron IPC and the station's WebSocket. */
export type ServerEvent =
  /** Reads whose names start with a prefix are stale, and the single records' reads listed in `records`. */
  | { type: 'invalidate'; prefixes: readonly string[]; records?: readonly StaleRecord[] }
  | { type: 'backup.progress'; id: string; done: number; total: number }
  /** The store file was replaced: restored from a backup, or the demo wiped for a real shop. Everyone signs in again. */
  | { type: 'store.restored'; from: 'backup' | 'demoWiped' }
  | { type: 'print.job'; id: number; status: JobStatus; printerId: number; attempts: number; errorCode: string | null }
  | { type: 'queue.call'; call: DisplayCall }
  | { type: 'hello' }
  /** Sessions were ended (a sign-out, a staff member deactivated): the station closes their event streams. */
  | { type: 'sessions.ended' };

export { mergeAreas, operation, staleRecords, type OperationDef, type StaleRecord } from './define.ts';
