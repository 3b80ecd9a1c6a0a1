import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { callOp, staffToken } from './display-pages.ts';
import { handOver } from './job-pages.ts';
import { test, expect } from './fixtures.ts';

/** Ready, not collected: reached by L from the board, the palette and the navbar; longest waiting first; arrows and Enter. */

const SHOTS = '/tmp/shots';

const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

test('from the board by L: the demo’s ready jobs, longest waiting first, red past the setting, the phone and what is owed; arrows and Enter open a job; it follows a delivery', async ({
  page,
  request,
  demoStation,
}) => {
  const url = demoStation.url;
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  await page.keyboard.press('F5');
  await expect(page.getByTestId('open-ready-list')).toContainText('L');
  await expect(page.getByTestId('job-card')).toHaveCount(5);
  await settled(page);
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/#\/jobs\/ready$/);
  await expect(page.getByRole('link', { name: 'Not collected' })).toHaveAttribute('aria-current', 'page');

  const rows = page.getByTestId('ready-row');
  await expect(rows).toHaveCount(2);
  // Jamie Chen's camera, ready for eight or nine days: red; Jordan Lee's screen, one or two days.
  await expect(rows.nth(0)).toContainText('Jamie Chen');
  await expect(rows.nth(0)).toContainText('+1 415 555 0106');
  await expect(rows.nth(0)).toHaveAttribute('data-stale', 'true');
  await expect(rows.nth(0).getByTestId('ready-days')).toHaveText(/^[89] days$/);
  // Each owes its estimate less the deposit paid at the till when it was taken in ($100 and $200).
  await expect(rows.nth(0).getByTestId('ready-owed')).toHaveText('$320.00');
  await expect(rows.nth(1)).toContainText('Jordan Lee');
  await expect(rows.nth(1)).toHaveAttribute('data-stale', 'false');
  await expect(rows.nth(1).getByTestId('ready-days')).toHaveText(/^[12] days?$/);
  await expect(rows.nth(1).getByTestId('ready-owed')).toHaveText('$699.00');
  await expect(page.getByTestId('ready-stale-note')).toContainText('more than 3 days');
  await expect(page.getByTestId('ready-total-owed')).toHaveText('Owed in all: $1,019.00');

  // ↓ then Enter opens Jordan's job; Esc on the job goes to the board, L comes back.
  await settled(page);
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const jordans = (await rows.nth(1).getAttribute('data-number')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('job-number')).toHaveText(jordans);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('job-board')).toBeVisible();

  // The palette finds it in either language's words.
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Go to a screen or run a command…' }).fill('完工未取');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ready-list')).toBeVisible();
  await expect(rows).toHaveCount(2);

  // A manager marks Jordan's job paid and the desk hands it over elsewhere: the list follows.
  const manager = await staffToken(request, url, 2, '2222');
  const reception = await staffToken(request, url, 3, '3333');
  const { id } = await callOp<{ id: number }>(request, url, 'jobs.byNumber', { number: jordans }, reception);
  await callOp(request, url, 'jobs.move', { jobId: id, event: { type: 'markPaid' } }, manager);
  await handOver(request, url, reception, id);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('ready-total-owed')).toHaveText('Owed in all: $320.00');

  // The navbar lists it under Jobs.
  await page.keyboard.press('F1');
  await page.getByRole('link', { name: 'Not collected' }).click();
  await expect(page.getByTestId('ready-list')).toBeVisible();
  expect(watch.problems).toEqual([]);
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshot of the ready list in ${locale}`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const watch = watchConsole(page);
      const zh = locale === 'zh-CN';
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '张前台' : 'Riley Reception', '3333');
      await page.keyboard.press('F5');
      await expect(page.getByTestId('job-card')).toHaveCount(5);
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/jobs-ready-board-${locale}.png` });
      await page.keyboard.press('l');
      await expect(page.getByTestId('ready-row')).toHaveCount(2);
      await page.screenshot({ path: `${SHOTS}/jobs-ready-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
