-- The money chain's verifications (docs/cashier.md, Tamper evidence): one row per check, run when the
-- console starts or from Settings. A check that found the chain broken warns every signed-in user
-- until an admin acknowledges it with a note. What a check found is written once, and so is its
-- acknowledgement; checks are never deleted.
CREATE TABLE chain_checks (
  id                 INTEGER PRIMARY KEY,
  at                 TEXT    NOT NULL,
  trigger            TEXT    NOT NULL CHECK (trigger IN ('startup', 'manual')),
  by_staff           INTEGER REFERENCES staff (id),
  ok                 INTEGER NOT NULL CHECK (ok IN (0, 1)),
  checked            INTEGER NOT NULL CHECK (checked >= 0),
  grand_total_minor  INTEGER NOT NULL,
  -- The first broken link, as JSON (shared/contract/cashier-integrity.ts, chainProblem); null when whole.
  problem            TEXT,
  acknowledged_by    INTEGER REFERENCES staff (id),
  acknowledged_at    TEXT,
  acknowledged_note  TEXT,
  CHECK ((ok = 1) = (problem IS NULL)),
  CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL) AND (acknowledged_at IS NULL) = (acknowledged_note IS NULL)),
  CHECK (ok = 0 OR acknowledged_by IS NULL)
);

CREATE TRIGGER chain_checks_written_once BEFORE UPDATE ON chain_checks
WHEN OLD.acknowledged_by IS NOT NULL
  OR NEW.at IS NOT OLD.at OR NEW.trigger IS NOT OLD.trigger OR NEW.by_staff IS NOT OLD.by_staff OR NEW.ok IS NOT OLD.ok
  OR NEW.checked IS NOT OLD.checked OR NEW.grand_total_minor IS NOT OLD.grand_total_minor OR NEW.problem IS NOT OLD.problem
BEGIN
  SELECT RAISE(ABORT, 'a chain check is written once: only its acknowledgement is added, once');
END;

CREATE TRIGGER chain_checks_kept BEFORE DELETE ON chain_checks
BEGIN
  SELECT RAISE(ABORT, 'chain checks are kept');
END;
