import type { z } from 'zod';
import type { Role } from '../roles.ts';

/**
 * Who may call an operation: anyone (sign-in screen, first-run setup), any signed-in staff member,
 * a queue display (a paired display device's token, any staff session, or our own display window over
 * IPC), or only the listed roles.
 */
export type Access = 'public' | 'session' | 'display' | readonly Role[];

/**
 * Where an operation's handler runs. `main` (the default): on the core's own thread and connection,
 * with the windows, IPC and the displays. `reader`: a read that can scan many rows (the audit log, long
 * histories, later the reports and exports), run on a read-only connection in a reader worker thread
 * so it never holds up issuing a number or a call to the displays (`electron/core/readers/`).
 */
export type RunsOn = 'main' | 'reader';

export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, R extends RunsOn = RunsOn> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** Name prefixes of the reads this operation changes; empty for reads. */
  readonly invalidates: readonly string[];
  /** `reader` for heavy reads (they must invalidate nothing); absent means `main`. */
  readonly runsOn?: R;
}

export function operation<I extends z.ZodType, O extends z.ZodType, R extends RunsOn = 'main'>(
  def: OperationDef<I, O, R>,
): OperationDef<I, O, R> {
  return def;
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
