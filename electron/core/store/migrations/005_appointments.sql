-- Appointments: bookings per service (and optionally a counter) in slots with a capacity.

-- How a service is booked: slot length and how many bookings one slot takes (counters serving it in
-- parallel); 0 means the service is not bookable. Slots start at the service's opening time and
-- repeat every slot_minutes; the last one ends by its closing time.
ALTER TABLE services ADD COLUMN slot_minutes  INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 480);
ALTER TABLE services ADD COLUMN slot_capacity INTEGER NOT NULL DEFAULT 1 CHECK (slot_capacity BETWEEN 0 AND 50);

-- starts_at/ends_at are UTC instants; business_day is the store-local date of starts_at.
-- booked -> confirmed (the day-before call) -> checkedIn (a ticket was issued) | noShow | cancelled.
-- Cancelled and no-show bookings are kept; only booked, confirmed and checkedIn ones take a place.
-- A booking that names a counter keeps that counter for its whole slot: at most one at a time.
CREATE TABLE appointments (
  id              INTEGER PRIMARY KEY,
  customer_id     INTEGER NOT NULL REFERENCES customers (id),
  asset_id        INTEGER REFERENCES assets (id),
  service_id      INTEGER NOT NULL REFERENCES services (id),
  counter_id      INTEGER REFERENCES counters (id),
  business_day    TEXT    NOT NULL,
  starts_at       TEXT    NOT NULL,
  ends_at         TEXT    NOT NULL,
  status          TEXT    NOT NULL CHECK (status IN ('booked', 'confirmed', 'checkedIn', 'noShow', 'cancelled')),
  note            TEXT    NOT NULL DEFAULT '',
  confirmed_at    TEXT,
  confirmed_by    INTEGER REFERENCES staff (id),
  confirm_channel TEXT    CHECK (confirm_channel IN ('phone', 'sms', 'wechat', 'inPerson')),
  confirm_note    TEXT    NOT NULL DEFAULT '',
  checked_in_at   TEXT,
  ticket_id       INTEGER REFERENCES tickets (id),
  -- Checked in after start + grace: the ticket was an ordinary one, served in normal order.
  checked_in_late INTEGER NOT NULL DEFAULT 0 CHECK (checked_in_late IN (0, 1)),
  no_show_at      TEXT,
  cancelled_at    TEXT,
  cancel_reason   TEXT,
  created_by      INTEGER REFERENCES staff (id),
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL,
  CHECK (starts_at < ends_at),
  CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL),
  CHECK ((status = 'checkedIn') = (ticket_id IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX appointments_day ON appointments (business_day, service_id, starts_at);
CREATE INDEX appointments_service_time ON appointments (service_id, starts_at) WHERE status IN ('booked', 'confirmed', 'checkedIn');
CREATE INDEX appointments_counter ON appointments (counter_id, starts_at) WHERE counter_id IS NOT NULL AND status IN ('booked', 'confirmed', 'checkedIn');
CREATE INDEX appointments_customer ON appointments (customer_id, starts_at);
CREATE INDEX appointments_ticket ON appointments (ticket_id) WHERE ticket_id IS NOT NULL;
