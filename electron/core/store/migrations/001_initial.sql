-- The store profile: one row, written at first-run setup.
CREATE TABLE store_profile (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  name        TEXT    NOT NULL,
  address     TEXT    NOT NULL DEFAULT '',
  phone       TEXT    NOT NULL DEFAULT '',
  currency    TEXT    NOT NULL,
  tax_mode    TEXT    NOT NULL CHECK (tax_mode IN ('none', 'inclusive', 'exclusive')),
  tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  locale      TEXT    NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  time_zone   TEXT    NOT NULL,
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);

-- Admin settings as JSON values by key; defaults live in the code.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
  id              INTEGER PRIMARY KEY,
  name            TEXT    NOT NULL,
  role            TEXT    NOT NULL CHECK (role IN ('reception', 'cashier', 'technician', 'manager', 'admin')),
  pin_hash        TEXT    NOT NULL,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT,
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX staff_active_name ON staff (name) WHERE active = 1;

CREATE TABLE sessions (
  token_hash TEXT    PRIMARY KEY,
  staff_id   INTEGER NOT NULL REFERENCES staff (id),
  origin     TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  expires_at TEXT    NOT NULL,
  ended_at   TEXT
) WITHOUT ROWID;
CREATE INDEX sessions_staff ON sessions (staff_id);

-- Who changed what, when, with the values before and after; written in the change's transaction.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT    NOT NULL,
  actor_id    INTEGER REFERENCES staff (id),
  approver_id INTEGER REFERENCES staff (id),
  action      TEXT    NOT NULL,
  entity      TEXT    NOT NULL,
  entity_id   TEXT,
  before_json TEXT,
  after_json  TEXT,
  origin      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit_log (at);
CREATE INDEX audit_actor ON audit_log (actor_id, id);
CREATE INDEX audit_action ON audit_log (action, id);
CREATE INDEX audit_entity ON audit_log (entity, id);

-- Customers; the reception issue extends this table with search keys and assets.
CREATE TABLE customers (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  phone      TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX customers_phone ON customers (phone);
