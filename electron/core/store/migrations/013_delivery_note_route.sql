-- The delivery note (a job handed back to its customer, docs/jobs.md) is routed to a printer like the
-- other documents: print_routes' kinds take it. SQLite cannot change a CHECK, so the small table is
-- copied into one with the new list (its rows unchanged).
CREATE TABLE print_routes_new (
  kind       TEXT    PRIMARY KEY CHECK (kind IN ('queueSlip', 'jobTicket', 'deviceLabel', 'deliveryNote', 'receipt', 'report')),
  printer_id INTEGER REFERENCES printers (id),
  paper      TEXT    NOT NULL CHECK (paper IN ('58mm', '80mm', 'A5', 'A4', 'label40x30')),
  copies     INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 10),
  updated_at TEXT    NOT NULL
) WITHOUT ROWID;
INSERT INTO print_routes_new (kind, printer_id, paper, copies, updated_at)
  SELECT kind, printer_id, paper, copies, updated_at FROM print_routes;
DROP TABLE print_routes;
ALTER TABLE print_routes_new RENAME TO print_routes;
