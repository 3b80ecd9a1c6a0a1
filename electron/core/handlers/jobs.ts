import type { Contract } from '../../../shared/contract/index.ts';
import { getJobsSettings, setJobsSettings } from '../services/jobs/settings.ts';
import { nextJobNumber } from '../services/jobs/numbers.ts';
import { WARRANTY_PRESETS } from '../services/jobs/warranty-presets.ts';
import { previewWarranty } from '../services/jobs/intake.ts';
import { moveJob } from '../services/jobs/move.ts';
import { addJobPhoto } from '../services/jobs/photos.ts';
import { readMedia } from '../services/jobs/media.ts';
import { suggestPromise } from '../services/jobs/promise.ts';
import { readJob, readJobByNumber } from '../services/jobs/read.ts';
import { jobBoard, readyList } from '../services/jobs/board.ts';
import { intakeAndPrint, printJobLabel, printJobTicket } from '../services/jobs/printing.ts';
import { coverLine } from '../services/jobs/cover-line.ts';
import { pickUpAndPrint, printDeliveryNote } from '../services/jobs/pickup-printing.ts';
import { settleAtPickup, verifyPickup } from '../services/jobs/pickup.ts';
import type { HandlerTable } from './types.ts';

type JobsOps = keyof Contract & `jobs.${string}`;

export const jobsHandlers: HandlerTable<JobsOps> = {
  'jobs.settings.get': (_input, { core }) => getJobsSettings(core.db),
  'jobs.settings.set': (input, ctx) => setJobsSettings(ctx, input),
  'jobs.settings.nextNumber': (_input, { core }) => nextJobNumber(core),
  'jobs.settings.warrantyPresets': () => WARRANTY_PRESETS,
  'jobs.promiseSuggestion': (input, { core }) => suggestPromise(core.db, getJobsSettings(core.db), { ...input, nowMs: core.clock.now() }),
  'jobs.warrantyPreview': (input, ctx) => previewWarranty(ctx, input),
  'jobs.intake': (input, ctx) => intakeAndPrint(ctx, input),
  'jobs.addPhoto': (input, ctx) => addJobPhoto(ctx, input),
  'jobs.move': (input, ctx) => moveJob(ctx, input.jobId, input.event),
  'jobs.get': (input, { core, actor }) => readJob(core.db, input.jobId, actor?.role ?? null),
  'jobs.byNumber': (input, { core, actor }) => readJobByNumber(core.db, input.number, actor?.role ?? null),
  'jobs.board': (input, { core }) => jobBoard(core, input),
  'jobs.readyList': (_input, { core }) => readyList(core),
  'jobs.media': (input, { core }) => readMedia(core.db, input.mediaId),
  'jobs.printTicket': (input, ctx) => ({ printJobs: printJobTicket(ctx, input.jobId, input.copies) }),
  'jobs.printLabel': (input, ctx) => ({ printJobs: printJobLabel(ctx, input.jobId) }),
  'jobs.coverLine': (input, ctx) => coverLine(ctx, input),
  'jobs.pickupVerify': (input, ctx) => verifyPickup(ctx, input.proof),
  'jobs.pickupSettle': (input, ctx) => settleAtPickup(ctx, input),
  'jobs.pickup': (input, ctx) => pickUpAndPrint(ctx, input),
  'jobs.printDeliveryNote': (input, ctx) => ({ printJobs: printDeliveryNote(ctx, input.jobId) }),
};
