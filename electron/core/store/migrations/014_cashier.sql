-- The cashier (docs/cashier.md): bills, payments, refunds, receipts and the cash drawer. Money is integer
-- minor units (fen). Financial rows are append-only: triggers below refuse UPDATE and DELETE on them, so
-- a mistake is put right by a new reversing row (a refund), never by changing the old one. Every
-- receipt, payment, refund and drawer movement is a link of one hash chain: `chain_seq` is its place
-- (1, 2, 3... across the four tables), `prev_hash` the link before it, `hash` SHA-256 over the record's
-- canonical form and `prev_hash`, `grand_total_minor` the takings so far (payments less refunds).

-- The last receipt number given in each year: taken in the transaction that issues the receipt, so
-- receipt numbers never repeat and never skip (as job numbers do).
CREATE TABLE receipt_numbers (
  year        INTEGER NOT NULL PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number >= 1)
) WITHOUT ROWID;

-- The chain's head: the last link's place, hash and grand total. Verification checks the last link
-- against it, so a link removed or added at the end is found too.
CREATE TABLE money_chain_head (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  seq               INTEGER NOT NULL CHECK (seq >= 1),
  hash              TEXT    NOT NULL CHECK (length(hash) = 64),
  grand_total_minor INTEGER NOT NULL
);

-- A bill: what a job, a deposit or a quick sale costs, priced once when it is opened (the lines, the
-- discounts, the tax under the store's mode and rate then). Its money never changes afterwards; only
-- its status moves on: open -> settled once paid in full, or open -> voided while nothing is paid.
CREATE TABLE bills (
  id                    INTEGER PRIMARY KEY,
  kind                  TEXT    NOT NULL CHECK (kind IN ('job', 'deposit', 'sale')),
  job_id                INTEGER REFERENCES jobs (id),
  customer_id           INTEGER REFERENCES customers (id),
  currency              TEXT    NOT NULL,
  tax_mode              TEXT    NOT NULL CHECK (tax_mode IN ('none', 'inclusive', 'exclusive')),
  tax_rate_bp           INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  cash_rounding         INTEGER NOT NULL CHECK (cash_rounding IN (0, 1)),
  gross_minor           INTEGER NOT NULL CHECK (gross_minor >= 0),
  line_discount_minor   INTEGER NOT NULL CHECK (line_discount_minor >= 0),
  bill_discount_kind    TEXT    CHECK (bill_discount_kind IN ('amount', 'percent')),
  bill_discount_value   INTEGER NOT NULL DEFAULT 0 CHECK (bill_discount_value >= 0),
  bill_discount_minor   INTEGER NOT NULL CHECK (bill_discount_minor >= 0),
  tax_minor             INTEGER NOT NULL CHECK (tax_minor >= 0),
  total_minor           INTEGER NOT NULL CHECK (total_minor >= 0),
  deposit_applied_minor INTEGER NOT NULL DEFAULT 0 CHECK (deposit_applied_minor >= 0),
  due_minor             INTEGER NOT NULL CHECK (due_minor = total_minor - deposit_applied_minor AND due_minor >= 0),
  discount_approved_by  INTEGER REFERENCES staff (id),
  status                TEXT    NOT NULL CHECK (status IN ('open', 'settled', 'voided')),
  created_at            TEXT    NOT NULL,
  created_by            INTEGER NOT NULL REFERENCES staff (id),
  origin                TEXT    NOT NULL DEFAULT '',
  closed_at             TEXT,
  voided_by             INTEGER REFERENCES staff (id),
  void_reason           TEXT,
  CHECK ((kind = 'sale') = (job_id IS NULL)),
  CHECK ((status = 'open') = (closed_at IS NULL))
);
-- A job has at most one live bill of each kind (its deposit, its work).
CREATE UNIQUE INDEX bills_job ON bills (job_id, kind) WHERE job_id IS NOT NULL AND status <> 'voided';
CREATE INDEX bills_open ON bills (created_at) WHERE status = 'open';

-- A bill's lines as priced: a covered line costs 0 and says why (its list price kept beside it); the
-- bill discount is shared out over the lines (largest remainder) so each line's tax is its own.
CREATE TABLE bill_lines (
  bill_id                  INTEGER NOT NULL REFERENCES bills (id),
  line_no                  INTEGER NOT NULL CHECK (line_no >= 1),
  kind                     TEXT    NOT NULL CHECK (kind IN ('part', 'labour', 'fee', 'item', 'deposit')),
  description              TEXT    NOT NULL CHECK (description <> ''),
  quantity                 INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  unit_price_minor         INTEGER NOT NULL CHECK (unit_price_minor >= 0),
  list_price_minor         INTEGER NOT NULL CHECK (list_price_minor >= unit_price_minor),
  covered_reason           TEXT    CHECK (covered_reason IN ('warranty')),
  job_line_no              INTEGER,
  item_key                 TEXT,
  taxable                  INTEGER NOT NULL CHECK (taxable IN (0, 1)),
  discount_kind            TEXT    CHECK (discount_kind IN ('amount', 'percent')),
  discount_value           INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
  discount_minor           INTEGER NOT NULL CHECK (discount_minor >= 0),
  bill_discount_share_minor INTEGER NOT NULL CHECK (bill_discount_share_minor >= 0),
  net_minor                INTEGER NOT NULL CHECK (net_minor >= 0),
  tax_minor                INTEGER NOT NULL CHECK (tax_minor >= 0),
  total_minor              INTEGER NOT NULL CHECK (total_minor >= 0),
  CHECK ((covered_reason IS NULL) OR unit_price_minor = 0),
  CHECK (net_minor = quantity * unit_price_minor - discount_minor - bill_discount_share_minor),
  PRIMARY KEY (bill_id, line_no)
) WITHOUT ROWID;

-- A till's drawer from opening (the float, counted by denomination) to its blind close (the count, what
-- was expected, the variance, its note and who approved it). Its opening never changes; a closed session
-- never changes at all.
CREATE TABLE drawer_sessions (
  id                INTEGER PRIMARY KEY,
  till              TEXT    NOT NULL CHECK (till <> ''),
  opened_by         INTEGER NOT NULL REFERENCES staff (id),
  opened_at         TEXT    NOT NULL,
  float_minor       INTEGER NOT NULL CHECK (float_minor >= 0),
  origin            TEXT    NOT NULL DEFAULT '',
  closed_by         INTEGER REFERENCES staff (id),
  closed_at         TEXT,
  counted_minor     INTEGER CHECK (counted_minor >= 0),
  expected_minor    INTEGER,
  variance_minor    INTEGER,
  close_note        TEXT    NOT NULL DEFAULT '',
  close_approved_by INTEGER REFERENCES staff (id),
  CHECK ((closed_at IS NULL) = (counted_minor IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL))
);
CREATE UNIQUE INDEX drawer_sessions_open ON drawer_sessions (till) WHERE closed_at IS NULL;
CREATE INDEX drawer_sessions_till ON drawer_sessions (till, id);

-- A receipt: the paper a customer takes for the payments made at once (or a refund). Numbered without gaps.
CREATE TABLE receipts (
  id                  INTEGER PRIMARY KEY,
  chain_seq           INTEGER NOT NULL UNIQUE CHECK (chain_seq >= 1),
  number              TEXT    NOT NULL UNIQUE,
  year                INTEGER NOT NULL,
  seq                 INTEGER NOT NULL CHECK (seq >= 1),
  kind                TEXT    NOT NULL CHECK (kind IN ('payment', 'refund')),
  bill_id             INTEGER NOT NULL REFERENCES bills (id),
  amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
  change_minor        INTEGER NOT NULL CHECK (change_minor >= 0),
  balance_after_minor INTEGER NOT NULL CHECK (balance_after_minor >= 0),
  till                TEXT    NOT NULL,
  at                  TEXT    NOT NULL,
  by_staff            INTEGER NOT NULL REFERENCES staff (id),
  origin              TEXT    NOT NULL DEFAULT '',
  prev_hash           TEXT    NOT NULL CHECK (length(prev_hash) = 64),
  hash                TEXT    NOT NULL CHECK (length(hash) = 64),
  grand_total_minor   INTEGER NOT NULL,
  UNIQUE (year, seq)
);
CREATE INDEX receipts_bill ON receipts (bill_id, id);

-- A payment towards a bill by one method. `applied_minor` is what the bill is credited; `amount_minor`
-- what the method took (the cash due rounded to 0.1 yuan differs by `rounding_minor`); cash keeps what
-- was tendered and the change given.
CREATE TABLE payments (
  id                INTEGER PRIMARY KEY,
  chain_seq         INTEGER NOT NULL UNIQUE CHECK (chain_seq >= 1),
  bill_id           INTEGER NOT NULL REFERENCES bills (id),
  receipt_id        INTEGER NOT NULL REFERENCES receipts (id),
  method            TEXT    NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'bank', 'other')),
  reference         TEXT    NOT NULL DEFAULT '',
  amount_minor      INTEGER NOT NULL CHECK (amount_minor > 0),
  applied_minor     INTEGER NOT NULL CHECK (applied_minor > 0),
  rounding_minor    INTEGER NOT NULL CHECK (rounding_minor BETWEEN -5 AND 5),
  tendered_minor    INTEGER NOT NULL CHECK (tendered_minor >= amount_minor),
  change_minor      INTEGER NOT NULL CHECK (change_minor >= 0),
  till              TEXT    NOT NULL,
  drawer_session_id INTEGER REFERENCES drawer_sessions (id),
  at                TEXT    NOT NULL,
  by_staff          INTEGER NOT NULL REFERENCES staff (id),
  origin            TEXT    NOT NULL DEFAULT '',
  prev_hash         TEXT    NOT NULL CHECK (length(prev_hash) = 64),
  hash              TEXT    NOT NULL CHECK (length(hash) = 64),
  grand_total_minor INTEGER NOT NULL,
  CHECK (amount_minor = applied_minor + rounding_minor),
  CHECK (tendered_minor = amount_minor + change_minor),
  CHECK (method = 'cash' OR (rounding_minor = 0 AND change_minor = 0)),
  CHECK ((method = 'cash') = (drawer_session_id IS NOT NULL))
);
CREATE INDEX payments_bill ON payments (bill_id, id);
CREATE INDEX payments_session ON payments (drawer_session_id) WHERE drawer_session_id IS NOT NULL;

-- A refund: money given back against one payment, to its method or in cash, with a reason and the
-- manager who approved it. The payment stays as it was.
CREATE TABLE refunds (
  id                INTEGER PRIMARY KEY,
  chain_seq         INTEGER NOT NULL UNIQUE CHECK (chain_seq >= 1),
  payment_id        INTEGER NOT NULL REFERENCES payments (id),
  bill_id           INTEGER NOT NULL REFERENCES bills (id),
  receipt_id        INTEGER NOT NULL REFERENCES receipts (id),
  method            TEXT    NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'bank', 'other')),
  amount_minor      INTEGER NOT NULL CHECK (amount_minor > 0),
  reason            TEXT    NOT NULL CHECK (reason <> ''),
  approved_by       INTEGER NOT NULL REFERENCES staff (id),
  till              TEXT    NOT NULL,
  drawer_session_id INTEGER REFERENCES drawer_sessions (id),
  at                TEXT    NOT NULL,
  by_staff          INTEGER NOT NULL REFERENCES staff (id),
  origin            TEXT    NOT NULL DEFAULT '',
  prev_hash         TEXT    NOT NULL CHECK (length(prev_hash) = 64),
  hash              TEXT    NOT NULL CHECK (length(hash) = 64),
  grand_total_minor INTEGER NOT NULL,
  CHECK ((method = 'cash') = (drawer_session_id IS NOT NULL))
);
CREATE INDEX refunds_payment ON refunds (payment_id);
CREATE INDEX refunds_session ON refunds (drawer_session_id) WHERE drawer_session_id IS NOT NULL;

-- What happened to a drawer's cash besides payments and refunds: the float, cash put in or taken out
-- (with a reason), the drawer opened with no sale, and the closing count (by denomination).
CREATE TABLE drawer_movements (
  id                INTEGER PRIMARY KEY,
  chain_seq         INTEGER NOT NULL UNIQUE CHECK (chain_seq >= 1),
  session_id        INTEGER NOT NULL REFERENCES drawer_sessions (id),
  kind              TEXT    NOT NULL CHECK (kind IN ('float', 'cashIn', 'cashOut', 'noSale', 'count')),
  amount_minor      INTEGER NOT NULL CHECK (amount_minor >= 0),
  counts_json       TEXT,
  reason            TEXT    NOT NULL DEFAULT '',
  at                TEXT    NOT NULL,
  by_staff          INTEGER NOT NULL REFERENCES staff (id),
  origin            TEXT    NOT NULL DEFAULT '',
  prev_hash         TEXT    NOT NULL CHECK (length(prev_hash) = 64),
  hash              TEXT    NOT NULL CHECK (length(hash) = 64),
  grand_total_minor INTEGER NOT NULL
);
CREATE INDEX drawer_movements_session ON drawer_movements (session_id, id);

-- The store refuses to change or remove a financial record, whoever asks (a service, a SQLite tool).
CREATE TRIGGER bill_lines_no_update BEFORE UPDATE ON bill_lines
BEGIN SELECT RAISE(ABORT, 'bill lines are never changed: void the bill and open a new one'); END;
CREATE TRIGGER bill_lines_no_delete BEFORE DELETE ON bill_lines
BEGIN SELECT RAISE(ABORT, 'bill lines are never deleted: void the bill and open a new one'); END;
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never changed: a refund is a new record'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never deleted: a refund is a new record'); END;
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are never changed: a refund is a new record'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are never deleted: a refund is a new record'); END;
CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never changed: record a new one'); END;
CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never deleted: record a new one'); END;
CREATE TRIGGER drawer_movements_no_update BEFORE UPDATE ON drawer_movements
BEGIN SELECT RAISE(ABORT, 'drawer movements are never changed: record a new one'); END;
CREATE TRIGGER drawer_movements_no_delete BEFORE DELETE ON drawer_movements
BEGIN SELECT RAISE(ABORT, 'drawer movements are never deleted: record a new one'); END;
CREATE TRIGGER bills_no_delete BEFORE DELETE ON bills
BEGIN SELECT RAISE(ABORT, 'bills are never deleted: void an open bill instead'); END;
-- A bill's status moves on from open, once; nothing else about it changes.
CREATE TRIGGER bills_status_only BEFORE UPDATE ON bills
WHEN OLD.status <> 'open' OR NEW.status = 'open'
  OR NEW.kind IS NOT OLD.kind OR NEW.job_id IS NOT OLD.job_id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.currency IS NOT OLD.currency OR NEW.tax_mode IS NOT OLD.tax_mode OR NEW.tax_rate_bp IS NOT OLD.tax_rate_bp
  OR NEW.cash_rounding IS NOT OLD.cash_rounding OR NEW.gross_minor IS NOT OLD.gross_minor
  OR NEW.line_discount_minor IS NOT OLD.line_discount_minor OR NEW.bill_discount_kind IS NOT OLD.bill_discount_kind
  OR NEW.bill_discount_value IS NOT OLD.bill_discount_value OR NEW.bill_discount_minor IS NOT OLD.bill_discount_minor
  OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
  OR NEW.deposit_applied_minor IS NOT OLD.deposit_applied_minor OR NEW.due_minor IS NOT OLD.due_minor
  OR NEW.discount_approved_by IS NOT OLD.discount_approved_by OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.origin IS NOT OLD.origin
BEGIN SELECT RAISE(ABORT, 'a bill''s money is never changed, and a settled or voided bill not at all'); END;
CREATE TRIGGER drawer_sessions_no_delete BEFORE DELETE ON drawer_sessions
BEGIN SELECT RAISE(ABORT, 'drawer sessions are never deleted'); END;
-- A session is closed once; its opening never changes.
CREATE TRIGGER drawer_sessions_close_once BEFORE UPDATE ON drawer_sessions
WHEN OLD.closed_at IS NOT NULL OR NEW.closed_at IS NULL
  OR NEW.till IS NOT OLD.till OR NEW.opened_by IS NOT OLD.opened_by OR NEW.opened_at IS NOT OLD.opened_at
  OR NEW.float_minor IS NOT OLD.float_minor OR NEW.origin IS NOT OLD.origin
BEGIN SELECT RAISE(ABORT, 'a drawer session is closed once, and its opening is never changed'); END;
