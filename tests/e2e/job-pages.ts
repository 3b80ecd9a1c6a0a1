import type { APIRequestContext } from '@playwright/test';
import { pngDataUrl } from '../support/job-samples.ts';
import { callOp } from './display-pages.ts';

/**
 * Hands a ready job over through the API, as the pickup screen does: its ticket scanned, every
 * accessory back, a signature.
 */
export async function handOver(request: APIRequestContext, url: string, token: string, jobId: number): Promise<void> {
  const job = await callOp<{ number: string; accessories: string[] }>(request, url, 'jobs.get', { jobId }, token);
  await callOp(
    request,
    url,
    'jobs.pickup',
    {
      jobId,
      proof: { kind: 'ticket', number: job.number },
      accessories: job.accessories.map((item) => ({ item, state: 'returned' })),
      signature: pngDataUrl(40),
      print: false,
    },
    token,
  );
}
