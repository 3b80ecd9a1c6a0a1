-- Paired devices: a TV or a second PC joins the station with a one-time code an admin shows.
-- A display may read only the public display state; its token is stored hashed, like a session's.

CREATE TABLE pairing_codes (
  code_hash   TEXT    PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind IN ('display', 'console')),
  created_by  INTEGER NOT NULL REFERENCES staff (id),
  created_at  TEXT    NOT NULL,
  expires_at  TEXT    NOT NULL,
  used_at     TEXT,
  device_id   INTEGER REFERENCES devices (id)
) WITHOUT ROWID;

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
