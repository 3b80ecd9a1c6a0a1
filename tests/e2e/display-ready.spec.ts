import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { DISPLAY_READY_ITEMS } from '../../shared/contract/devices.ts';
import { startStationProcess } from '../support/station-process.ts';
import { test, expect } from './fixtures.ts';
import { apiCode, callOp, pairTv, staffToken } from './display-pages.ts';
import { handOver } from './job-pages.ts';

/** The waiting room's pickup list: jobs ready for pickup on the TV, names masked, following the workshop's moves. */

const SHOTS = '/tmp/shots';

interface Card {
  id: number;
  number: string;
  status: string;
}

const board = async (request: APIRequestContext, url: string, token: string) =>
  (await callOp<{ jobs: Card[] }>(request, url, 'jobs.board', {}, token)).jobs;

test('the TV lists the jobs ready for pickup by number only; a job marked ready appears first, a delivered one goes', async ({
  browser,
  request,
  demoStation,
}) => {
  const url = demoStation.url;
  const admin = await staffToken(request, url, 1, '1111');
  const manager = await staffToken(request, url, 2, '2222');
  const reception = await staffToken(request, url, 3, '3333');
  const tech = await staffToken(request, url, 5, '5555');
  const tv = await pairTv(browser, url, await apiCode(request, url, admin));
  const items = tv.getByTestId('display-ready-item');

  // The demo's two ready jobs (Jordan Lee's and Jamie Chen's), the latest ready first, numbers only: no name, not even masked.
  const jobs = await board(request, url, reception);
  const ready = jobs.filter((j) => j.status === 'ready');
  await expect(items).toHaveCount(2);
  expect((await items.allTextContents()).sort()).toEqual(ready.map((j) => j.number).sort());
  await expect(tv.getByTestId('display-ready')).not.toContainText('J***');
  await expect(tv.getByTestId('display-ready')).not.toContainText('Jordan');

  // Drew Garcia's earpiece goes through QC to ready: the TV shows it at the top, as the workshop moves it.
  const inRepair = jobs.find((j) => j.status === 'inRepair');
  expect(inRepair).toBeDefined();
  const moveJob = (token: string, type: string, more: Record<string, unknown> = {}) =>
    callOp(request, url, 'jobs.move', { jobId: inRepair!.id, event: { type, ...more } }, token);
  await moveJob(tech, 'submitForQc');
  await moveJob(tech, 'qcSelfCheck', { passed: true, note: '' });
  await moveJob(manager, 'qcSecondCheck', { passed: true, note: '' });
  await expect(items).toHaveCount(2);
  await moveJob(tech, 'markReady');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toHaveText(inRepair!.number);

  // Its deposit, paid at the till when it was taken in, covers it: nothing owed, collected, gone from the TV.
  expect((await callOp<{ owedMinor: number }>(request, url, 'jobs.get', { jobId: inRepair!.id }, reception)).owedMinor).toBe(0);
  await handOver(request, url, reception, inRepair!.id);
  await expect(items).toHaveCount(2);
  await expect(tv.getByTestId('display-ready')).not.toContainText(inRepair!.number);
  await tv.context().close();
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`screenshots of the display's pickup list in ${locale} at 1920x1080 and 1366x768`, async ({ browser, request }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const admin = await staffToken(request, url, 1, '1111');
      const reception = await staffToken(request, url, 3, '3333');
      await callOp(request, url, 'queue.counters.open', { counterId: 2 }, reception);
      for (const serviceId of [1, 1, 2, 3, 1]) await callOp(request, url, 'queue.issue', { serviceId, print: false }, reception);
      for (let i = 0; i < 3; i++) await callOp(request, url, 'queue.callNext', { counterId: 2 }, reception);
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1366, height: 768 },
      ]) {
        const tv = await pairTv(browser, url, await apiCode(request, url, admin), size);
        await tv.getByTestId('display-enable-sound').click();
        await expect(tv.getByTestId('display-ready-item')).toHaveCount(2);
        await expect(tv.getByTestId('display-current')).not.toHaveAttribute('data-flash', 'true', { timeout: 10_000 });
        await tv.screenshot({ path: `${SHOTS}/display-ready-${locale}-${size.width}x${size.height}.png` });
        // A busy day: as many ready jobs as the display lists (the state read is filled out on its way in).
        await tv.route('**/api/display.state', async (route) => {
          const state = (await (await route.fetch()).json()) as Record<string, unknown>;
          const readyForPickup = Array.from({ length: DISPLAY_READY_ITEMS }, (_, i) => ({ number: `J2026-0001${String(40 - i)}` }));
          await route.fulfill({ json: { ...state, readyForPickup } });
        });
        await tv.reload();
        await tv.getByTestId('display-enable-sound').click();
        await expect(tv.getByTestId('display-ready-item')).toHaveCount(DISPLAY_READY_ITEMS);
        await tv.screenshot({ path: `${SHOTS}/display-ready-full-${locale}-${size.width}x${size.height}.png` });
        await tv.context().close();
      }
    } finally {
      await station.stop();
    }
  });
}
