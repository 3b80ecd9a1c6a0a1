import { pin as pinSchema } from '../../../shared/contract/fields.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CallContext } from '../context.ts';
import { recordAudit } from './audit.ts';
import { hashPin } from './pin.ts';
import { getProfile } from './profile.ts';
import type { StaffRow } from './staff.ts';

/** Who ran the recovery: the operating-system account on the shop's PC, since nobody is signed in. */
export interface LocalOperator {
  user: string;
  host: string;
}

/**
 * An admin who forgot the PIN sets a new one from the shop's PC (`npm run reset-pin`): only an active
 * admin, found by name, with a valid PIN. The account is unlocked too, and the audit log records the
 * recovery with the local account that ran it. Other staff get a new PIN from an admin in Settings.
 */
export async function recoverAdminPin(
  ctx: CallContext,
  staffName: string,
  newPin: string,
  operator: LocalOperator,
): Promise<{ id: number; name: string }> {
  const { db } = ctx.core;
  getProfile(db);
  const checked = pinSchema.safeParse(newPin);
  if (!checked.success) throw new AppError('VALIDATION', 'The new PIN must be 4 to 8 digits', { pin: 'must be 4 to 8 digits' });
  const admins = db.prepare("SELECT * FROM staff WHERE active = 1 AND role = 'admin' ORDER BY name").all() as StaffRow[];
  const admin = admins.find((s) => s.name === staffName.trim());
  if (!admin) {
    const other = db.prepare('SELECT role FROM staff WHERE active = 1 AND name = ?').get(staffName.trim()) as { role: string } | undefined;
    const names = admins.map((s) => `"${s.name}"`).join(', ');
    throw new AppError(
      'NOT_FOUND',
      other
        ? `"${staffName}" is not an admin (${other.role}): an admin gives them a new PIN in Settings → Staff. The admins are ${names}.`
        : `No active admin is named "${staffName}". The admins are ${names}.`,
      { staff: 'must be the name of an active admin' },
    );
  }
  const pinHash = await hashPin(checked.data);
  db.transaction(() => {
    const now = ctx.core.nowIso();
    db.prepare('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(
      pinHash,
      now,
      admin.id,
    );
    recordAudit(db, {
      at: now,
      actorId: null,
      action: 'staff.recoverPin',
      entity: 'staff',
      entityId: admin.id,
      before: { lockedUntil: admin.locked_until },
      after: { pin: 'changed', lockedUntil: null, by: `${operator.user}@${operator.host}` },
      origin: ctx.origin,
    });
  }).immediate();
  return { id: admin.id, name: admin.name };
}
