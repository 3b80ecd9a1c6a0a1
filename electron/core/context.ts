import type { Actor } from './actor.ts';
import type { Core } from './core.ts';

export type { Actor } from './actor.ts';

/** Who is calling, and through which door (ipc, http from an address, the command line). */
export interface CallContext {
  core: Core;
  actor: Actor | null;
  origin: string;
}

export function requireActor(ctx: CallContext): Actor {
  if (!ctx.actor) throw new Error('This operation needs a signed-in staff member');
  return ctx.actor;
}
