-- A counter can pause ("on break"): the staff member stays seated, calls are refused, and the queue
-- display shows the counter as on break. NULL while the counter is working; the break's start otherwise.
ALTER TABLE counters ADD COLUMN break_started_at TEXT;
