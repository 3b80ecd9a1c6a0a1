-- Printers: network thermal printers (raw TCP, ESC/POS) and the system's printers (by name).
-- A removed printer is kept (active = 0) so the jobs that printed on it still name it.
CREATE TABLE printers (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  connection  TEXT    NOT NULL CHECK (connection IN ('network', 'system')),
  host        TEXT,
  port        INTEGER CHECK (port IS NULL OR port BETWEEN 1 AND 65535),
  system_name TEXT,
  language    TEXT    NOT NULL CHECK (language IN ('escpos', 'page')),
  paper       TEXT    NOT NULL CHECK (paper IN ('58mm', '80mm', 'A5', 'A4', 'label40x30')),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  CHECK (connection <> 'network' OR (host IS NOT NULL AND port IS NOT NULL AND language = 'escpos')),
  CHECK (connection <> 'system' OR system_name IS NOT NULL)
);
CREATE UNIQUE INDEX printers_active_name ON printers (name) WHERE active = 1;

-- Which printer prints each kind of document, on what paper, how many copies.
CREATE TABLE print_routes (
  kind       TEXT    PRIMARY KEY CHECK (kind IN ('queueSlip', 'jobTicket', 'deviceLabel', 'receipt', 'report')),
  printer_id INTEGER REFERENCES printers (id),
  paper      TEXT    NOT NULL CHECK (paper IN ('58mm', '80mm', 'A5', 'A4', 'label40x30')),
  copies     INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 10),
  updated_at TEXT    NOT NULL
) WITHOUT ROWID;

-- Every print, kept: the document as data (so it can be reprinted anywhere), the payload rendered
-- for its printer, and where it stands. The worker sends queued jobs whose next_attempt_ms is due.
CREATE TABLE print_jobs (
  id              INTEGER PRIMARY KEY,
  kind            TEXT    NOT NULL,
  title           TEXT    NOT NULL,
  printer_id      INTEGER NOT NULL REFERENCES printers (id),
  paper           TEXT    NOT NULL,
  copies          INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 10),
  document_json   TEXT    NOT NULL,
  payload_type    TEXT    NOT NULL CHECK (payload_type IN ('escpos', 'html')),
  payload         BLOB    NOT NULL,
  status          TEXT    NOT NULL CHECK (status IN ('queued', 'printing', 'done', 'failed', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL DEFAULT 0,
  last_error_code TEXT,
  last_error      TEXT,
  reprint_of      INTEGER REFERENCES print_jobs (id),
  superseded_by   INTEGER REFERENCES print_jobs (id),
  created_by      INTEGER REFERENCES staff (id),
  origin          TEXT    NOT NULL DEFAULT '',
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL,
  printed_at      TEXT
);
CREATE INDEX print_jobs_pending ON print_jobs (status, printer_id, id) WHERE status IN ('queued', 'printing');
CREATE INDEX print_jobs_problems ON print_jobs (id) WHERE status = 'failed' AND superseded_by IS NULL;
CREATE INDEX print_jobs_status ON print_jobs (status, id);
