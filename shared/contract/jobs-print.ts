import { z } from 'zod';
import type { Role } from '../roles.ts';
import { operation } from './define.ts';
import { id } from './fields.ts';
import { TICKET_COPIES } from './jobs-settings.ts';
import { jobStatus } from './print.ts';

/** Printing a job's ticket and label (docs/jobs.md, electron/core/printing/README.md). */

const ALL_STAFF: readonly Role[] = ['reception', 'cashier', 'technician', 'manager', 'admin'];

/** A print job a job's printing queued: its status says whether it failed already (a document that could not be built). */
export const printedJob = z.strictObject({
  id: z.number().int(),
  kind: z.enum(['jobTicket', 'deviceLabel', 'deliveryNote']),
  /** Which copy of the ticket it is; null for the label and the delivery note. */
  copy: z.enum(['customer', 'shop']).nullable(),
  status: jobStatus,
});
export type PrintedJob = z.infer<typeof printedJob>;

/** The print jobs queued; empty when no printer is chosen for the document. */
const printed = z.strictObject({ printJobs: z.array(printedJob) });

export const jobsPrintOps = {
  /** The job ticket again, as the job stands now: the copies asked for, else the settings' (REPRINT on a copy printed before). */
  'jobs.printTicket': operation({
    input: z.strictObject({ jobId: id, copies: z.enum(TICKET_COPIES, { error: 'must be customer, shop or both' }).optional() }),
    output: printed,
    access: ALL_STAFF,
    invalidates: ['print.'],
  }),
  /** The device label again. */
  'jobs.printLabel': operation({
    input: z.strictObject({ jobId: id }),
    output: printed,
    access: ALL_STAFF,
    invalidates: ['print.'],
  }),
};
