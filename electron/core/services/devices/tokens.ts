import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '../../core.ts';

/** Secrets (device tokens, pairing codes) are stored only as their SHA-256. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const newDeviceToken = (): string => randomBytes(32).toString('base64url');

/** How often a device's last-seen time is written at most. */
const SEEN_EVERY_MS = 60_000;

export interface DeviceIdentity {
  id: number;
  name: string;
  kind: 'display';
}

/**
 * The paired, unrevoked device a token belongs to, or null. Notes when it was last seen, at most once
 * a minute, so a display's steady calls do not turn into a steady stream of writes.
 */
export function resolveDevice(core: Core, token: string): DeviceIdentity | null {
  const row = core.db
    .prepare('SELECT id, name, kind, last_seen_at FROM devices WHERE token_hash = ? AND revoked_at IS NULL')
    .get(hashSecret(token)) as (DeviceIdentity & { last_seen_at: string | null }) | undefined;
  if (!row) return null;
  const now = core.clock.now();
  if (row.last_seen_at === null || Date.parse(row.last_seen_at) <= now - SEEN_EVERY_MS) {
    try {
      core.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(new Date(now).toISOString(), row.id);
    } catch (err) {
      // A busy or full store must not stop the display reading: the next call notes it instead.
      console.error('could not note when a display was last seen', err);
    }
  }
  return { id: row.id, name: row.name, kind: row.kind };
}

/** Whether a device is still paired (not revoked); the event socket asks when devices change. */
export function isDeviceActive(core: Core, deviceId: number): boolean {
  return core.db.prepare('SELECT 1 FROM devices WHERE id = ? AND revoked_at IS NULL').get(deviceId) !== undefined;
}
