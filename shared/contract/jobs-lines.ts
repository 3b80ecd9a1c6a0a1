import { z } from 'zod';
import { operation } from './define.ts';
import { id } from './fields.ts';
import { job } from './jobs.ts';

/** A job's lines after intake: which the warranty pays for (docs/jobs.md). */

export const jobsLineOps = {
  /**
   * Marks a line covered by the warranty (it costs the customer nothing) or not: only while the job is
   * open, never a refused line, covered only under a verdict that covers the job. Uncovering work after a
   * manager marked the job paid clears the mark (the amount it adds is not paid). Audited with what is owed.
   */
  'jobs.coverLine': operation({
    input: z.strictObject({ jobId: id, lineId: id, covered: z.boolean({ error: 'must be true or false' }) }),
    output: job,
    access: ['reception', 'technician', 'manager', 'admin'],
    invalidates: ['jobs.'],
  }),
};
