import type { z } from 'zod';
import type { Role } from '../roles.ts';

/**
 * Who may call an operation: anyone (sign-in screen, first-run setup), any signed-in staff member,
 * a queue display (a paired display device's token, any staff session, or our own display window over
 * IPC), or only the listed roles.
 */
type Access = 'public' | 'session' | 'display' | readonly Role[];

export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** Name prefixes of the reads this operation changes; empty for reads. */
  readonly invalidates: readonly string[];
}

export function operation<I extends z.ZodType, O extends z.ZodType>(def: OperationDef<I, O>): OperationDef<I, O> {
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
