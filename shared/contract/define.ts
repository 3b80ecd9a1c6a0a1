import type { z } from 'zod';
import type { Role } from '../roles.ts';

/**
 * Who may call an operation: anyone (sign-in screen, first-run setup), any signed-in staff member,
 * a queue display (a paired display device's token, any staff session, or our own display window over
 * IPC), or only the listed roles.
 */
type Access = 'public' | 'session' | 'display' | readonly Role[];

/**
 * Where an operation's handler runs. `main` (the default): on the core's own thread and connection,
 * with the windows, IPC and the displays. `reader`: a read that can scan many rows (the audit log, long
 * histories, later the reports and exports), run on a read-only connection in a reader worker thread
 * so it never holds up issuing a number or a call to the displays (`electron/core/readers/`).
 */
export type RunsOn = 'main' | 'reader';

/**
 * A read of one record that a write changes, found in the write's output: after the write, the cached
 * reads of `op` whose input's `key` equals the output's value at `from` (a dotted path) are stale.
 * Nothing is refreshed when that value is null (a ticket with no customer).
 */
export interface RecordInvalidation {
  readonly op: string;
  readonly key: string;
  readonly from: string;
}

/** One record's reads to refresh, as the `invalidate` event carries them: reads of `op` whose input's `key` is `value`. */
export interface StaleRecord {
  op: string;
  key: string;
  value: string | number;
}

export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, R extends RunsOn = RunsOn> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** Name prefixes of the reads this operation changes; empty for reads. */
  readonly invalidates: readonly string[];
  /** Reads of single records this write changes, besides the `invalidates` prefixes (a customer's history). */
  readonly invalidatesRecords?: readonly RecordInvalidation[];
  /** `reader` for heavy reads (they must invalidate nothing); absent means `main`. */
  readonly runsOn?: R;
  /** A locked session may call it (unlocking, locking, signing out); every other call of a locked session is refused. */
  readonly whileLocked?: true;
}

export function operation<I extends z.ZodType, O extends z.ZodType, R extends RunsOn = 'main'>(
  def: OperationDef<I, O, R>,
): OperationDef<I, O, R> {
  return def;
}

function valueAt(output: unknown, path: string): unknown {
  let value = output;
  for (const key of path.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The records a write's output says to refresh (the dispatcher sends them; the console's own mutation applies them too). */
export function staleRecords(def: Pick<OperationDef, 'invalidatesRecords'>, output: unknown): StaleRecord[] {
  const stale: StaleRecord[] = [];
  for (const r of def.invalidatesRecords ?? []) {
    const value = valueAt(output, r.from);
    if (typeof value === 'number' || typeof value === 'string') stale.push({ op: r.op, key: r.key, value });
  }
  return stale;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Joins per-area operation tables into one, refusing two operations with the same name. */
export function mergeAreas<T extends Record<string, OperationDef>[]>(...areas: T): UnionToIntersection<T[number]> {
  const merged: Record<string, OperationDef> = {};
  for (const area of areas) {
    for (const [name, def] of Object.entries(area)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Duplicate operation name in contract: ${name}`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
