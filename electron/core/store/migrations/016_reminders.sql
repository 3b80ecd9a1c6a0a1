-- Reminders that are never missed (docs/reminders.md). `next_at` is when it alerts next: its time,
-- then each retry after "no answer"; the schedule lives here, not in timers, so a restart carries on
-- and a reminder that fell due while the console was closed is found overdue when it opens.
CREATE TABLE reminders (
  id              INTEGER PRIMARY KEY,
  kind            TEXT    NOT NULL CHECK (kind IN ('callback', 'wakeUp', 'appointmentConfirm', 'readyNotCollected', 'followUp', 'custom')),
  customer_id     INTEGER REFERENCES customers (id),
  job_id          INTEGER REFERENCES jobs (id),
  appointment_id  INTEGER REFERENCES appointments (id),
  room            TEXT    NOT NULL DEFAULT '',
  phone           TEXT    NOT NULL DEFAULT '',
  note            TEXT    NOT NULL DEFAULT '',
  due_at          TEXT    NOT NULL,
  next_at         TEXT    NOT NULL,
  status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'escalated', 'done', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  owner_id        INTEGER REFERENCES staff (id),
  taken_by        INTEGER REFERENCES staff (id),
  taken_at        TEXT,
  created_at      TEXT    NOT NULL,
  created_by      INTEGER REFERENCES staff (id),
  closed_at       TEXT,
  closed_by       INTEGER REFERENCES staff (id),
  outcome_note    TEXT    NOT NULL DEFAULT '',
  CHECK (customer_id IS NOT NULL OR job_id IS NOT NULL OR appointment_id IS NOT NULL OR room <> '' OR phone <> ''),
  CHECK ((status IN ('done', 'cancelled')) = (closed_at IS NOT NULL))
);
-- The alarm's question, "what is due now?", reads only the pending reminders in the order they fall
-- due, and the escalated ones on their own.
CREATE INDEX reminders_pending ON reminders (next_at) WHERE status = 'pending';
CREATE INDEX reminders_escalated ON reminders (next_at) WHERE status = 'escalated';
CREATE INDEX reminders_due ON reminders (due_at);
