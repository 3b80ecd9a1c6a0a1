-- Paired devices: a TV or a second PC joins the station with a one-time code an admin shows.
-- A display may read only the public display state; its token is stored hashed, like a session's.

CREATE TABLE devices (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL,
  kind          TEXT    NOT NULL CHECK (kind IN ('display', 'console')),
  token_hash    TEXT    NOT NULL UNIQUE,
  paired_by     INTEGER NOT NULL REFERENCES staff (id),
  paired_at     TEXT    NOT NULL,
  paired_from   TEXT    NOT NULL DEFAULT '',
  last_seen_at  TEXT,
  revoked_at    TEXT,
  revoked_by    INTEGER REFERENCES staff (id)
);

-- A pairing code, hashed: valid until expires_at, once. A new code of a kind replaces the unused one.
-- Codes are six digits, so an old used code's hash may come round again: the hash is not unique.
CREATE TABLE pairing_codes (
  id          INTEGER PRIMARY KEY,
  code_hash   TEXT    NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('display', 'console')),
  created_by  INTEGER NOT NULL REFERENCES staff (id),
  created_at  TEXT    NOT NULL,
  expires_at  TEXT    NOT NULL,
  used_at     TEXT,
  device_id   INTEGER REFERENCES devices (id)
);
CREATE INDEX pairing_codes_hash ON pairing_codes (code_hash) WHERE used_at IS NULL;

-- Wrong pairing codes, station-wide, in one row updated in place: the instants of the recent wrong
-- tries (a JSON array) and, after too many, until when all pairing is refused.
CREATE TABLE pairing_guard (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  wrong_json   TEXT    NOT NULL DEFAULT '[]',
  locked_until TEXT
);
INSERT INTO pairing_guard (id) VALUES (1);
