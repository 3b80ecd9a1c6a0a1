import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { getRoutes } from '../../printing/index.ts';
import { recordAudit } from '../audit.ts';
import { queueReceipt } from './receipt-print.ts';

/**
 * A receipt printed again at the customer's or staff's request: the same document built from the same
 * records (its number, lines and payments as issued), marked as a copy with when it was printed again.
 * Nothing financial is written: no number is taken, no link is added to the chain. The print job and
 * its audit row commit together; refused, naming `receiptNumber`, when no printer takes receipts.
 */
export function reprintReceipt(
  ctx: CallContext,
  receiptNumber: string,
): { receipt: { id: number; number: string }; printJobs: ReturnType<typeof queueReceipt> } {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const row = db.prepare('SELECT id, number FROM receipts WHERE number = ?').get(receiptNumber) as
        { id: number; number: string } | undefined;
      if (!row) throw new AppError('NOT_FOUND', `There is no receipt ${receiptNumber}`, { receiptNumber: 'is not a receipt issued here' });
      if (!getRoutes(db).some((r) => r.kind === 'receipt' && r.printerId !== null))
        throw new AppError('INVALID_STATE', 'No printer prints receipts', {
          receiptNumber: 'cannot be printed: no printer prints receipts',
        });
      const printJobs = queueReceipt(ctx, row.id, { reprintMark: true });
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'cashier.receipt.reprint',
        entity: 'receipt',
        entityId: row.number,
        after: { receipt: row.number, printJobs: printJobs.map((j) => j.id) },
        origin: ctx.origin,
      });
      return { receipt: row, printJobs };
    })
    .immediate();
}
