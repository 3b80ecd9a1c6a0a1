-- Sessions lock after a while without activity instead of ending at a fixed hour (services/session-activity.ts).
-- last_active_at: the last call the session made, written at most once a minute (the core keeps the exact
-- moment in memory), so a restart still knows how long a console has been idle. locked_at: when the
-- session locked (its console locked, or it stayed idle past the store's limit); NULL while it is open.
-- A locked session is refused everything but its PIN (auth.unlock) and signing out.
ALTER TABLE sessions ADD COLUMN last_active_at TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN locked_at TEXT;
UPDATE sessions SET last_active_at = created_at;

-- autoLockMinutes = 0 meant "never lock"; every session now locks when idle, by default after 30 minutes.
DELETE FROM settings WHERE key = 'autoLockMinutes' AND value = '0';
