-- Voiding a bill (docs/cashier.md, Voids). An open bill with nothing paid is voided as before; a bill
-- with payments is voided by refunding what is left of each payment (new refund rows, each with its
-- receipt, links of the chain) in the same transaction, so a settled bill may now become voided too.
-- Its money still never changes; `voided_at` says when it was voided (a settled bill keeps the time it
-- was settled in `closed_at`).
ALTER TABLE bills ADD COLUMN voided_at TEXT;

DROP TRIGGER bills_status_only;
-- A bill's status moves on once from open (to settled or voided), or from settled to voided; nothing
-- else about it changes, and a settled bill keeps when it was settled.
CREATE TRIGGER bills_status_only BEFORE UPDATE ON bills
WHEN NOT ((OLD.status = 'open' AND NEW.status IN ('settled', 'voided')) OR (OLD.status = 'settled' AND NEW.status = 'voided'))
  OR (OLD.status = 'settled' AND NEW.closed_at IS NOT OLD.closed_at)
  OR NEW.kind IS NOT OLD.kind OR NEW.job_id IS NOT OLD.job_id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.currency IS NOT OLD.currency OR NEW.tax_mode IS NOT OLD.tax_mode OR NEW.tax_rate_bp IS NOT OLD.tax_rate_bp
  OR NEW.cash_rounding IS NOT OLD.cash_rounding OR NEW.gross_minor IS NOT OLD.gross_minor
  OR NEW.line_discount_minor IS NOT OLD.line_discount_minor OR NEW.bill_discount_kind IS NOT OLD.bill_discount_kind
  OR NEW.bill_discount_value IS NOT OLD.bill_discount_value OR NEW.bill_discount_minor IS NOT OLD.bill_discount_minor
  OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
  OR NEW.deposit_applied_minor IS NOT OLD.deposit_applied_minor OR NEW.due_minor IS NOT OLD.due_minor
  OR NEW.discount_approved_by IS NOT OLD.discount_approved_by OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.origin IS NOT OLD.origin
  OR (NEW.status = 'voided' AND (NEW.voided_at IS NULL OR NEW.voided_by IS NULL OR coalesce(NEW.void_reason, '') = ''))
BEGIN SELECT RAISE(ABORT, 'a bill''s money is never changed, a settled bill is only voided, and a voided bill not changed at all'); END;
