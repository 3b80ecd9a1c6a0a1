import type { JobMediaSummary } from '../../../../shared/contract/jobs.ts';
import { MAX_MEDIA_BYTES } from '../../../../shared/contract/jobs.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { decodeImage, insertMedia } from './media.ts';
import { requireJobRow } from './rows.ts';
import { getJobsSettings } from './settings.ts';

/** Adds a photo to a job (of an item on the condition checklist, or of the work), refused when it is not an image or over the limit. */
export function addJobPhoto(
  ctx: CallContext,
  input: { jobId: number; dataUrl: string; conditionKey: string | null; note: string },
): JobMediaSummary {
  const actor = requireActor(ctx);
  const image = decodeImage(input.dataUrl, 'dataUrl', ['image/png', 'image/jpeg', 'image/webp'], MAX_MEDIA_BYTES);
  const { db } = ctx.core;
  return db
    .transaction(() => {
      requireJobRow(db, input.jobId);
      const key = input.conditionKey;
      if (key !== null && !getJobsSettings(db).conditionChecklist.some((i) => i.key === key))
        throw new AppError('VALIDATION', 'Invalid input: conditionKey is not on the condition checklist', {
          conditionKey: 'is not on the condition checklist',
        });
      return insertMedia(ctx, {
        jobId: input.jobId,
        kind: 'photo',
        image,
        conditionKey: key,
        note: input.note,
        at: ctx.core.nowIso(),
        by: actor.id,
      });
    })
    .immediate();
}
