import { AppError, type ErrorCode } from '../../../shared/errors.ts';
import type { Actor } from '../actor.ts';

/** What a heavy read gets besides its input: who asked (already checked by dispatch) and the core's time of the call. */
export interface ReadContext {
  actor: Actor | null;
  /** The core's clock at dispatch, in epoch milliseconds (a test's hand-moved clock reaches the worker this way). */
  now: number;
}

/** What the core hands a reader worker when it starts. */
export interface ReaderSetup {
  dbFile: string;
}

/** One validated call, sent to a reader worker. */
export interface ReadCall {
  id: number;
  name: string;
  input: unknown;
  ctx: ReadContext;
}

/** What a read threw, in a form that crosses threads (structured clone drops an error's own fields). */
export interface ThrownError {
  name: string;
  message: string;
  code: string | null;
  fields: Record<string, string>;
  params: Record<string, string | number> | null;
  stack: string | null;
}

/** Sent once by a worker when its connection is open. */
export interface ReaderReady {
  ready: true;
}

export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThrownError };

export function describeThrown(err: unknown): ThrownError {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return {
    name: e.name,
    message: e.message,
    code: typeof code === 'string' ? code : null,
    fields: e instanceof AppError ? e.fields : {},
    params: e instanceof AppError ? (e.params ?? null) : null,
    stack: e.stack ?? null,
  };
}

/** The error again on the core's side: an AppError as it was, anything else with its SQLite code for dispatch to map. */
export function reviveThrown(t: ThrownError): Error {
  if (t.name === 'AppError' && t.code) return new AppError(t.code as ErrorCode, t.message, t.fields, t.params ?? undefined);
  const err = Object.assign(new Error(`${t.message} (in a reader worker)`), t.code ? { code: t.code } : {});
  if (t.stack) err.stack = t.stack;
  return err;
}
