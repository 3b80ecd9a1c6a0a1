import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startFakePrinter } from '../integration/print-fake-printer.ts';
import { startStationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { sign } from './job-pages.ts';
import { routeJobPrinting } from './jobs-page-pages.ts';
import { call, serviceByPrefix, sitAt } from './queue-pages.ts';
import { cancelTodaysBookings, CountedKeys, tokenOf } from './reception-pages.ts';

/**
 * Taking an item in, as the desk does it: from the ticket at the counter (J), the condition check
 * with a photo, the customer's signature drawn with the mouse; a returning customer in few actions;
 * a missing signature named.
 */

const SHOTS = '/tmp/shots';
test.slow();

/** A photo from a file: the app's icon, which the console redraws as a JPEG before sending. */
const PHOTO = 'build/icon.png';

/** Chooses the customer's first item in the asset box. */
async function chooseAsset(page: Page, label: RegExp): Promise<void> {
  await page.getByTestId('asset-select').click();
  await page.getByRole('option', { name: label }).click();
}

test('from the called ticket at the counter: J opens the intake with the customer, condition check with a photo, drawn signature, saved with its number', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  // The demo may have booked Jordan today, depending on the hour it was loaded.
  await cancelTodaysBookings(url, await tokenOf(page));
  const [jordan] = await call<{ id: number }[]>(page, url, 'customers.search', { q: 'Jordan Lee' });
  const repair = await serviceByPrefix(page, url, 'A');
  const { ticket } = await call<{ ticket: { id: number; number: string } }>(page, url, 'queue.issue', {
    serviceId: repair.id,
    customerId: jordan!.id,
    print: false,
  });
  await sitAt(page, 'Counter 1');
  await expect(page.locator('main [data-loading]')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('current-number')).toHaveText(ticket.number);
  await expect(page.locator('main [data-loading]')).toHaveCount(0);
  await page.keyboard.press('j');

  await expect(page.getByRole('heading', { name: 'Take an item in' })).toBeVisible();
  await expect(page.getByTestId('intake-source')).toHaveText('From the counter');
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Jordan Lee');
  await chooseAsset(page, /iPhone 13/);
  await page.getByTestId('intake-fault').fill('The screen went black after a drop');
  await page.getByRole('checkbox', { name: 'Charger' }).check();
  const screen = page.getByTestId('condition-screen');
  await screen.getByText('Damaged').click();
  await screen.getByPlaceholder('Note (where, how bad)').fill('Crack across the top left corner');
  await page.getByTestId('photo-screen-input').setInputFiles(PHOTO);
  await expect(screen.getByRole('img', { name: 'Photo 1' })).toBeVisible();
  await page.getByTestId('condition-rest-ok').click();
  await page.getByTestId('intake-passcode').fill('2580');
  await page.getByTestId('intake-add-line').click();
  await page.getByTestId('line-0-description').fill('Screen replacement');
  await page.getByTestId('line-0-price').fill('899');
  await expect(page.getByTestId('intake-estimate-total')).toContainText('899.00');
  await page.getByTestId('intake-deposit').fill('100');
  await sign(page);
  await page.getByTestId('intake-save').click();

  await expect(page.getByRole('heading', { name: 'Intake saved' })).toBeVisible();
  const number = page.getByTestId('intake-job-number');
  await expect(number).toHaveText(/^[A-Z]{1,4}\d{4}-\d{4,8}$/);
  const saved = await call<{ id: number }>(page, url, 'jobs.byNumber', { number: (await number.textContent())! });
  const job = await call<{
    source: { ticketId: number | null };
    condition: Record<string, { state: string; note: string }>;
    media: { kind: string; conditionKey: string | null; mime: string }[];
    estimateMinor: number;
    depositMinor: number;
    hasPasscode: boolean;
  }>(page, url, 'jobs.get', { jobId: saved.id });
  expect(job.source.ticketId).toBe(ticket.id);
  expect(job.condition.screen).toEqual({ state: 'damaged', note: 'Crack across the top left corner' });
  expect(job.estimateMinor).toBe(89900);
  expect(job.depositMinor).toBe(10000);
  expect(job.hasPasscode).toBe(true);
  expect(job.media.some((m) => m.kind === 'signature')).toBe(true);
  // The photo goes once the job exists: wait for it to be on the job.
  await expect
    .poll(async () => (await call<typeof job>(page, url, 'jobs.get', { jobId: saved.id })).media.filter((m) => m.kind === 'photo'))
    .toEqual([expect.objectContaining({ conditionKey: 'screen', mime: 'image/jpeg' })]);
  expect(watch.problems).toEqual([]);
});

test('a returning customer: found by the last four digits of the phone and taken in within 25 actions', async ({ page, demoStation }) => {
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  await page.goto(`${url}#/jobs/new`);
  await expect(page.getByRole('heading', { name: 'Take an item in' })).toBeVisible();
  await expect(page.getByTestId('customer-picker')).toBeFocused();

  let actions = 0;
  const act = async (step: () => Promise<void>) => {
    await step();
    actions++;
  };
  const keys = new CountedKeys(page);
  await keys.press('0', '1', '0', '4');
  const option = page.getByTestId('customer-option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Pat Kim');
  await keys.press('Enter');
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Pat Kim');
  await act(() => page.getByTestId('asset-select').click());
  await act(() => page.getByRole('option', { name: /Pixel 8/ }).click());
  await act(() => page.getByTestId('intake-fault').fill('Battery drains in two hours'));
  await act(() => page.getByTestId('condition-rest-ok').click());
  await act(() => sign(page));
  await act(() => page.getByTestId('intake-save').click());
  await expect(page.getByTestId('intake-job-number')).toBeVisible();
  expect(keys.count + actions).toBeLessThanOrEqual(25);
});

test('a missing signature is named under the pad, and nothing is saved until the customer signs', async ({ page, demoStation }) => {
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  const [pat] = await call<{ id: number }[]>(page, url, 'customers.search', { q: 'Pat Kim' });
  const before = await call<{ jobs: unknown[] }>(page, url, 'jobs.board', {});
  await page.goto(`${url}#/jobs/new?customer=${pat!.id}`);
  await expect(page.getByTestId('intake-source')).toHaveText('Walk-in');
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Pat Kim');
  await page.getByTestId('intake-save').click();
  await expect(page.getByText('Required.')).toBeVisible();
  await chooseAsset(page, /Pixel 8/);
  await page.getByTestId('intake-fault').fill('Does not charge');
  await page.getByTestId('condition-rest-ok').click();
  await page.getByTestId('intake-save').click();
  await expect(page.locator('[data-field="signature"]')).toContainText('The customer must sign.');
  expect((await call<{ jobs: unknown[] }>(page, url, 'jobs.board', {})).jobs).toHaveLength(before.jobs.length);
  await sign(page);
  await page.getByTestId('intake-save').click();
  await expect(page.getByTestId('intake-job-number')).toBeVisible();
});

test('the warranty pays for labour: covered lines at intake (Space toggles one) are left out of the estimate; the saved intake says how its ticket copies and label printed', async ({
  page,
  demoStation,
}) => {
  const tickets = await startFakePrinter('status');
  const labels = await startFakePrinter('status');
  try {
    const url = demoStation.url;
    const watch = watchConsole(page);
    await page.goto(url);
    await signIn(page, 'Alex Owner', '1111');
    await routeJobPrinting(page, url, tickets, labels);
    const [pat] = await call<{ id: number }[]>(page, url, 'customers.search', { q: 'Pat Kim' });
    await page.goto(`${url}#/jobs/new?customer=${pat!.id}`);
    await expect(page.getByTestId('customer-picker-chosen')).toContainText('Pat Kim');
    await chooseAsset(page, /Pixel 8/);
    await page.getByTestId('intake-fault').fill('Screen flickers');
    await page.getByTestId('condition-rest-ok').click();
    await page.getByTestId('intake-add-line').click();
    await page.getByTestId('line-0-description').fill('Fitting');
    await page.getByTestId('line-0-price').fill('100');
    await page.getByTestId('intake-add-line').click();
    await page.getByTestId('line-1-description').fill('Screen assembly');
    await page.getByTestId('line-1-price').fill('450');
    await page.locator('[data-field="lines.1"]').getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Part', exact: true }).click();
    // No warranty claimed yet: nothing can be the warranty's.
    await expect(page.getByTestId('line-0-covered')).toBeDisabled();
    await expect(page.getByTestId('intake-estimate-total')).toHaveText('Estimate: $550.00');

    // Staff decide the warranty covers it: the labour is the warranty's at once, the part is not.
    await page.getByTestId('intake-warranty-rule').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('intake-override').click();
    await page.getByRole('combobox', { name: 'Outcome decided' }).click();
    await page.getByRole('option', { name: 'In-warranty repair' }).click();
    await page.getByPlaceholder('Why (required)').fill('Known screen fault');
    await expect(page.getByTestId('line-0-covered')).toBeChecked();
    await expect(page.getByTestId('line-1-covered')).not.toBeChecked();
    await expect(page.getByTestId('intake-estimate-total')).toHaveText('Estimate: $450.00');
    await expect(page.getByTestId('intake-warranty-pays')).toHaveText('The warranty pays $100.00');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.getByTestId('intake-estimate-total').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/intake-covered-en.png` });
    // Space on a line's box: the part too, then not again.
    await page.getByTestId('line-1-covered').press('Space');
    await expect(page.getByTestId('intake-estimate-total')).toHaveText('Estimate: $0.00');
    await page.getByTestId('line-1-covered').press('Space');
    await expect(page.getByTestId('line-1-covered')).not.toBeChecked();
    await expect(page.getByTestId('intake-estimate-total')).toHaveText('Estimate: $450.00');
    await sign(page);
    await page.getByTestId('intake-save').click();

    // The summary follows each print job until it has printed, and on which printer.
    await expect(page.getByRole('heading', { name: 'Intake saved' })).toBeVisible();
    const status = (document: string) => page.locator(`[data-testid="print-status"][data-document="${document}"]`);
    await expect(status('customerCopy')).toHaveText("Customer's copy of the ticket printed · Ticket printer", { timeout: 15_000 });
    await expect(status('shopCopy')).toHaveText("Shop's copy of the ticket printed · Ticket printer", { timeout: 15_000 });
    await expect(status('deviceLabel')).toHaveText('Device label printed · Label printer', { timeout: 15_000 });
    await page.screenshot({ path: `${SHOTS}/intake-saved-printed-en.png` });
    const saved = await call<{ id: number }>(page, url, 'jobs.byNumber', {
      number: (await page.getByTestId('intake-job-number').textContent())!,
    });
    const job = await call<{ lines: { description: string; warrantyCovered: boolean }[]; owedMinor: number }>(page, url, 'jobs.get', {
      jobId: saved.id,
    });
    expect(job.lines.map((l) => [l.description, l.warrantyCovered])).toEqual([
      ['Fitting', true],
      ['Screen assembly', false],
    ]);
    expect(job.owedMinor).toBe(45_000);
    expect(watch.problems).toEqual([]);
  } finally {
    await tickets.close();
    await labels.close();
  }
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots at 1366x768 in ${locale}: the filled intake and the warranty's outcome`, async ({ browser }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate((language) => localStorage.setItem('frontdesk.language', language), locale);
      await page.reload();
      await signIn(page, locale === 'en' ? 'Riley Reception' : '张前台', '3333');
      const [customer] = await call<{ id: number }[]>(page, url, 'customers.search', { q: locale === 'en' ? 'Chris Wong' : '周八' });
      await page.goto(`${url}#/jobs/new?customer=${customer!.id}`);
      await expect(page.getByTestId('customer-picker-chosen')).toBeVisible();
      await page.getByTestId('asset-select').click();
      await page.getByRole('option').first().click();
      await page.getByTestId('intake-fault').fill(locale === 'en' ? 'Screen flickers, then goes black' : '屏幕闪烁后黑屏');
      const screen = page.getByTestId('condition-screen');
      await screen.getByText(locale === 'en' ? 'Damaged' : '有损').click();
      await page.getByTestId('photo-screen-input').setInputFiles(PHOTO);
      await page.getByTestId('condition-rest-ok').click();
      await page.getByTestId('intake-add-line').click();
      await page.getByTestId('line-0-description').fill(locale === 'en' ? 'Screen replacement' : '更换屏幕');
      await page.getByTestId('line-0-price').fill('899');
      await page.getByTestId('intake-warranty-rule').click();
      await page.getByRole('option').first().click();
      // The verdict in words before saving, with the dates it counted from.
      await expect(page.getByTestId('warranty-outcome')).toBeVisible();
      await sign(page);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.getByTestId('intake-fault').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/intake-filled-${locale}.png` });
      await page.getByTestId('signature-pad').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/intake-filled-lower-${locale}.png` });
      await page.getByTestId('intake-save').click();
      await expect(page.getByTestId('warranty-outcome')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/intake-saved-${locale}.png` });
      await context.close();
    } finally {
      await station.stop();
    }
  });
}
