-- Issuing a number is the busiest write of a shop's day; this makes it touch fewer b-trees and read
-- the queue from one index.

-- A prefix's next number is one past the highest of its day, read from the (business_day, prefix,
-- number) unique index: tickets are never deleted, so a number is never given twice in a day.
DROP TABLE ticket_sequences;

-- The waiting queue is read per day and status; with the service, target counter, priority, queue
-- time and appointment window in the index, the counts of who is ahead never visit the table.
DROP INDEX tickets_queue;
CREATE INDEX tickets_queue ON tickets (business_day, status, service_id, target_counter_id, priority, queued_at, window_start, window_end);

-- A new number is at no counter and most have no customer: leaving NULLs out of these two indexes
-- spares every such number two index writes.
DROP INDEX tickets_counter;
CREATE INDEX tickets_counter ON tickets (counter_id, status) WHERE counter_id IS NOT NULL;
DROP INDEX tickets_customer;
CREATE INDEX tickets_customer ON tickets (customer_id, id) WHERE customer_id IS NOT NULL;

-- A ticket's row is the record of its issue: who issued it and when were already there; where the
-- call came from and the details (priority, VIP, a confirmed "many waiting", the appointment) join
-- them, and ticket_events keeps what happens after. One row and its indexes fewer for every number.
ALTER TABLE tickets ADD COLUMN issue_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN issue_detail_json TEXT;
UPDATE tickets
   SET issue_origin = coalesce((SELECT e.origin FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.action IN ('issue', 'checkIn') ORDER BY e.id LIMIT 1), ''),
       issue_detail_json = (SELECT e.detail_json FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.action IN ('issue', 'checkIn') ORDER BY e.id LIMIT 1);
DELETE FROM ticket_events WHERE action IN ('issue', 'checkIn');

-- The estimated wait reads a service's last 20 call-to-finish times; with the minutes in the index,
-- they are read without visiting the table or working out dates.
DROP INDEX tickets_durations;
CREATE INDEX tickets_durations ON tickets (service_id, finished_at, (julianday(finished_at) - julianday(coalesce(called_at, started_at))) * 1440)
  WHERE status = 'done' AND started_at IS NOT NULL;
