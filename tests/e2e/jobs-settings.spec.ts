import fs from 'node:fs';
import { format } from 'date-fns/format';
import { subMonths } from 'date-fns/subMonths';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { call } from './queue-pages.ts';

/**
 * Settings, Jobs: a manager changes what intake requires, a checklist and a warranty period, and intake
 * really works by them; a receptionist has no such tab; a bad value is named on its field and not saved.
 */

test.slow();

const SHOTS = '/tmp/shots-jobsettings';
const CARDS = ['intake', 'numbers', 'terms', 'condition', 'accessories', 'faults', 'stale', 'warranty'];

type Verdict = { outcome: string };
type Settings = { numberPrefix: string; conditionChecklist: { key: string }[]; required: { signature: boolean } };

/** Settings, Jobs, once its cards have loaded. */
async function openJobsSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/settings/jobs`);
  // A shared machine can be slow to answer the first reads.
  await expect(page.getByTestId('jobs-settings-intake')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('main [data-loading]')).toHaveCount(0);
}

async function saveCard(page: Page, card: string): Promise<void> {
  // This card's own save answered (an earlier card's notification may still be showing).
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/jobs.settings.set') && r.status() === 200, { timeout: 20_000 });
  await page.getByTestId(`jobs-settings-${card}`).getByRole('button', { name: 'Save' }).click();
  await saved;
  await expect(page.getByText('Jobs settings saved.').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId(`jobs-settings-${card}`).getByRole('button', { name: 'Save' })).toBeDisabled();
}

test('a manager drops the intake signature, adds a condition item and lengthens the handset warranty: intake works by all three', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Morgan Manager', '2222');
  // A phone bought 18 months ago with its invoice: past the preset's 12 months, within 24.
  const customer = await call<{ id: number }>(page, url, 'customers.create', { name: 'Lee Warranty', phones: ['+1 415 555 0199'] });
  const asset = await call<{ id: number }>(page, url, 'assets.save', {
    customerId: customer.id,
    kind: 'device',
    brand: 'Apple',
    model: 'iPhone 14',
    imei: '356938035643809',
    purchaseDate: format(subMonths(new Date(), 18), 'yyyy-MM-dd'),
    proof: 'invoice',
  });
  const preview = {
    customerId: customer.id,
    assetId: asset.id,
    condition: {},
    mileageKm: null,
    warranty: { category: 'phone', part: 'handset', answers: [] },
  };
  expect((await call<Verdict>(page, url, 'jobs.warrantyPreview', preview)).outcome).toBe('outOfWarranty');

  await openJobsSettings(page, url);
  const intake = page.getByTestId('jobs-settings-intake');
  await expect(intake.getByRole('button', { name: 'Save' })).toBeDisabled();
  const signature = intake.getByRole('switch', { name: 'Signature at intake' });
  await signature.uncheck({ force: true });
  await expect(signature).not.toBeChecked();
  await saveCard(page, 'intake');

  const condition = page.getByTestId('jobs-settings-condition');
  await condition.getByTestId('condition-add').click();
  const added = condition.getByTestId('condition-row').last();
  await added.getByRole('textbox', { name: /Chinese name/ }).fill('后盖');
  await added.getByRole('textbox', { name: /English name/ }).fill('Back cover');
  await expect(added.getByTestId('condition-code')).toHaveText('Code: backCover');
  await saveCard(page, 'condition');

  const warranty = page.getByTestId('jobs-settings-warranty');
  await warranty.getByRole('button', { name: 'Edit: Handset' }).click();
  const dialog = page.getByTestId('rule-dialog');
  await dialog.getByRole('textbox', { name: 'Length' }).fill('24');
  await dialog.getByTestId('rule-apply').click();
  await expect(dialog).toBeHidden();
  await expect(warranty.getByTestId('warranty-rule-row').filter({ hasText: 'Handset' })).toContainText('24 months');
  await saveCard(page, 'warranty');

  const saved = await call<Settings>(page, url, 'jobs.settings.get', {});
  expect(saved.required.signature).toBe(false);
  expect(saved.conditionChecklist.at(-1)).toEqual({ key: 'backCover', nameZh: '后盖', nameEn: 'Back cover', appliesTo: ['device'] });

  // Intake: the new item is on the check, the handset is in warranty, and no signature is asked for.
  await page.goto(`${url}#/jobs/new?customer=${customer.id}`);
  // The intake screen's first load (its own chunk and reads) can be slow on a busy shared machine.
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Lee Warranty', { timeout: 30_000 });
  await page.getByTestId('asset-select').click();
  await page.getByRole('option', { name: /iPhone 14/ }).click();
  await expect(page.getByTestId('condition-backCover')).toContainText('Back cover');
  await page.getByTestId('intake-fault').fill('Does not charge');
  await page.getByTestId('condition-rest-ok').click();
  await page.getByTestId('intake-warranty-rule').click();
  await page.getByRole('option', { name: 'Handset' }).click();
  await expect(page.getByTestId('warranty-outcome')).toContainText('In-warranty repair');
  await page.getByTestId('intake-save').click();
  await expect(page.getByRole('heading', { name: 'Intake saved' })).toBeVisible();
  const job = await call<{ condition: Record<string, { state: string }>; warranty: { outcome: string } | null }>(
    page,
    url,
    'jobs.byNumber',
    {
      number: (await page.getByTestId('intake-job-number').textContent())!,
    },
  );
  expect(job.condition.backCover?.state).toBe('ok');
  expect(watch.problems).toEqual([]);
});

test('a receptionist has no Jobs tab in Settings', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await page.goto(`${demoStation.url}#/settings`);
  await expect(page.getByRole('tab', { name: 'Printers' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Jobs' })).toHaveCount(0);
});

test('a bad job-number prefix and a nameless checklist item are named on their fields and nothing is saved', async ({
  page,
  demoStation,
}) => {
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Morgan Manager', '2222');
  await openJobsSettings(page, url);
  const numbers = page.getByTestId('jobs-settings-numbers');
  await expect(page.getByTestId('jobs-next-number')).toHaveText(/^J\d{4}-\d{6}$/);
  const prefix = numbers.getByRole('textbox', { name: 'Prefix' });
  await prefix.fill('JB');
  // The next number follows the prefix as it is typed.
  await expect(page.getByTestId('jobs-next-number')).toHaveText(/^JB\d{4}-\d{6}$/);
  await prefix.fill('J2');
  await numbers.getByRole('button', { name: 'Save' }).click();
  await expect(numbers.getByText('1 to 4 capital letters.', { exact: true }).last()).toBeVisible();
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');

  // An item with no name in either language: named on its row.
  const condition = page.getByTestId('jobs-settings-condition');
  await condition.getByTestId('condition-add').click();
  await condition.getByRole('button', { name: 'Save' }).click();
  const blank = condition.getByTestId('condition-row').last();
  await expect(blank.getByText('Enter the name in Chinese or in English (one is enough).').first()).toBeVisible();
  await expect(blank.getByRole('textbox', { name: /Chinese name/ })).toHaveAttribute('aria-invalid', 'true');

  const saved = await call<Settings>(page, url, 'jobs.settings.get', {});
  expect(saved.numberPrefix).toBe('J');
  expect(saved.conditionChecklist).toHaveLength(10);
  await expect(page.getByText('Jobs settings saved.')).toHaveCount(0);
});

/** Scrolls the page so the element's top sits just below the header, and takes the screen. */
async function shoot(page: Page, testId: string, file: string): Promise<void> {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const box = await page.getByTestId(testId).boundingBox();
  await page.evaluate(`window.scrollBy(0, ${Math.round((box?.y ?? 0) - 80)})`);
  await page.screenshot({ path: `${SHOTS}/${file}.png` });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots at 1366x768 in ${locale}: every card of the Jobs settings and a warranty rule`, async ({ browser }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      const page = await context.newPage();
      await page.goto(station.url);
      await page.evaluate((language) => localStorage.setItem('frontdesk.language', language), locale);
      await page.reload();
      await signIn(page, locale === 'en' ? 'Morgan Manager' : '李经理', '2222');
      await openJobsSettings(page, station.url);
      await expect(page.getByTestId('jobs-next-number')).toHaveText(/\d{6}$/);
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const card of CARDS) await shoot(page, `jobs-settings-${card}`, `${card}-${locale}`);
      await shoot(page, 'warranty-triggers', `triggers-${locale}`);
      await page.getByTestId('warranty-rule-row').nth(6).getByRole('button').click();
      await expect(page.getByTestId('rule-dialog')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/rule-dialog-${locale}.png` });
      await context.close();
    } finally {
      await station.stop();
    }
  });
}
