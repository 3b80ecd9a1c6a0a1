import { randomInt } from 'node:crypto';
import {
  PAIRING_CODE_MINUTES,
  PAIRING_LOCK_MINUTES,
  PAIRING_MAX_WRONG,
  PAIRING_WINDOW_MINUTES,
  type Device,
} from '../../../../shared/contract/devices.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { getDevice } from './devices.ts';
import { hashSecret, newDeviceToken } from './tokens.ts';

type Kind = Device['kind'];

/** Pairing codes are hashed apart from tokens, so a code can never be presented as a token. */
const codeHash = (code: string) => hashSecret(`pairing-code:${code}`);

/**
 * A new one-time pairing code, valid for PAIRING_CODE_MINUTES. Only its hash is stored; the unused
 * code shown before (of this kind) stops working.
 */
export function createPairingCode(ctx: CallContext, kind: Kind): { code: string; expiresAt: string } {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const expiresAt = new Date(ctx.core.clock.now() + PAIRING_CODE_MINUTES * 60_000).toISOString();
      const replaced = db.prepare('DELETE FROM pairing_codes WHERE kind = ? AND used_at IS NULL').run(kind).changes;
      db.prepare('INSERT INTO pairing_codes (code_hash, kind, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        codeHash(code),
        kind,
        actor.id,
        now,
        expiresAt,
      );
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'devices.pairingCode',
        entity: 'device',
        after: { kind, expiresAt, replaced },
        origin: ctx.origin,
      });
      return { code, expiresAt };
    })
    .immediate();
}

interface GuardRow {
  wrong_json: string;
  locked_until: string | null;
}

interface CodeRow {
  id: number;
  kind: Kind;
  created_by: number;
}

/**
 * A device presents a pairing code and its name. A right code (unused, unexpired) pairs it and
 * returns its token, shown this once. Wrong codes count station-wide: the PAIRING_MAX_WRONG-th within
 * PAIRING_WINDOW_MINUTES refuses all pairing for PAIRING_LOCK_MINUTES. Wrong tries are kept in one
 * row updated in place, and only the lockout is audited, so guessing cannot flood the audit log.
 */
export function pairDevice(ctx: CallContext, code: string, name: string): { token: string; device: Device } {
  const { db } = ctx.core;
  const outcome = db
    .transaction((): { token: string; device: Device } | AppError => {
      const nowMs = ctx.core.clock.now();
      const now = new Date(nowMs).toISOString();
      const guard = db.prepare('SELECT wrong_json, locked_until FROM pairing_guard WHERE id = 1').get() as GuardRow;
      if (guard.locked_until !== null && guard.locked_until > now) {
        return new AppError(
          'LOCKED',
          `Too many wrong pairing codes: pairing is refused until ${guard.locked_until}`,
          {},
          { lockedUntil: guard.locked_until },
        );
      }
      const found = db
        .prepare(
          'SELECT id, kind, created_by FROM pairing_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1',
        )
        .get(codeHash(code), now) as CodeRow | undefined;
      if (!found) {
        const since = nowMs - PAIRING_WINDOW_MINUTES * 60_000;
        const wrong = [...(JSON.parse(guard.wrong_json) as string[]).filter((at) => Date.parse(at) > since), now];
        if (wrong.length >= PAIRING_MAX_WRONG) {
          const until = new Date(nowMs + PAIRING_LOCK_MINUTES * 60_000).toISOString();
          db.prepare("UPDATE pairing_guard SET wrong_json = '[]', locked_until = ? WHERE id = 1").run(until);
          recordAudit(db, {
            at: now,
            actorId: null,
            action: 'devices.pairingLocked',
            entity: 'device',
            after: { wrongTries: wrong.length, lockedUntil: until },
            origin: ctx.origin,
          });
          return new AppError(
            'LOCKED',
            `Too many wrong pairing codes: pairing is refused until ${until}`,
            { code: 'is wrong' },
            { lockedUntil: until },
          );
        }
        db.prepare('UPDATE pairing_guard SET wrong_json = ?, locked_until = NULL WHERE id = 1').run(JSON.stringify(wrong));
        const left = PAIRING_MAX_WRONG - wrong.length;
        return new AppError(
          'WRONG_PIN',
          `The pairing code is wrong or has expired; ${left} more wrong ${left === 1 ? 'try stops' : 'tries stop'} pairing for a while`,
          { code: 'is wrong' },
          { attemptsLeft: left },
        );
      }
      const token = newDeviceToken();
      const { lastInsertRowid } = db
        .prepare('INSERT INTO devices (name, kind, token_hash, paired_by, paired_at, paired_from) VALUES (?, ?, ?, ?, ?, ?)')
        .run(name, found.kind, hashSecret(token), found.created_by, now, ctx.origin);
      const deviceId = Number(lastInsertRowid);
      db.prepare('UPDATE pairing_codes SET used_at = ?, device_id = ? WHERE id = ?').run(now, deviceId, found.id);
      db.prepare("UPDATE pairing_guard SET wrong_json = '[]' WHERE id = 1").run();
      recordAudit(db, {
        at: now,
        actorId: null,
        action: 'devices.pair',
        entity: 'device',
        entityId: deviceId,
        after: { name, kind: found.kind, pairedBy: found.created_by },
        origin: ctx.origin,
      });
      return { token, device: getDevice(db, deviceId)! };
    })
    .immediate();
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}
