import type { Counter } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import { nameIn } from '../../../../shared/names.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { findCounter, requireActiveCounter } from './rows.ts';

/**
 * A counter's breaks. Only the staff member seated at a counter pauses it or brings it back. A break
 * is refused while a customer is called to the counter or being served there (finish, park or
 * transfer them first: the display would otherwise show the counter on break while calling their
 * number); a parked ticket may wait through a break. While on break the counter calls nobody, the
 * estimates stop counting it as open, and the queue display shows it as on break. Each change is
 * audited in its transaction; asking for the state the counter is already in changes nothing.
 */

function seatedCounter(ctx: CallContext, counterId: number): Counter {
  const counter = requireActiveCounter(ctx.core.db, counterId);
  if (ctx.actor === null || counter.openStaffId !== ctx.actor.id) {
    throw new AppError('INVALID_STATE', `${nameIn('en', counter)} is not open for you`, {}, { state: 'notOpen' });
  }
  return counter;
}

function auditBreak(ctx: CallContext, counter: Counter, action: 'queue.counter.break' | 'queue.counter.resume', now: string): void {
  recordAudit(ctx.core.db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action,
    entity: 'counter',
    entityId: counter.id,
    before: { breakStartedAt: counter.breakStartedAt },
    after: { breakStartedAt: action === 'queue.counter.break' ? now : null },
    origin: ctx.origin,
  });
}

export function startBreak(ctx: CallContext, counterId: number): Counter {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const counter = seatedCounter(ctx, counterId);
      if (counter.breakStartedAt !== null) return counter;
      const held = db
        .prepare("SELECT status FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving') ORDER BY called_at DESC LIMIT 1")
        .get(counter.id) as { status: 'called' | 'serving' } | undefined;
      if (held) {
        throw new AppError('INVALID_STATE', `${nameIn('en', counter)} has a customer ${held.status} there`, {}, { state: held.status });
      }
      const now = ctx.core.nowIso();
      db.prepare('UPDATE counters SET break_started_at = ?, updated_at = ? WHERE id = ?').run(now, now, counter.id);
      auditBreak(ctx, counter, 'queue.counter.break', now);
      return findCounter(db, counter.id) as Counter;
    })
    .immediate();
}

export function endBreak(ctx: CallContext, counterId: number): Counter {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const counter = seatedCounter(ctx, counterId);
      if (counter.breakStartedAt === null) return counter;
      const now = ctx.core.nowIso();
      db.prepare('UPDATE counters SET break_started_at = NULL, updated_at = ? WHERE id = ?').run(now, counter.id);
      auditBreak(ctx, counter, 'queue.counter.resume', now);
      return findCounter(db, counter.id) as Counter;
    })
    .immediate();
}
