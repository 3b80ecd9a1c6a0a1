import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.ts';
import type { StaffMember } from '../../../shared/contract/staff.ts';
import type { Role } from '../../../shared/roles.ts';
import type { CallContext } from '../context.ts';
import { recordAudit } from './audit.ts';
import { hashPin, verifyPin } from './pin.ts';

export interface StaffRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export function toStaffMember(row: StaffRow, nowIso: string): StaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    lockedUntil: row.locked_until && row.locked_until > nowIso ? row.locked_until : null,
    createdAt: row.created_at,
  };
}

export function getStaffRow(db: Database.Database, id: number): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
}

function requireStaffRow(db: Database.Database, id: number): StaffRow {
  const row = getStaffRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No staff member with id ${id}`, { id: 'no such staff member' });
  return row;
}

export function listStaff(db: Database.Database, includeInactive: boolean, nowIso: string): StaffMember[] {
  const rows = db
    .prepare(`SELECT * FROM staff ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY active DESC, name`)
    .all() as StaffRow[];
  return rows.map((r) => toStaffMember(r, nowIso));
}

function assertNameFree(db: Database.Database, name: string, exceptId = 0): void {
  const clash = db.prepare('SELECT id FROM staff WHERE active = 1 AND name = ? AND id <> ?').get(name, exceptId);
  if (clash)
    throw new AppError('CONFLICT', `A staff member named "${name}" already exists`, { name: 'is already used by another staff member' });
}

/** Inserts a staff member and its audit row; the caller holds the transaction. */
export function insertStaff(ctx: CallContext, input: { name: string; role: Role; pinHash: string }): StaffMember {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  assertNameFree(db, input.name);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO staff (name, role, pin_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(input.name, input.role, input.pinHash, now, now);
  const created = toStaffMember(requireStaffRow(db, Number(lastInsertRowid)), now);
  recordAudit(db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: 'staff.create',
    entity: 'staff',
    entityId: created.id,
    after: created,
    origin: ctx.origin,
  });
  return created;
}

export async function createStaff(ctx: CallContext, input: { name: string; role: Role; pin: string }): Promise<StaffMember> {
  const pinHash = await hashPin(input.pin);
  return ctx.core.db.transaction(() => insertStaff(ctx, { name: input.name, role: input.role, pinHash })).immediate();
}

function activeAdminCount(db: Database.Database): number {
  return (db.prepare("SELECT count(*) AS n FROM staff WHERE active = 1 AND role = 'admin'").get() as { n: number }).n;
}

export function updateStaff(
  ctx: CallContext,
  input: { id: number; name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
): StaffMember {
  const { db } = ctx.core;
  const updated = db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const row = requireStaffRow(db, input.id);
      const before = toStaffMember(row, now);
      const next = { name: input.name ?? row.name, role: input.role ?? row.role, active: input.active ?? row.active === 1 };
      const losesAdmin = row.role === 'admin' && row.active === 1 && (next.role !== 'admin' || !next.active);
      if (losesAdmin && activeAdminCount(db) <= 1) {
        throw new AppError('CONFLICT', 'The store must keep at least one active admin', {
          [input.active === false ? 'active' : 'role']: 'would leave the store without an admin',
        });
      }
      const nextRow = { name: next.name, role: next.role, active: next.active ? 1 : 0 };
      const changed = (['name', 'role', 'active'] as const).filter((column) => nextRow[column] !== row[column]);
      if (next.active && (changed.includes('name') || changed.includes('active'))) assertNameFree(db, next.name, row.id);
      // Only the columns that change are written, so an unchanged name leaves its index untouched.
      db.prepare(`UPDATE staff SET ${[...changed, 'updated_at'].map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
        ...Object.fromEntries(changed.map((c) => [c, nextRow[c]])),
        updated_at: now,
        id: row.id,
      });
      if (!next.active) db.prepare('UPDATE sessions SET ended_at = ? WHERE staff_id = ? AND ended_at IS NULL').run(now, row.id);
      const after = toStaffMember({ ...row, ...nextRow, updated_at: now }, now);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'staff.update',
        entity: 'staff',
        entityId: row.id,
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
  if (!updated.active) ctx.core.events.emit({ type: 'sessions.ended' });
  return updated;
}

export async function setStaffPin(
  ctx: CallContext,
  id: number,
  pin: string,
  action: 'staff.setPin' | 'staff.changeOwnPin' = 'staff.setPin',
): Promise<void> {
  const pinHash = await hashPin(pin);
  const { db } = ctx.core;
  db.transaction(() => {
    const now = ctx.core.nowIso();
    requireStaffRow(db, id);
    db.prepare('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(
      pinHash,
      now,
      id,
    );
    recordAudit(db, {
      at: now,
      actorId: ctx.actor?.id ?? null,
      action,
      entity: 'staff',
      entityId: id,
      after: { pin: 'changed' },
      origin: ctx.origin,
    });
  }).immediate();
}

export async function changeOwnPin(ctx: CallContext, staffId: number, currentPin: string, newPin: string): Promise<void> {
  const row = requireStaffRow(ctx.core.db, staffId);
  if (!(await verifyPin(currentPin, row.pin_hash))) {
    throw new AppError('WRONG_PIN', 'The current PIN is wrong', { currentPin: 'is wrong' });
  }
  await setStaffPin(ctx, staffId, newPin, 'staff.changeOwnPin');
}

export function unlockStaff(ctx: CallContext, id: number): StaffMember {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const before = toStaffMember(requireStaffRow(db, id), now);
      db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(now, id);
      const after = toStaffMember(requireStaffRow(db, id), now);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'staff.unlock',
        entity: 'staff',
        entityId: id,
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}
