import fs from 'node:fs';
import { expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { startStationProcess } from '../support/station-process.ts';
import { startFakePrinter } from '../integration/print-fake-printer.ts';
import { intakeCoveredJob, routeJobPrinting } from './jobs-page-pages.ts';
import { call } from './queue-pages.ts';

const SHOTS = '/tmp/shots';

const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

function column(page: Page, status: string) {
  return page.getByTestId(`column-${status}`);
}

function card(page: Page, number: string) {
  return page.locator(`[data-testid="job-card"][data-number="${number}"]`);
}

/** A new console window signed in as someone else (each window has its own session). */
async function signedIn(browser: Browser, url: string, name: string, pin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await signIn(page, name, pin);
  return page;
}

/** Presses arrows until the card has the focus: right to its column, then down (the first arrow focuses the board's first card). */
async function focusCard(page: Page, number: string): Promise<void> {
  await settled(page);
  // Out of the filters (their boxes take the arrows) onto the board.
  await page.getByRole('heading', { name: /^(Jobs|维修工单)$/ }).click();
  await expect(async () => {
    const here = (await page.locator(`[data-testid="job-card"]:focus[data-number="${number}"]`).count()) > 0;
    const target = await page.locator('section', { has: card(page, number) }).getAttribute('data-testid');
    const focusedIn =
      (await page.locator('section:has([data-testid="job-card"]:focus)').count()) > 0
        ? await page.locator('section:has([data-testid="job-card"]:focus)').getAttribute('data-testid')
        : null;
    const where = here ? 'here' : focusedIn === target ? 'column' : 'elsewhere';
    if (where !== 'here') await page.keyboard.press(where === 'column' ? 'ArrowDown' : 'ArrowRight');
    await baseExpect(card(page, number)).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

/** Waits until the screen has loaded, then presses the key. */
async function press(page: Page, key: string): Promise<void> {
  await settled(page);
  await page.keyboard.press(key);
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('jobs board: filters, dispatch by load, keyboard and drag moves through diagnosis, extra work and the answer, parts, QC (the same person’s second check refused in words), ready; a scanned number opens the job', async ({
  browser,
  page,
  demoStation,
}) => {
  test.setTimeout(120_000);
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await page.keyboard.press('F5');
  await expect(page.getByTestId('job-card')).toHaveCount(5);
  for (const [status, count] of [
    ['received', 1],
    ['diagnosing', 0],
    ['awaitingApproval', 1],
    ['inRepair', 1],
    ['ready', 2],
  ] as const)
    await expect(column(page, status).getByTestId('column-count')).toHaveText(String(count));
  const received = (await column(page, 'received').getByTestId('job-card').getAttribute('data-number')) ?? '';
  const inRepair = (await column(page, 'inRepair').getByTestId('job-card').getAttribute('data-number')) ?? '';

  // Filters: no vehicle jobs; Taylor Tech holds every job but the new one.
  await pick(page, 'Item', 'Vehicle');
  await expect(page.getByTestId('job-card')).toHaveCount(0);
  await pick(page, 'Item', 'All');
  await pick(page, 'Technician', 'Taylor Tech');
  await expect(page.getByTestId('job-card')).toHaveCount(4);
  await expect(card(page, received)).toHaveCount(0);
  await pick(page, 'Technician', 'All');
  await expect(page.getByTestId('job-card')).toHaveCount(5);

  // Dispatch by keyboard: D on the focused card, the picker shows the load, a digit picks.
  await focusCard(page, received);
  await expect(card(page, received).getByTestId('card-keys')).toContainText('Dispatch');
  await page.keyboard.press('d');
  const dispatch = page.getByRole('dialog', { name: `Dispatch ${received}` });
  await expect(dispatch.getByRole('button', { name: /Taylor Tech/ })).toContainText('4 open jobs');
  await dispatch.getByRole('button', { name: /Taylor Tech/ }).press('1');
  await expect(page.getByText(`${received} is dispatched to Taylor Tech.`)).toBeVisible();
  await expect(card(page, received)).toContainText('Taylor Tech');

  // The technician's console opens on the board.
  const tech = await signedIn(browser, demoStation.url, 'Taylor Tech', '5555');
  const techWatch = watchConsole(tech);
  await expect(tech.getByTestId('job-board')).toBeVisible();
  await expect(card(tech, received)).toContainText('Taylor Tech');

  // Keyboard moves on the board: S starts the diagnosis, E records extra work (→ awaiting approval).
  await focusCard(tech, received);
  await tech.keyboard.press('s');
  await expect(column(tech, 'diagnosing').getByTestId('job-card')).toHaveAttribute('data-number', received);
  await expect(card(tech, received).getByTestId('card-keys')).toContainText('Extra work found');
  await tech.keyboard.press('e');
  const work = tech.getByRole('dialog', { name: `Extra work found · ${received}` });
  await work.getByRole('textbox', { name: 'Description' }).fill('Frame straightening');
  await work.getByRole('textbox', { name: 'Unit price' }).fill('80');
  await work.getByRole('textbox', { name: 'Note' }).fill('The frame is bent under the screen');
  await work.getByRole('button', { name: 'Confirm' }).click();
  await expect(column(tech, 'awaitingApproval').locator(`[data-number="${received}"]`)).toBeVisible();

  // The job page: the pending line, the customer's answer by phone, then the work goes on.
  await focusCard(tech, received);
  await tech.keyboard.press('Enter');
  await expect(tech.getByTestId('job-number')).toHaveText(received);
  await expect(tech.getByTestId('job-lines')).toContainText('Awaiting answer');
  await press(tech, 'a');
  const answer = tech.getByRole('dialog', { name: `Customer's answer · ${received}` });
  await answer.getByRole('textbox', { name: 'Who answered' }).fill('Chris Wong');
  await answer.getByRole('button', { name: 'Confirm' }).click();
  await expect(tech.getByTestId('job-status')).toHaveText('Diagnosing');
  await expect(tech.getByTestId('job-lines')).not.toContainText('Awaiting answer');
  await expect(tech.getByTestId('job-findings')).toHaveText('The frame is bent under the screen');
  await expect(tech.getByTestId('job-trail')).toContainText('Approved · Chris Wong · By phone');

  await press(tech, 'r');
  await expect(tech.getByTestId('job-status')).toHaveText('In repair');
  await press(tech, 'p');
  const parts = tech.getByRole('dialog', { name: `Wait for parts · ${received}` });
  await parts.getByRole('textbox', { name: 'Note' }).fill('Screen ordered');
  await parts.getByRole('textbox', { name: 'Note' }).press('Enter');
  await expect(tech.getByTestId('job-status')).toHaveText('Awaiting parts');
  await press(tech, 'p');
  await expect(tech.getByTestId('job-status')).toHaveText('In repair');
  await press(tech, 'q');
  await expect(tech.getByTestId('job-status')).toHaveText('Quality check');
  await press(tech, 'c');
  const self = tech.getByRole('dialog', { name: `QC self-check · ${received}` });
  await self.getByRole('button', { name: 'Confirm' }).click();
  await expect(self).toBeHidden();
  await expect(tech.getByTestId('job-trail')).toContainText("Technician's self-check");

  // The same person's second check: refused, the reason in words.
  await press(tech, 'v');
  const second = tech.getByRole('dialog', { name: `QC second check · ${received}` });
  await second.getByRole('button', { name: 'Confirm' }).click();
  await expect(second.getByTestId('move-refusal')).toHaveText(
    'The second check must be done by someone other than the technician who did the self-check.',
  );
  await tech.keyboard.press('Escape');
  await expect(second).toBeHidden();
  await expect(tech.getByTestId('job-status')).toHaveText('Quality check');

  // A drag to a column is the event that leads there: the job in repair goes to QC.
  await tech.keyboard.press('Escape');
  await expect(tech.getByTestId('job-board')).toBeVisible();
  await card(tech, inRepair).dragTo(column(tech, 'qualityCheck'));
  await expect(column(tech, 'qualityCheck').locator(`[data-number="${inRepair}"]`)).toBeVisible();
  expect(techWatch.problems).toEqual([]);

  // A manager scans the ticket's barcode on another screen: the job opens; their second check passes, it is ready.
  const manager = await signedIn(browser, demoStation.url, 'Morgan Manager', '2222');
  await settled(manager);
  // Typed by a person (slowly) into the reception search, it stays there: ordinary typing is not taken.
  const search = manager.getByRole('textbox').first();
  await search.click();
  await manager.keyboard.type(received, { delay: 180 });
  await manager.keyboard.press('Enter');
  await expect(search).toHaveValue(received);
  await expect(manager.getByTestId('job-page')).toHaveCount(0);
  await search.fill('');
  await manager.keyboard.press('F3');
  await settled(manager);
  // On this shared test machine keys can arrive far slower than a scanner sends them: scan again then.
  await expect(async () => {
    await manager.keyboard.type(received, { delay: 5 });
    await manager.keyboard.press('Enter');
    await baseExpect(manager.getByTestId('job-number')).toHaveText(received, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await press(manager, 'v');
  await manager
    .getByRole('dialog', { name: `QC second check · ${received}` })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(manager.getByTestId('job-trail')).toContainText('Second check');
  await press(manager, 'r');
  await expect(manager.getByTestId('job-status')).toHaveText('Ready for pickup');

  // The desk's board follows: the job is in the green column.
  await expect(column(page, 'ready').locator(`[data-number="${received}"]`)).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('a job page: the QC marks and what is owed in its header, credit and paid by key, the ticket and label printed again by key with how each printed, a line the warranty covers', async ({
  page,
  demoStation,
}) => {
  test.setTimeout(120_000);
  const tickets = await startFakePrinter('status');
  const labels = await startFakePrinter('status');
  try {
    const url = demoStation.url;
    const watch = watchConsole(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await signIn(page, 'Alex Owner', '1111');

    // The demo's ready job: both checks passed, by the technician and then the manager.
    const [ready] = await call<{ id: number; owedMinor: number }[]>(page, url, 'jobs.readyList', {});
    await page.goto(`${url}#/jobs/${ready!.id}`);
    await settled(page);
    await expect(page.getByTestId('job-qc-self')).toHaveAttribute('data-done', 'true');
    await expect(page.getByTestId('job-qc-self')).toContainText('Self-check passed');
    await expect(page.getByTestId('job-qc-self')).toContainText('Taylor Tech');
    await expect(page.getByTestId('job-qc-second')).toContainText('Second check passed');
    await expect(page.getByTestId('job-qc-second')).toContainText('Morgan Manager');
    await expect(page.getByTestId('job-header-owed')).toHaveAttribute('data-owed', String(ready!.owedMinor));
    await expect(page.getByTestId('job-unsettled')).toHaveText('Not paid');

    // A job just taken in: not at QC yet, so no marks for it; the labour is the warranty's, the screen is owed (the deposit is agreed, not taken yet).
    await routeJobPrinting(page, url, tickets, labels);
    const job = await intakeCoveredJob(page, url, 'Pat Kim');
    await page.goto(`${url}#/jobs/${job.id}`);
    await settled(page);
    await expect(page.getByTestId('job-number')).toHaveText(job.number);
    await expect(page.getByTestId('job-qc-self')).toHaveCount(0);
    await expect(page.getByTestId('job-header-owed')).toHaveText('$450.00');
    const lines = page.getByTestId('job-line');
    await expect(lines.nth(1)).toHaveAttribute('data-covered', 'true');
    await expect(lines.nth(1).getByTestId('job-line-amount')).toHaveText('$0.00');

    // K prints the customer's copy again, L the label: each says when it has printed, and on which printer.
    await press(page, 'k');
    const customerCopy = page.locator('[data-testid="print-status"][data-document="customerCopy"]');
    await expect(customerCopy).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
    await expect(customerCopy).toHaveText("Customer's copy of the ticket printed · Ticket printer");
    await tickets.nextJob();
    await press(page, 'l');
    const label = page.locator('[data-testid="print-status"][data-document="deviceLabel"]');
    await expect(label).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
    await expect(label).toHaveText('Device label printed · Label printer');
    await labels.nextJob();
    await page.getByRole('button', { name: "Ticket: shop's copy" }).click();
    await expect(page.locator('[data-testid="print-status"][data-document="shopCopy"]')).toHaveAttribute('data-status', 'done', {
      timeout: 15_000,
    });
    // Each document keeps its own line: the customer's copy and the label are still shown as printed.
    await expect(page.locator('[data-testid="print-status"][data-status="done"]')).toHaveCount(3);

    // T approves delivery on credit (with a reason), M marks it paid: the header says by whom.
    await press(page, 't');
    const credit = page.getByRole('dialog', { name: `Approve credit · ${job.number}` });
    await credit.getByRole('textbox', { name: 'Reason' }).fill('Regular customer');
    await credit.getByRole('textbox', { name: 'Reason' }).press('Enter');
    await expect(page.getByTestId('job-credit')).toContainText('Delivery on credit approved');
    await expect(page.getByTestId('job-credit')).toContainText('Alex Owner');
    await expect(page.getByTestId('job-credit')).toContainText('Regular customer');
    await expect(page.getByTestId('job-unsettled')).toHaveCount(0);
    await press(page, 'm');
    await expect(page.getByTestId('job-paid')).toContainText('Marked paid');
    await expect(page.getByTestId('job-paid')).toContainText('Alex Owner');
    await page.screenshot({ path: `${SHOTS}/jobs-page-printed-en.png` });

    // The screen is the warranty's too (Space on its box): nothing is owed, its price struck.
    await lines.nth(0).getByRole('checkbox').press('Space');
    await expect(lines.nth(0)).toHaveAttribute('data-covered', 'true');
    await expect(lines.nth(0).getByTestId('job-line-amount')).toHaveText('$0.00');
    await expect(page.getByTestId('job-header-owed')).toHaveText('$0.00');
    await expect(page.getByTestId('job-owed')).toContainText('$0.00');
    expect((await call<{ owedMinor: number }>(page, url, 'jobs.get', { jobId: job.id })).owedMinor).toBe(0);
    expect(watch.problems).toEqual([]);
  } finally {
    await tickets.close();
    await labels.close();
  }
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the board and a job page in ${locale}`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    const tickets = await startFakePrinter('status');
    const labels = await startFakePrinter('status');
    try {
      const watch = watchConsole(page);
      const zh = locale === 'zh-CN';
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '王店长' : 'Alex Owner', '1111');
      await page.keyboard.press('F5');
      await expect(page.getByTestId('job-card')).toHaveCount(5);
      await focusCard(page, (await column(page, 'inRepair').getByTestId('job-card').first().getAttribute('data-number')) ?? '');
      await page.screenshot({ path: `${SHOTS}/jobs-board-${locale}.png` });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('job-page')).toBeVisible();
      await expect(page.getByTestId('job-photo').first().locator('img')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/jobs-page-${locale}.png`, fullPage: true });
      // The ready job: both checks passed in the header, beside what is owed.
      await page.keyboard.press('Escape');
      await focusCard(page, (await column(page, 'ready').getByTestId('job-card').first().getAttribute('data-number')) ?? '');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('job-qc-second')).toHaveAttribute('data-done', 'true');
      await page.screenshot({ path: `${SHOTS}/jobs-page-ready-${locale}.png` });

      // A job the warranty covers, its ticket and label printed again on the printers the owner routes.
      await routeJobPrinting(page, station.url, tickets, labels);
      const covered = await intakeCoveredJob(page, station.url, zh ? '周八' : 'Chris Wong');
      await page.goto(`${station.url}#/jobs/${covered.id}`);
      await press(page, 'k');
      await press(page, 'l');
      await expect(page.locator('[data-testid="print-status"][data-status="done"]')).toHaveCount(2, { timeout: 15_000 });
      await page.screenshot({ path: `${SHOTS}/jobs-page-covered-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
      await tickets.close();
      await labels.close();
    }
  });
}
