import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { MAX_PIN_ATTEMPTS } from '../../../shared/contract/settings.ts';
import type { PinPurpose } from '../../../shared/audit-actions.ts';
import type { Approval } from '../../../shared/contract/fields.ts';
import type { StaffMember } from '../../../shared/contract/staff.ts';
import { AppError } from '../../../shared/errors.ts';
import { APPROVER_ROLES } from '../../../shared/roles.ts';
import { requireActor, type Actor, type CallContext } from '../context.ts';
import { keptRead } from '../store/marks.ts';
import { recordAudit } from './audit.ts';
import { verifyPin } from './pin.ts';
import { lockedOrTouched, restartActivity } from './session-activity.ts';
import { getSettings } from './settings.ts';
import { getStaffRow, toStaffMember, type StaffRow } from './staff.ts';

/**
 * A safety limit, not a shift's length: a session ends for good this long after its PIN was last given
 * (at sign-in or to unlock it). Before that it only locks, after the store's idle minutes.
 */
const SESSION_HOURS = 24;

/** Tokens seen lately and their hashes: every call checks its session, and hashing costs more than the lookup. */
const recentHashes = new Map<string, string>();
const RECENT_HASHES = 256;

function hashToken(token: string): string {
  let hash = recentHashes.get(token);
  if (hash === undefined) {
    hash = createHash('sha256').update(token).digest('hex');
    if (recentHashes.size >= RECENT_HASHES) recentHashes.clear();
    recentHashes.set(token, hash);
  }
  return hash;
}

/**
 * Checks a staff member's PIN, counting wrong ones: the fifth wrong PIN in a row locks the account
 * for the configured minutes. Throws LOCKED or WRONG_PIN; returns the row when the PIN is right.
 */
async function checkPin(ctx: CallContext, staffId: number, pin: string, purpose: PinPurpose): Promise<StaffRow> {
  const { db } = ctx.core;
  const row = getStaffRow(db, staffId);
  if (!row || row.active !== 1) throw new AppError('NOT_FOUND', 'No active staff member with that id', { staffId: 'no such staff member' });
  const nowIso = ctx.core.nowIso();
  if (row.locked_until && row.locked_until > nowIso) {
    throw new AppError(
      'LOCKED',
      `This account is locked until ${row.locked_until} after too many wrong PINs`,
      {},
      { lockedUntil: row.locked_until },
    );
  }
  const right = await verifyPin(pin, row.pin_hash);
  const outcome = db
    .transaction((): StaffRow | AppError => {
      const now = ctx.core.nowIso();
      if (right) {
        db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(staffId);
        return row;
      }
      const attempts = (
        db.prepare('UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts').get(staffId) as {
          failed_attempts: number;
        }
      ).failed_attempts;
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: `${purpose}.wrongPin`,
        entity: 'staff',
        entityId: staffId,
        after: { attempts },
        origin: ctx.origin,
      });
      if (attempts >= MAX_PIN_ATTEMPTS) {
        const until = new Date(ctx.core.clock.now() + getSettings(db).lockoutMinutes * 60_000).toISOString();
        db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?').run(until, staffId);
        recordAudit(db, {
          at: now,
          actorId: ctx.actor?.id ?? null,
          action: 'staff.locked',
          entity: 'staff',
          entityId: staffId,
          after: { lockedUntil: until },
          origin: ctx.origin,
        });
        return new AppError(
          'LOCKED',
          `Too many wrong PINs: this account is locked until ${until}`,
          { pin: 'is wrong' },
          { lockedUntil: until },
        );
      }
      const left = MAX_PIN_ATTEMPTS - attempts;
      return new AppError(
        'WRONG_PIN',
        `Wrong PIN; ${left} more wrong ${left === 1 ? 'try locks' : 'tries lock'} the account`,
        { pin: 'is wrong' },
        { attemptsLeft: left },
      );
    })
    .immediate();
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}

export interface SignedIn {
  token: string;
  expiresAt: string;
  staff: StaffMember;
}

export async function signIn(ctx: CallContext, staffId: number, pin: string): Promise<SignedIn> {
  const row = await checkPin(ctx, staffId, pin, 'auth.signIn');
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(ctx.core.clock.now() + SESSION_HOURS * 3_600_000).toISOString();
      db.prepare(
        'INSERT INTO sessions (token_hash, staff_id, origin, created_at, expires_at, last_active_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(hashToken(token), row.id, ctx.origin, now, expiresAt, now);
      recordAudit(db, { at: now, actorId: row.id, action: 'auth.signIn', entity: 'staff', entityId: row.id, origin: ctx.origin });
      return { token, expiresAt, staff: toStaffMember(row, now) };
    })
    .immediate();
}

interface SessionRow extends Actor {
  active: number;
  expires_at: string;
  ended_at: string | null;
  last_active_at: string;
  locked_at: string | null;
  lastActiveMs: number;
}

/** A session's row with its staff member, or null when the session is unknown, ended, expired or its staff member inactive. */
function liveSession(db: Database.Database, hash: string, nowIso: string): SessionRow | null {
  // Kept until a session or staff row changes (`keptRead`), as every call checks its session.
  // `= +?`: this SQLite is built with STAT4, which plans a join again on every new bound value of an
  // indexed column; with `+?` the join costs what two primary-key reads do (about 6 µs, not 35).
  const row = keptRead(db, 'sessions', `session:${hash}`, () => {
    const found = db
      .prepare(
        `SELECT st.id, st.name, st.role, st.active, s.expires_at, s.ended_at, s.last_active_at, s.locked_at
           FROM sessions s JOIN staff st ON st.id = s.staff_id
          WHERE s.token_hash = +?`,
      )
      .get(hash) as Omit<SessionRow, 'lastActiveMs'> | undefined;
    return found ? { ...found, lastActiveMs: Date.parse(found.last_active_at) || 0 } : null;
  });
  if (!row || row.ended_at !== null || row.expires_at <= nowIso || row.active !== 1) return null;
  return row;
}

/**
 * The staff member a session token belongs to, or null when it is unknown, ended or expired. A locked
 * session still belongs to its staff member (its console keeps its event stream, to resume where it was);
 * calls check the lock through `admitSession`.
 */
export function resolveSession(db: Database.Database, token: string, nowIso: string): Actor | null {
  const row = liveSession(db, hashToken(token), nowIso);
  return row && { id: row.id, name: row.name, role: row.role };
}

/**
 * A call's session: its staff member and whether it is locked (idle past the store's limit, or locked
 * by its console). A call of a session that is not locked counts as its activity. Null as `resolveSession`.
 */
export function admitSession(db: Database.Database, token: string, nowMs: number): { actor: Actor; locked: boolean } | null {
  const hash = hashToken(token);
  const row = liveSession(db, hash, new Date(nowMs).toISOString());
  if (!row) return null;
  const locked = lockedOrTouched(db, { hash, lastActiveMs: row.lastActiveMs, lockedAt: row.locked_at }, nowMs);
  return { actor: { id: row.id, name: row.name, role: row.role }, locked };
}

/** Locks the caller's session now (the console's Lock button, or its idle timer): only its PIN opens it again. */
export function lockSession(ctx: CallContext, token: string): void {
  const { db } = ctx.core;
  const hash = hashToken(token);
  db.transaction(() => {
    const now = ctx.core.nowIso();
    db.prepare('UPDATE sessions SET locked_at = coalesce(locked_at, ?), last_active_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(
      now,
      now,
      hash,
    );
    recordAudit(db, {
      at: now,
      actorId: ctx.actor?.id ?? null,
      action: 'auth.lock',
      entity: 'staff',
      entityId: ctx.actor?.id ?? null,
      origin: ctx.origin,
    });
  }).immediate();
  restartActivity(db, hash, null);
}

/**
 * Opens the caller's locked session with its staff member's PIN (a wrong one counts towards the
 * account's lockout, as at sign-in). The session then runs another SESSION_HOURS from now.
 */
export async function unlockSession(ctx: CallContext, token: string, pin: string): Promise<{ expiresAt: string }> {
  const actor = requireActor(ctx);
  await checkPin(ctx, actor.id, pin, 'auth.unlock');
  const { db } = ctx.core;
  const hash = hashToken(token);
  const nowMs = ctx.core.clock.now();
  const expiresAt = new Date(nowMs + SESSION_HOURS * 3_600_000).toISOString();
  db.transaction(() => {
    const now = ctx.core.nowIso();
    db.prepare('UPDATE sessions SET locked_at = NULL, last_active_at = ?, expires_at = ? WHERE token_hash = ?').run(now, expiresAt, hash);
    recordAudit(db, { at: now, actorId: actor.id, action: 'auth.unlock', entity: 'staff', entityId: actor.id, origin: ctx.origin });
  }).immediate();
  restartActivity(db, hash, nowMs);
  return { expiresAt };
}

export function signOut(ctx: CallContext, token: string): void {
  const { db } = ctx.core;
  db.transaction(() => {
    const now = ctx.core.nowIso();
    db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(now, hashToken(token));
    recordAudit(db, {
      at: now,
      actorId: ctx.actor?.id ?? null,
      action: 'auth.signOut',
      entity: 'staff',
      entityId: ctx.actor?.id ?? null,
      origin: ctx.origin,
    });
  }).immediate();
  restartActivity(db, hashToken(token), null);
  ctx.core.events.emit({ type: 'sessions.ended' });
}

/**
 * The manager-approval step: a manager's or admin's PIN given at the counter. Wrong PINs count
 * towards the approver's lockout. Returns the approver, whom the caller records with the action.
 */
export async function requireApproval(ctx: CallContext, approval: Approval): Promise<Actor> {
  const row = getStaffRow(ctx.core.db, approval.approverId);
  if (!row || row.active !== 1 || !APPROVER_ROLES.includes(row.role)) {
    throw new AppError('APPROVAL_REQUIRED', 'A manager or admin must approve this action', {
      'approval.approverId': 'must be an active manager or admin',
    });
  }
  try {
    await checkPin(ctx, approval.approverId, approval.pin, 'approval');
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PIN') {
      throw new AppError('WRONG_PIN', err.message, { 'approval.pin': 'is wrong' }, err.params);
    }
    throw err;
  }
  return { id: row.id, name: row.name, role: row.role };
}

export async function checkApproval(ctx: CallContext, approval: Approval, action: string): Promise<Actor> {
  const approver = await requireApproval(ctx, approval);
  const { db } = ctx.core;
  db.transaction(() => {
    recordAudit(db, {
      at: ctx.core.nowIso(),
      actorId: ctx.actor?.id ?? null,
      approverId: approver.id,
      action: 'approval.granted',
      entity: 'approval',
      entityId: action,
      origin: ctx.origin,
    });
  }).immediate();
  return approver;
}
