import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sign } from './job-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { startStationProcess } from '../support/station-process.ts';

/**
 * The pickup from the keyboard: from the board, Shift+F5 opens it; a wrong last four is refused on the
 * field; the right one shows the job with what is owed; a manager's PIN marks it paid; the accessory
 * ticked back, the customer signs, Enter hands it over; the job page says delivered. And the job
 * page's "Hand over" (O) opens the pickup with the job's number filled in.
 */

const SHOTS = '/tmp/shots';

const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

/** The board's green column's card of the demo's ready job for Jamie Chen (周八 in Chinese): a camera repair, one case taken in. */
const readyCard = (page: Page, customer = 'Jamie Chen') =>
  page.getByTestId('column-ready').getByTestId('job-card').filter({ hasText: customer });

/** That job's number, read off the board. */
async function readyNumber(page: Page, customer = 'Jamie Chen'): Promise<string> {
  await page.keyboard.press('F5');
  const card = readyCard(page, customer);
  await expect(card).toHaveCount(1);
  return (await card.getAttribute('data-number')) ?? '';
}

test('pickup by keys from the board: wrong digits refused, the owed amount settled by a manager’s PIN, accessory back, signed, handed over', async ({
  page,
  demoStation,
}) => {
  test.setTimeout(90_000);
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  const number = await readyNumber(page);
  await expect(page.getByTestId('open-pickup')).toContainText('⇧F5');

  await settled(page);
  await page.keyboard.press('Shift+F5');
  await expect(page.getByRole('heading', { name: 'Pickup' })).toBeVisible();
  await page.getByTestId('pickup-number').fill(number);
  await page.getByTestId('pickup-last-four').fill('0000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pickup-verify')).toContainText('These are not the last four digits of any of this customer’s phones');

  // Jamie Chen's phone ends 0106.
  await page.getByTestId('pickup-last-four').fill('0106');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pickup-job-number')).toHaveText(number);
  await expect(page.getByTestId('pickup-summary')).toContainText('Verified: Job number and phone digits');
  const owed = page.getByTestId('pickup-owed');
  await expect(owed).toContainText('still owed');
  await expect(page.getByTestId('pickup-hand-over')).toBeDisabled();

  // A receptionist asks a manager: their PIN marks the job paid.
  await owed.getByRole('button', { name: 'Mark paid' }).click();
  const approval = page.getByRole('dialog', { name: "Manager's approval" });
  const approver = approval.getByRole('combobox', { name: 'Approved by' });
  const morgan = page.getByRole('option', { name: /Morgan Manager/ });
  await expect(async () => {
    if (!(await morgan.isVisible())) await approver.click();
    await morgan.click({ timeout: 2_000 });
    await expect(approver).toHaveValue(/Morgan Manager/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await approval.getByLabel("Approver's PIN").fill('2222');
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('pickup-settled')).toContainText('Marked paid by a manager');

  // Enter with nothing ticked and no signature: both are named, nothing is handed over.
  await page.getByTestId('pickup-job-number').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pickup-accessories')).toContainText('Mark every accessory as returned or missing');
  await expect(page.locator('[data-field="signature"]')).toContainText('The customer signs for the item');

  await sign(page);
  // The accessory ticked from the keyboard: Tab to it, Space, and Enter hands over from there.
  const returned = page.getByTestId('pickup-accessory').getByLabel('Returned');
  await returned.focus();
  await page.keyboard.press('Space');
  await expect(returned).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pickup-done')).toContainText(`${number} handed over`);
  await expect(page.getByTestId('pickup-done')).toContainText('No printer is chosen for delivery notes');

  await page.getByRole('button', { name: 'Open the job' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Delivered');
  await expect(page.getByTestId('job-trail')).toContainText('Riley Reception');
  expect(watch.problems).toEqual([]);
});

test('a ready job’s page offers Hand over (O): the pickup opens with its number, and still asks for the phone digits', async ({
  page,
  demoStation,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Morgan Manager', '2222');
  const number = await readyNumber(page);
  await readyCard(page).dblclick();
  await expect(page.getByTestId('job-number')).toHaveText(number);
  await settled(page);
  await page.keyboard.press('o');
  await expect(page.getByTestId('pickup-number')).toHaveValue(number);
  await expect(page.getByTestId('pickup-last-four')).toBeFocused();
  await page.keyboard.type('0106');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pickup-job-number')).toHaveText(number);
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the pickup in ${locale}`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const zh = locale === 'zh-CN';
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '李经理' : 'Morgan Manager', '2222');
      const number = await readyNumber(page, zh ? '周八' : 'Jamie Chen');
      await settled(page);
      await page.keyboard.press('Shift+F5');
      await page.getByTestId('pickup-number').fill(number);
      await page.screenshot({ path: `${SHOTS}/jobs-pickup-verify-${locale}.png` });
      await page.getByTestId('pickup-last-four').fill(zh ? '9999' : '0106');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('pickup-owed')).toBeVisible();
      await page.getByTestId('pickup-accessory').getByRole('radio').last().check();
      await page.getByTestId('pickup-accessory-note').fill(zh ? '客户说留在家里' : 'Left at home, the customer says');
      await page.screenshot({ path: `${SHOTS}/jobs-pickup-owed-${locale}.png`, fullPage: true });
      await page.getByTestId('pickup-mark-paid').click();
      await expect(page.getByTestId('pickup-settled')).toBeVisible();
      await page.getByTestId('pickup-missing-confirm').check();
      await sign(page);
      await page.getByTestId('pickup-hand-over').click();
      await expect(page.getByTestId('pickup-done')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/jobs-pickup-done-${locale}.png` });
    } finally {
      await station.stop();
    }
  });
}
