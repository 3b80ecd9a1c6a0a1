import type { Job } from '../../../../shared/contract/jobs.ts';
import type { PickupInput } from '../../../../shared/contract/jobs-pickup.ts';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import type { CallContext } from '../../context.ts';
import { deliveryNote, enqueuePrint, printAfterCommit, printedBefore } from '../../printing/index.ts';
import { deliveryNoteData } from './delivery-note-data.ts';
import { pickUpJob } from './pickup.ts';
import { printed, queueAudited, routed } from './print-queue.ts';
import { requireJobRow } from './rows.ts';

/**
 * The delivery note on the printer routed for it. After a handover commits it prints like the job
 * ticket after intake: nothing here can turn the handed-over job into a failure. Printed again at
 * staff's request, the print is the whole operation, audited with its print job (REPRINT marked once
 * a copy came out on paper).
 */

/** Hands the job over, then (when the input asks) prints its delivery note. The answer lists the print job, a failed one with its status. */
export async function pickUpAndPrint(ctx: CallContext, input: PickupInput): Promise<Job & { printJobs: PrintedJob[] }> {
  const job = await pickUpJob(ctx, input);
  if (!input.print) return { ...job, printJobs: [] };
  try {
    const id = printAfterCommit(ctx, 'deliveryNote', () => deliveryNote(deliveryNoteData(ctx.core.db, job.id)));
    return { ...job, printJobs: printed(ctx.core.db, [{ id, copy: null }]) };
  } catch (err) {
    console.error(`Job ${job.number} was handed over, but its delivery note could not be printed:`, err);
    return { ...job, printJobs: [] };
  }
}

/** Prints a handed-over job's delivery note again, audited with its print job. Empty when no printer prints delivery notes. */
export function printDeliveryNote(ctx: CallContext, jobId: number): PrintedJob[] {
  const { db } = ctx.core;
  const row = requireJobRow(db, jobId);
  const document = deliveryNote(deliveryNoteData(db, jobId));
  if (!routed(db, 'deliveryNote')) return [];
  return queueAudited(ctx, row.number, 'job.deliveryNote.print', () => {
    const id = enqueuePrint(ctx, { kind: 'deliveryNote', document, reprintMark: printedBefore(db, 'deliveryNote', document.title) }).id;
    return { queued: [{ id, copy: null }], after: { printJobId: id } };
  });
}
