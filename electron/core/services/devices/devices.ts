import type Database from 'better-sqlite3';
import type { Device } from '../../../../shared/contract/devices.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { recordAudit } from '../audit.ts';

interface DeviceRow {
  id: number;
  name: string;
  kind: Device['kind'];
  paired_at: string;
  paired_by: number;
  paired_by_name: string;
  paired_from: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const DEVICE_SELECT = `SELECT d.id, d.name, d.kind, d.paired_at, d.paired_by, s.name AS paired_by_name, d.paired_from, d.last_seen_at, d.revoked_at
  FROM devices d JOIN staff s ON s.id = d.paired_by`;

const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  pairedAt: r.paired_at,
  pairedById: r.paired_by,
  pairedByName: r.paired_by_name,
  pairedFrom: r.paired_from,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

export function getDevice(db: Database.Database, id: number): Device | null {
  const row = db.prepare(`${DEVICE_SELECT} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  return row ? toDevice(row) : null;
}

function requireDevice(db: Database.Database, id: number): Device {
  const device = getDevice(db, id);
  if (!device) throw new AppError('NOT_FOUND', `There is no paired device with id ${id}`, { id: 'is not a paired device' });
  return device;
}

/** Paired devices, newest first; revoked ones only when asked. */
export function listDevices(db: Database.Database, includeRevoked: boolean): Device[] {
  const rows = db.prepare(`${DEVICE_SELECT} ${includeRevoked ? '' : 'WHERE d.revoked_at IS NULL'} ORDER BY d.id DESC`).all() as DeviceRow[];
  return rows.map(toDevice);
}

export function renameDevice(ctx: CallContext, id: number, name: string): Device {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const before = requireDevice(db, id);
      if (before.name === name) return before;
      db.prepare('UPDATE devices SET name = ? WHERE id = ?').run(name, id);
      const after = requireDevice(db, id);
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: actor.id,
        action: 'devices.rename',
        entity: 'device',
        entityId: id,
        before: { name: before.name },
        after: { name },
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}

/** Ends a device's access: its token stops working at once. Revoking a revoked device changes nothing. */
export function revokeDevice(ctx: CallContext, id: number): Device {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const before = requireDevice(db, id);
      if (before.revokedAt !== null) return before;
      const now = ctx.core.nowIso();
      db.prepare('UPDATE devices SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(now, actor.id, id);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'devices.revoke',
        entity: 'device',
        entityId: id,
        before: { name: before.name, kind: before.kind },
        origin: ctx.origin,
      });
      return requireDevice(db, id);
    })
    .immediate();
}
