import type { z } from 'zod';
import { mergeAreas, type OperationDef } from './define.ts';
import { auditOps, authOps, backupOps, setupOps, staffOps, storeOps, systemOps } from './areas.ts';
import { printOps, type JobStatus } from './print.ts';
import { queueOps, type DisplayCall } from './queue.ts';
import { appointmentsOps } from './appointments.ts';
import { devicesOps } from './devices.ts';
import { customersOps } from './customers.ts';

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
);

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

export const OP_NAMES = Object.keys(contract) as OpName[];

export function getOperation(name: string): OperationDef | undefined {
  return Object.hasOwn(contract, name) ? (contract as Record<string, OperationDef>)[name] : undefined;
}

/** Server-pushed events, the same over Electron IPC and the station's WebSocket. */
export type ServerEvent =
  | { type: 'invalidate'; prefixes: readonly string[] }
  | { type: 'backup.progress'; id: string; done: number; total: number }
  | { type: 'store.restored' }
  | { type: 'print.job'; id: number; status: JobStatus; printerId: number; attempts: number; errorCode: string | null }
  | { type: 'queue.call'; call: DisplayCall }
  | { type: 'hello' }
  /** Sessions were ended (a sign-out, a staff member deactivated): the station closes their event streams. */
  | { type: 'sessions.ended' };

export { mergeAreas, operation, type OperationDef } from './define.ts';
