-- Service jobs (docs/jobs.md): an item taken in for repair, its lines of work, its trail and its media.

-- The last job number given in each year: numbers never repeat and never skip, because the next one is
-- taken in the same transaction as the job that uses it (a refused intake rolls both back).
CREATE TABLE job_numbers (
  year        INTEGER NOT NULL PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number >= 1)
) WITHOUT ROWID;

-- A job. Its row holds its state (what the state machine knows: status, technician, QC, settlement)
-- and how it began (created_at/by, origin, source: a counter ticket, an appointment or the customer's
-- page). The fault is the customer's own words; findings are the shop's. closed_at is NULL while the
-- job is open, so the board and the pickup list read partial indexes that never grow with closed jobs.
CREATE TABLE jobs (
  id                 INTEGER PRIMARY KEY,
  number             TEXT    NOT NULL UNIQUE,
  year               INTEGER NOT NULL,
  seq                INTEGER NOT NULL CHECK (seq >= 1),
  customer_id        INTEGER NOT NULL REFERENCES customers (id),
  asset_id           INTEGER REFERENCES assets (id),
  asset_kind         TEXT    NOT NULL CHECK (asset_kind IN ('device', 'vehicle', 'none')),
  service_id         INTEGER REFERENCES services (id),
  fault              TEXT    NOT NULL CHECK (fault <> ''),
  findings           TEXT    NOT NULL DEFAULT '',
  accessories_json   TEXT    NOT NULL DEFAULT '[]',
  condition_json     TEXT    NOT NULL DEFAULT '{}',
  passcode           TEXT    NOT NULL DEFAULT '',
  deposit_minor      INTEGER NOT NULL DEFAULT 0 CHECK (deposit_minor >= 0),
  promised_ready_at  TEXT,
  mileage_km         INTEGER CHECK (mileage_km IS NULL OR mileage_km >= 0),
  warranty_json      TEXT,
  status             TEXT    NOT NULL CHECK (status IN ('received', 'diagnosing', 'awaitingApproval', 'awaitingParts', 'inRepair',
                       'paused', 'qualityCheck', 'ready', 'delivered', 'cancelled', 'returnedUnrepaired')),
  status_since       TEXT    NOT NULL,
  technician_id      INTEGER REFERENCES staff (id),
  answer_returns_to  TEXT,
  paused_from        TEXT,
  qc_self_by         INTEGER REFERENCES staff (id),
  qc_second_by       INTEGER REFERENCES staff (id),
  paid_marked_by     INTEGER REFERENCES staff (id),
  credit_approved_by INTEGER REFERENCES staff (id),
  answers_json       TEXT    NOT NULL DEFAULT '[]',
  source             TEXT    NOT NULL CHECK (source IN ('counter', 'appointment', 'customer')),
  ticket_id          INTEGER REFERENCES tickets (id),
  appointment_id     INTEGER REFERENCES appointments (id),
  created_at         TEXT    NOT NULL,
  created_by         INTEGER NOT NULL REFERENCES staff (id),
  origin             TEXT    NOT NULL DEFAULT '',
  ready_at           TEXT,
  closed_at          TEXT,
  updated_at         TEXT    NOT NULL,
  UNIQUE (year, seq),
  CHECK ((asset_kind = 'none') = (asset_id IS NULL)),
  CHECK ((closed_at IS NULL) = (status NOT IN ('delivered', 'cancelled', 'returnedUnrepaired')))
);
-- The board: open jobs only, whatever the number of closed ones, in the order it shows them.
CREATE INDEX jobs_open ON jobs (status_since) WHERE closed_at IS NULL;
CREATE INDEX jobs_open_technician ON jobs (technician_id) WHERE closed_at IS NULL;
-- The customer's history, an item's earlier repairs (warranty time), and how long similar jobs took.
CREATE INDEX jobs_customer ON jobs (customer_id, id);
CREATE INDEX jobs_asset ON jobs (asset_id) WHERE asset_id IS NOT NULL;
CREATE INDEX jobs_durations ON jobs (service_id, asset_kind, ready_at) WHERE ready_at IS NOT NULL;

-- A job's lines of work: line_no is the state machine's line id. Pending lines wait for the customer's
-- answer; a warranty-covered line costs the customer nothing.
CREATE TABLE job_lines (
  job_id            INTEGER NOT NULL REFERENCES jobs (id),
  line_no           INTEGER NOT NULL CHECK (line_no >= 1),
  kind              TEXT    NOT NULL CHECK (kind IN ('part', 'labour', 'fee')),
  description       TEXT    NOT NULL CHECK (description <> ''),
  quantity          INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
  status            TEXT    NOT NULL CHECK (status IN ('accepted', 'pending', 'refused')),
  warranty_covered  INTEGER NOT NULL DEFAULT 0 CHECK (warranty_covered IN (0, 1)),
  added_at          TEXT    NOT NULL,
  PRIMARY KEY (job_id, line_no)
) WITHOUT ROWID;

-- A job's trail: every accepted move (event, from, to, who, when, the event's own fields), oldest
-- first. The intake itself is on the job's row, as a ticket's issue is on the ticket's.
CREATE TABLE job_events (
  id          INTEGER PRIMARY KEY,
  job_id      INTEGER NOT NULL REFERENCES jobs (id),
  event       TEXT    NOT NULL CHECK (event <> ''),
  from_status TEXT    NOT NULL,
  to_status   TEXT    NOT NULL,
  staff_id    INTEGER NOT NULL REFERENCES staff (id),
  at          TEXT    NOT NULL,
  detail_json TEXT,
  origin      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX job_events_job ON job_events (job_id, id);

-- Photos (condition check, the work) and the customer's signature, kept in the store so backups and
-- restores carry them. The row is its own record: who added it, when, from where.
CREATE TABLE job_media (
  id            INTEGER PRIMARY KEY,
  job_id        INTEGER NOT NULL REFERENCES jobs (id),
  kind          TEXT    NOT NULL CHECK (kind IN ('photo', 'signature')),
  mime          TEXT    NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes         BLOB    NOT NULL,
  size          INTEGER NOT NULL CHECK (size BETWEEN 1 AND 2097152),
  condition_key TEXT,
  note          TEXT    NOT NULL DEFAULT '',
  created_at    TEXT    NOT NULL,
  created_by    INTEGER NOT NULL REFERENCES staff (id),
  origin        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX job_media_job ON job_media (job_id, id);
