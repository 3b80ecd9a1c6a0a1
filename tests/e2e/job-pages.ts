import { expect, type APIRequestContext, type Page } from '@playwright/test';
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

/** Draws a scribble across the signature pad with the mouse, as a customer signs. */
export async function sign(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 30 + i * 25, box.y + box.height * (i % 2 ? 0.3 : 0.7), { steps: 3 });
  await page.mouse.up();
  await expect(pad).toHaveAttribute('data-signed', 'true');
}
