import type Database from 'better-sqlite3';
import type { Counter, CounterInput, Service, ServiceInput } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { findServiceRow } from './layout.ts';
import { findCounter, listCounterRows, toCounter, toService, type ServiceRow } from './rows.ts';

/** Services and counters as an admin configures them; every change is audited in its transaction. */

export function listServices(db: Database.Database, includeInactive: boolean): Service[] {
  const rows = db
    .prepare(`SELECT * FROM services ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY active DESC, position, prefix, id`)
    .all() as ServiceRow[];
  return rows.map(toService);
}

export function listCounters(db: Database.Database, includeInactive: boolean): Counter[] {
  return listCounterRows(db, includeInactive).map(toCounter);
}

/** The audit row of creating (no `before`) or updating a service or counter. */
function auditSave<T extends Service | Counter>(
  ctx: CallContext,
  now: string,
  entity: 'service' | 'counter',
  before: T | null,
  after: T,
): void {
  recordAudit(ctx.core.db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: `queue.${entity}.${before ? 'update' : 'create'}`,
    entity,
    entityId: after.id,
    before: before ?? undefined,
    after,
    origin: ctx.origin,
  });
}

function requireService(db: Database.Database, id: number): Service {
  const row = findServiceRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `There is no service with id ${id}`, { id: 'is not a service' });
  return toService(row);
}

/** Inserts or updates a service; the caller holds the transaction. */
export function writeService(ctx: CallContext, input: ServiceInput): Service {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const before = input.id ? requireService(db, input.id) : null;
  if (input.active) {
    const clash = db.prepare('SELECT id FROM services WHERE active = 1 AND prefix = ? AND id IS NOT ?').get(input.prefix, input.id ?? null);
    if (clash)
      throw new AppError('CONFLICT', `Another active service already uses the prefix ${input.prefix}`, {
        prefix: 'is already used by another service',
      });
  }
  const row = {
    prefix: input.prefix,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    typical_minutes: input.typicalMinutes,
    daily_cap: input.dailyCap,
    busy_threshold: input.busyThreshold,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    slot_minutes: input.slotMinutes,
    slot_capacity: input.slotCapacity,
    position: input.position,
    active: input.active ? 1 : 0,
    now,
  };
  let id: number;
  if (before) {
    db.prepare(
      `UPDATE services SET prefix = @prefix, name_zh = @name_zh, name_en = @name_en, typical_minutes = @typical_minutes,
         daily_cap = @daily_cap, busy_threshold = @busy_threshold, opens_at = @opens_at, closes_at = @closes_at,
         slot_minutes = @slot_minutes, slot_capacity = @slot_capacity, position = @position, active = @active, updated_at = @now
       WHERE id = @id`,
    ).run({ ...row, id: before.id });
    id = before.id;
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO services (prefix, name_zh, name_en, typical_minutes, daily_cap, busy_threshold, opens_at, closes_at,
             slot_minutes, slot_capacity, position, active, created_at, updated_at)
           VALUES (@prefix, @name_zh, @name_en, @typical_minutes, @daily_cap, @busy_threshold, @opens_at, @closes_at,
             @slot_minutes, @slot_capacity, @position, @active, @now, @now)`,
        )
        .run(row).lastInsertRowid,
    );
  }
  const after = requireService(db, id);
  auditSave(ctx, now, 'service', before, after);
  return after;
}

export function saveService(ctx: CallContext, input: ServiceInput): Service {
  return ctx.core.db.transaction(() => writeService(ctx, input)).immediate();
}

function requireCounter(db: Database.Database, id: number, field = 'id'): Counter {
  const c = findCounter(db, id);
  if (!c) throw new AppError('NOT_FOUND', `There is no counter with id ${id}`, { [field]: 'is not a counter' });
  return c;
}

/** Inserts or updates a counter and the services it serves; the caller holds the transaction. */
export function writeCounter(ctx: CallContext, input: CounterInput): Counter {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const before = input.id ? requireCounter(db, input.id) : null;
  const serviceIds = [...new Set(input.serviceIds)];
  input.serviceIds.forEach((serviceId, i) => {
    const s = findServiceRow(db, serviceId);
    if (!s || s.active !== 1)
      throw new AppError('VALIDATION', `Invalid input: service ${serviceId} is not an active service`, {
        [`serviceIds.${i}`]: 'is not an active service',
      });
  });
  if (input.active) {
    for (const [column, field, name] of [
      ['name_zh', 'nameZh', input.nameZh],
      ['name_en', 'nameEn', input.nameEn],
    ] as const) {
      // A name left empty (the other language's stands in for it) clashes with nothing.
      if (name === '') continue;
      const clash = db.prepare(`SELECT id FROM counters WHERE active = 1 AND ${column} = ? AND id IS NOT ?`).get(name, input.id ?? null);
      if (clash)
        throw new AppError('CONFLICT', `Another counter is already called "${name}"`, {
          [field]: 'is already the name of another counter',
        });
    }
  }
  const row = {
    name_zh: input.nameZh,
    name_en: input.nameEn,
    kind: input.kind,
    position: input.position,
    active: input.active ? 1 : 0,
    now,
  };
  let id: number;
  if (before) {
    db.prepare(
      `UPDATE counters SET name_zh = @name_zh, name_en = @name_en, kind = @kind, position = @position, active = @active,
         open_staff_id = CASE WHEN @active = 1 THEN open_staff_id END, opened_at = CASE WHEN @active = 1 THEN opened_at END,
         break_started_at = CASE WHEN @active = 1 THEN break_started_at END, updated_at = @now
       WHERE id = @id`,
    ).run({ ...row, id: before.id });
    id = before.id;
    db.prepare('DELETE FROM counter_services WHERE counter_id = ?').run(id);
  } else {
    id = Number(
      db
        .prepare(
          'INSERT INTO counters (name_zh, name_en, kind, position, active, created_at, updated_at) VALUES (@name_zh, @name_en, @kind, @position, @active, @now, @now)',
        )
        .run(row).lastInsertRowid,
    );
  }
  const link = db.prepare('INSERT INTO counter_services (counter_id, service_id) VALUES (?, ?)');
  for (const serviceId of serviceIds) link.run(id, serviceId);
  const after = requireCounter(db, id);
  auditSave(ctx, now, 'counter', before, after);
  return after;
}

export function saveCounter(ctx: CallContext, input: CounterInput): Counter {
  return ctx.core.db.transaction(() => writeCounter(ctx, input)).immediate();
}

/** Seats a staff member at a counter (leaving any other they sat at); the caller holds the transaction. */
export function seatAtCounter(ctx: CallContext, counterId: number, staffId: number, now: string): void {
  const { db } = ctx.core;
  const left = db.prepare('SELECT id FROM counters WHERE open_staff_id = ? AND id <> ?').all(staffId, counterId) as { id: number }[];
  db.prepare('UPDATE counters SET open_staff_id = NULL, opened_at = NULL, updated_at = ? WHERE open_staff_id = ? AND id <> ?').run(
    now,
    staffId,
    counterId,
  );
  const before = findCounter(db, counterId);
  db.prepare('UPDATE counters SET open_staff_id = ?, opened_at = ?, updated_at = ? WHERE id = ?').run(staffId, now, now, counterId);
  recordAudit(db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: 'queue.counter.open',
    entity: 'counter',
    entityId: counterId,
    before: { openStaffId: before?.openStaffId ?? null },
    after: { openStaffId: staffId, ...(left.length ? { left: left.map((c) => c.id) } : {}) },
    origin: ctx.origin,
  });
}

/** The signed-in staff member sits at the counter (taking it over from anyone who left it open). */
export function openCounter(ctx: CallContext, counterId: number): Counter {
  const { db } = ctx.core;
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to open a counter');
  return db
    .transaction(() => {
      const counter = requireCounter(db, counterId, 'counterId');
      if (!counter.active)
        throw new AppError('NOT_FOUND', `Counter ${counterId} is no longer in use`, { counterId: 'is not an active counter' });
      if (counter.openStaffId !== actor.id) seatAtCounter(ctx, counterId, actor.id, ctx.core.nowIso());
      return requireCounter(db, counterId, 'counterId');
    })
    .immediate();
}

/** Nobody sits at the counter any more (and a break there ends with it). */
export function closeCounter(ctx: CallContext, counterId: number): Counter {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = requireCounter(db, counterId, 'counterId');
      if (before.openStaffId !== null || before.breakStartedAt !== null) {
        const now = ctx.core.nowIso();
        db.prepare('UPDATE counters SET open_staff_id = NULL, opened_at = NULL, break_started_at = NULL, updated_at = ? WHERE id = ?').run(
          now,
          counterId,
        );
        recordAudit(db, {
          at: now,
          actorId: ctx.actor?.id ?? null,
          action: 'queue.counter.close',
          entity: 'counter',
          entityId: counterId,
          before: { openStaffId: before.openStaffId, ...(before.breakStartedAt ? { breakStartedAt: before.breakStartedAt } : {}) },
          after: { openStaffId: null },
          origin: ctx.origin,
        });
      }
      return requireCounter(db, counterId, 'counterId');
    })
    .immediate();
}
