import type { IntakeInput, Job } from '../../../../shared/contract/jobs.ts';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import type { TicketCopies } from '../../../../shared/contract/jobs-settings.ts';
import type { CallContext } from '../../context.ts';
import {
  deviceLabel,
  enqueuePrint,
  jobTicket,
  printAfterCommit,
  printedBefore,
  type JobTicketData,
  type TicketCopy,
} from '../../printing/index.ts';
import { intakeJob } from './intake.ts';
import { printed, queueAudited, routed, type Queued } from './print-queue.ts';
import { requireJobRow } from './rows.ts';
import { getJobsSettings } from './settings.ts';
import { deviceLabelData, jobTicketData } from './ticket-data.ts';

/**
 * The job ticket and the device label on the printers routed for them. After an intake commits, they
 * print like the queue's slip: nothing here can turn the saved job into a failure (a document that
 * cannot be built or queued becomes a failed print job with its reason, a print problem). Printed
 * again at staff's request, the print is the whole operation: it is audited with its print jobs, and a
 * ticket copy that came out on paper before carries the REPRINT mark.
 */

const copiesOf = (copies: TicketCopies): TicketCopy[] => (copies === 'both' ? ['customer', 'shop'] : [copies]);

/** After the intake's commit: the ticket's copies the settings ask for, then the label. Never throws. */
function printAfterIntake(ctx: CallContext, jobId: number): PrintedJob[] {
  const { db } = ctx.core;
  let data: JobTicketData | undefined;
  const ticketData = () => (data ??= jobTicketData(db, jobId));
  const queued: Queued[] = copiesOf(getJobsSettings(db).ticketCopies).map((copy) => ({
    id: printAfterCommit(ctx, 'jobTicket', () => jobTicket(ticketData(), copy)),
    copy,
  }));
  queued.push({ id: printAfterCommit(ctx, 'deviceLabel', () => deviceLabel(deviceLabelData(db, jobId))), copy: null });
  return printed(db, queued);
}

/**
 * Takes an item in, then (after the commit, when the input asks) prints its ticket and label. The job is
 * saved whatever happens to its printing: the answer lists the print jobs, a failed one with its status.
 */
export function intakeAndPrint(ctx: CallContext, input: IntakeInput): Job & { printJobs: PrintedJob[] } {
  const job = intakeJob(ctx, input);
  if (!input.print) return { ...job, printJobs: [] };
  try {
    return { ...job, printJobs: printAfterIntake(ctx, job.id) };
  } catch (err) {
    console.error(`Job ${job.number} was taken in, but its ticket could not be printed:`, err);
    return { ...job, printJobs: [] };
  }
}

/** Prints a job's ticket again: the copies asked for (else the settings'), audited with the print jobs. Empty when no printer prints tickets. */
export function printJobTicket(ctx: CallContext, jobId: number, copies: TicketCopies | undefined): PrintedJob[] {
  const { db } = ctx.core;
  const row = requireJobRow(db, jobId);
  if (!routed(db, 'jobTicket')) return [];
  const which = copies ?? getJobsSettings(db).ticketCopies;
  const data = jobTicketData(db, jobId);
  return queueAudited(ctx, row.number, 'job.ticket.print', () => {
    const queued = copiesOf(which).map((copy) => {
      const document = jobTicket(data, copy);
      return {
        id: enqueuePrint(ctx, { kind: 'jobTicket', document, reprintMark: printedBefore(db, 'jobTicket', document.title) }).id,
        copy,
      };
    });
    return { queued, after: { copies: which, printJobs: queued.map((m) => m.id) } };
  });
}

/** Prints a job's device label again, audited with its print job. Empty when no printer prints labels. */
export function printJobLabel(ctx: CallContext, jobId: number): PrintedJob[] {
  const { db } = ctx.core;
  const row = requireJobRow(db, jobId);
  if (!routed(db, 'deviceLabel')) return [];
  const document = deviceLabel(deviceLabelData(db, jobId));
  return queueAudited(ctx, row.number, 'job.label.print', () => {
    const id = enqueuePrint(ctx, { kind: 'deviceLabel', document }).id;
    return { queued: [{ id, copy: null }], after: { printJobId: id } };
  });
}
