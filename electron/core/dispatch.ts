import type { z } from 'zod';
import { getOperation, staleRecords, type OpName, type OpOutput } from '../../shared/contract/index.ts';
import { AppError, type ErrorBody } from '../../shared/errors.ts';
import type { Actor } from './context.ts';
import type { Core } from './core.ts';
import { getHandler } from './handlers/index.ts';
import { admitSession } from './services/auth.ts';
import { resolveDevice } from './services/devices/tokens.ts';
import { recordRefusal } from './services/refusals.ts';

export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export interface CallOptions {
  /** The session token the caller holds, if any. */
  token?: string | null;
  /** Where the call came from, for the audit log: `ipc`, `http 192.168.1.20`, `cli`. */
  origin: string;
}

function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const key of keys) {
      const name = key.map(String).join('.') || 'input';
      fields[name] ??= issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message;
    }
  }
  return fields;
}

function validationError(error: z.ZodError): AppError {
  const fields = zodFields(error);
  const summary = Object.entries(fields)
    .slice(0, 3)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
  return new AppError('VALIDATION', `Invalid input: ${summary}`, fields);
}

/** Every operation's input is one JSON object (`{}` when it takes nothing): not null, a list, text or a number. */
function isJsonObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') return new AppError('STORE_FULL', 'The store is full: nothing was saved. Free disk space, then try again.');
  if (code === 'SQLITE_BUSY') return new AppError('STORE_BUSY', 'The store is busy: nothing was saved. Try again.');
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
    return new AppError('CONFLICT', `The change conflicts with existing data (${(err as Error).message})`);
  console.error(err);
  return new AppError('INTERNAL', 'Something went wrong inside Frontdesk; nothing was saved.');
}

function auditRefusal(core: Core, name: string, opts: CallOptions, actor: Actor | null, reason: string): void {
  try {
    core.db
      .transaction(() =>
        recordRefusal(core.db, { at: core.nowIso(), actorId: actor?.id ?? null, operation: name, reason, origin: opts.origin }),
      )
      .immediate();
  } catch (err) {
    console.error('could not audit a refused call', err);
  }
}

/** A locked session's call: not audited (the session is its owner's), and naming whose PIN opens it. */
function lockedError(actor: Actor): CallResult {
  return {
    ok: false,
    error: new AppError(
      'SESSION_LOCKED',
      `This session is locked after a while without activity: ${actor.name}'s PIN opens it`,
      {},
      {
        staffId: actor.id,
        staffName: actor.name,
        role: actor.role,
      },
    ).toBody(),
  };
}

/**
 * The one way into the core: find the operation, check who may call it, validate the input against
 * the contract, run the handler, and hold its output to the contract too. Never throws.
 */
export async function dispatch(core: Core, name: string, rawInput: unknown, opts: CallOptions): Promise<CallResult> {
  const op = getOperation(name);
  const handler = getHandler(name);
  if (!op || !handler)
    return { ok: false, error: new AppError('UNKNOWN_OPERATION', `There is no operation named "${name.slice(0, 80)}"`).toBody() };
  let actor: Actor | null = null;
  try {
    const token = opts.token ?? null;
    if (op.access === 'display') {
      // Staff, a paired display's token, or our own display window (only our windows reach IPC dispatch).
      // A paired display never locks; a staff session does.
      const session = token ? admitSession(core.db, token, core.clock.now()) : null;
      if (session?.locked) return lockedError(session.actor);
      actor = session?.actor ?? null;
      if (!actor && opts.origin !== 'ipc' && !(token && resolveDevice(core, token))) {
        auditRefusal(core, name, opts, null, 'not signed in');
        return { ok: false, error: new AppError('UNAUTHENTICATED', 'Sign in or pair this display to do this').toBody() };
      }
    } else if (op.access !== 'public') {
      const session = token ? admitSession(core.db, token, core.clock.now()) : null;
      if (session?.locked && !op.whileLocked) return lockedError(session.actor);
      actor = session?.actor ?? null;
      // A paired display is known but may only show the queue: refused, not asked to sign in.
      if (!actor && token && resolveDevice(core, token)) {
        auditRefusal(core, name, opts, null, 'a paired display');
        return { ok: false, error: new AppError('FORBIDDEN', 'A paired display may only show the queue').toBody() };
      }
      if (!actor) {
        auditRefusal(core, name, opts, null, 'not signed in');
        return { ok: false, error: new AppError('UNAUTHENTICATED', 'Sign in to do this').toBody() };
      }
      if (op.access !== 'session' && !op.access.includes(actor.role)) {
        auditRefusal(core, name, opts, actor, `role ${actor.role}`);
        return { ok: false, error: new AppError('FORBIDDEN', `A ${actor.role} may not do this`, {}, { role: actor.role }).toBody() };
      }
    }
    if (!isJsonObject(rawInput))
      return {
        ok: false,
        error: new AppError('VALIDATION', 'Invalid input: the body must be a JSON object', {
          input: 'the body must be a JSON object',
        }).toBody(),
      };
    const parsed = op.input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
    const value = await handler(parsed.data as never, { core, actor, origin: opts.origin, token });
    const output = op.output.safeParse(value);
    if (!output.success) {
      console.error(`Output of ${name} does not match the contract`, output.error.issues);
      return { ok: false, error: new AppError('INTERNAL', 'Something went wrong inside Frontdesk').toBody() };
    }
    const records = staleRecords(op, output.data);
    if (op.invalidates.length || records.length)
      core.events.emit({ type: 'invalidate', prefixes: op.invalidates, ...(records.length ? { records } : {}) });
    return { ok: true, value: output.data };
  } catch (err) {
    return { ok: false, error: toAppError(err).toBody() };
  }
}

/** Typed in-process call for the shell, the CLI, benchmarks and tests: throws the AppError on failure. */
export async function call<K extends OpName>(core: Core, name: K, input: unknown, opts: CallOptions): Promise<OpOutput<K>> {
  const result = await dispatch(core, name, input, opts);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields, result.error.params);
  return result.value as OpOutput<K>;
}
