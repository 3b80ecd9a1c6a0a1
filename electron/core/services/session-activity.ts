import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settings } from '../../../shared/contract/settings.ts';
import { keptRead } from '../store/marks.ts';

/** How often at most a session's last activity is written to the store; the exact moment stays in memory. */
const SAVE_EVERY_MS = 60_000;

/** A session as the lock needs it: its key, its last activity as the store has it, and whether it is locked there. */
export interface SessionActivity {
  hash: string;
  lastActiveMs: number;
  lockedAt: string | null;
}

/** Per connection: each session's latest call (ms) and when that was last written to the store. */
const seen = new WeakMap<Database.Database, Map<string, { at: number; saved: number }>>();

/** Per connection: the activity waiting to be written (session key → instant), and whether a write is scheduled. */
const unsaved = new WeakMap<Database.Database, Map<string, number>>();

/** Writes the waiting activity in one transaction; nothing when the connection has closed meanwhile. */
function saveActivity(db: Database.Database): void {
  const waiting = unsaved.get(db);
  if (!waiting || waiting.size === 0 || !db.open) return;
  const update = db.prepare('UPDATE sessions SET last_active_at = ? WHERE token_hash = ? AND locked_at IS NULL');
  db.transaction(() => {
    for (const [hash, at] of waiting) update.run(new Date(at).toISOString(), hash);
  })();
  waiting.clear();
}

/**
 * Queues a session's activity for the store. It is written once the current call has answered (the next
 * turn of the event loop), so the write's own commit never sits inside a call's time (issuing a number
 * would otherwise wait for two commits); before the connection closes, whatever waits is written.
 */
function queueSave(db: Database.Database, hash: string, at: number): void {
  let waiting = unsaved.get(db);
  if (!waiting) {
    waiting = new Map();
    unsaved.set(db, waiting);
    const close = db.close.bind(db);
    db.close = () => {
      saveActivity(db);
      return close();
    };
  }
  if (waiting.size === 0) setImmediate(() => saveActivity(db));
  waiting.set(hash, at);
}

function seenOn(db: Database.Database): Map<string, { at: number; saved: number }> {
  let bySession = seen.get(db);
  if (!bySession) {
    bySession = new Map();
    seen.set(db, bySession);
  }
  return bySession;
}

/** The minutes Settings → Security stores; the default while none (or none readable) is stored, so no call fails on it. */
function storedIdleMinutes(db: Database.Database): number {
  const raw = db.prepare("SELECT value FROM settings WHERE key = 'autoLockMinutes'").pluck().get() as string | undefined;
  try {
    const parsed = settings.shape.autoLockMinutes.safeParse(raw === undefined ? undefined : JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.autoLockMinutes;
  } catch {
    return DEFAULT_SETTINGS.autoLockMinutes;
  }
}

/** The store's idle limit in ms, read again only after the settings change. */
function idleLimitMs(db: Database.Database): number {
  return keptRead(db, 'settings', 'idleLockMinutes', () => storedIdleMinutes(db)) * 60_000;
}

/**
 * Whether a staff session is locked at `nowMs`: locked in the store, or idle past the store's limit
 * (which then locks it in the store, dated when the limit passed). A session that is not locked has
 * this call recorded as its latest activity: in memory on every call, in the store at most once a
 * minute (an UPDATE of its row after the call has answered, never inside it), so issuing a number
 * waits for no write but its own and a restart still knows roughly when each console was last used.
 */
export function lockedOrTouched(db: Database.Database, session: SessionActivity, nowMs: number): boolean {
  if (session.lockedAt !== null) return true;
  const bySession = seenOn(db);
  let mine = bySession.get(session.hash);
  const last = Math.max(mine?.at ?? 0, session.lastActiveMs);
  const limit = idleLimitMs(db);
  if (nowMs - last > limit) {
    bySession.delete(session.hash);
    db.prepare('UPDATE sessions SET locked_at = ?, last_active_at = ? WHERE token_hash = ? AND locked_at IS NULL').run(
      new Date(last + limit).toISOString(),
      new Date(last).toISOString(),
      session.hash,
    );
    return true;
  }
  if (!mine) {
    mine = { at: nowMs, saved: session.lastActiveMs };
    bySession.set(session.hash, mine);
  } else if (nowMs > mine.at) {
    mine.at = nowMs;
  }
  if (nowMs - mine.saved >= SAVE_EVERY_MS) {
    queueSave(db, session.hash, nowMs);
    mine.saved = nowMs;
  }
  return false;
}

/** Starts a session's activity afresh (signed in or unlocked now, and written so), or forgets it (locked or ended). */
export function restartActivity(db: Database.Database, hash: string, nowMs: number | null): void {
  unsaved.get(db)?.delete(hash);
  if (nowMs === null) seenOn(db).delete(hash);
  else seenOn(db).set(hash, { at: nowMs, saved: nowMs });
}
