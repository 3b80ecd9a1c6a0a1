-- Reception and the queue: the services a shop issues numbers for, the counters that serve them,
-- and the tickets (walk-in numbers and checked-in appointments) with everything that happened to them.

-- A service type: its letter prefixes the numbers (A012); hours are store-local HH:mm, closes_at
-- exclusive ('24:00' is midnight); typical_minutes is the estimate until real durations exist.
CREATE TABLE services (
  id              INTEGER PRIMARY KEY,
  prefix          TEXT    NOT NULL CHECK (length(prefix) = 1 AND prefix GLOB '[A-Z]'),
  name_zh         TEXT    NOT NULL,
  name_en         TEXT    NOT NULL,
  typical_minutes INTEGER NOT NULL CHECK (typical_minutes BETWEEN 1 AND 480),
  daily_cap       INTEGER CHECK (daily_cap IS NULL OR daily_cap BETWEEN 1 AND 999),
  busy_threshold  INTEGER CHECK (busy_threshold IS NULL OR busy_threshold BETWEEN 1 AND 999),
  opens_at        TEXT    NOT NULL DEFAULT '00:00' CHECK (opens_at GLOB '[0-2][0-9]:[0-5][0-9]'),
  closes_at       TEXT    NOT NULL DEFAULT '24:00' CHECK (closes_at GLOB '[0-2][0-9]:[0-5][0-9]'),
  position        INTEGER NOT NULL DEFAULT 0,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL,
  CHECK (opens_at < closes_at)
);
CREATE UNIQUE INDEX services_active_prefix ON services (prefix) WHERE active = 1;

-- A counter: a window, a desk or a workshop bay. Whoever opens it sits there until they close it.
CREATE TABLE counters (
  id           INTEGER PRIMARY KEY,
  name_zh      TEXT    NOT NULL,
  name_en      TEXT    NOT NULL,
  kind         TEXT    NOT NULL CHECK (kind IN ('window', 'desk', 'bay')),
  position     INTEGER NOT NULL DEFAULT 0,
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  open_staff_id INTEGER REFERENCES staff (id),
  opened_at    TEXT,
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX counters_active_name_zh ON counters (name_zh) WHERE active = 1;
CREATE UNIQUE INDEX counters_active_name_en ON counters (name_en) WHERE active = 1;

CREATE TABLE counter_services (
  counter_id INTEGER NOT NULL REFERENCES counters (id),
  service_id INTEGER NOT NULL REFERENCES services (id),
  PRIMARY KEY (counter_id, service_id)
) WITHOUT ROWID;
CREATE INDEX counter_services_service ON counter_services (service_id);

-- The last number issued per prefix and business day: numbers restart each day, never repeat in one.
CREATE TABLE ticket_sequences (
  business_day TEXT    NOT NULL,
  prefix       TEXT    NOT NULL,
  last_number  INTEGER NOT NULL,
  PRIMARY KEY (business_day, prefix)
) WITHOUT ROWID;

-- A ticket: the permanent id is the row id; the customer holds prefix + number for one business day.
-- queued_at orders the queue (the issue time, kept through a transfer; a reinstated no-show goes to
-- the back). An appointment's ticket is called first while now lies in [window_start, window_end].
CREATE TABLE tickets (
  id                  INTEGER PRIMARY KEY,
  business_day        TEXT    NOT NULL,
  prefix              TEXT    NOT NULL,
  number              INTEGER NOT NULL CHECK (number BETWEEN 1 AND 999),
  service_id          INTEGER NOT NULL REFERENCES services (id),
  original_service_id INTEGER NOT NULL REFERENCES services (id),
  target_counter_id   INTEGER REFERENCES counters (id),
  customer_id         INTEGER REFERENCES customers (id),
  asset_id            INTEGER,
  source              TEXT    NOT NULL CHECK (source IN ('walkin', 'appointment')),
  priority            INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
  window_start        TEXT,
  window_end          TEXT,
  status              TEXT    NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled')),
  counter_id          INTEGER REFERENCES counters (id),
  issued_at           TEXT    NOT NULL,
  queued_at           TEXT    NOT NULL,
  called_at           TEXT,
  started_at          TEXT,
  finished_at         TEXT,
  call_count          INTEGER NOT NULL DEFAULT 0,
  estimated_minutes   INTEGER,
  issued_by           INTEGER REFERENCES staff (id),
  UNIQUE (business_day, prefix, number)
);
CREATE INDEX tickets_queue ON tickets (business_day, status, service_id, queued_at);
CREATE INDEX tickets_counter ON tickets (counter_id, status);
CREATE INDEX tickets_customer ON tickets (customer_id, id);
-- The daily cap counts a service's walk-ins of the day.
CREATE INDEX tickets_walkins ON tickets (business_day, original_service_id) WHERE source = 'walkin';
CREATE INDEX tickets_durations ON tickets (service_id, finished_at) WHERE status = 'done' AND started_at IS NOT NULL;

-- What happened to each ticket, by whom, at which counter: the queue's own audit trail, read by the
-- customer page and the reports. One row per action.
CREATE TABLE ticket_events (
  id          INTEGER PRIMARY KEY,
  ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
  at          TEXT    NOT NULL,
  action      TEXT    NOT NULL CHECK (action IN ('issue', 'checkIn', 'call', 'recall', 'skip', 'reinstate', 'park', 'unpark', 'transfer', 'start', 'finish', 'cancel')),
  counter_id  INTEGER REFERENCES counters (id),
  staff_id    INTEGER REFERENCES staff (id),
  detail_json TEXT,
  origin      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
CREATE INDEX ticket_events_calls ON ticket_events (at) WHERE action IN ('call', 'recall');
