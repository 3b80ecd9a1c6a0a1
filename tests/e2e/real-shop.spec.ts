import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { test, expect } from './fixtures.ts';
import { header, signIn, staffTile, watchConsole } from './console-pages.ts';

const SHOTS = '/tmp/shots';

/** The first-run form, filled in English as a new owner would. */
async function setUpShop(page: Page, shop: string, admin: string, pin: string): Promise<void> {
  await page.getByLabel('Shop name').fill(shop);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Your name').fill(admin);
  await page.getByRole('textbox', { name: 'PIN', exact: true }).fill(pin);
  await page.getByLabel('PIN again').fill(pin);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create my shop' }).click();
}

test('the demo is not a one-way door: the admin deletes it, sets up the real shop and signs in to a store without demo data', async ({
  page,
  demoStation,
}) => {
  // Two sign-ins, a store swap, first-run setup and the audit log's reader worker: longer than one screen's test.
  test.setTimeout(150_000);
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');

  // The DEMO badge leads an admin to the way out.
  await page.getByTestId('demo-badge').click();
  await expect(page.getByRole('tab', { name: 'Store profile' })).toHaveAttribute('aria-selected', 'true');
  const card = page.getByTestId('real-shop-card');
  await expect(card).toContainText('Ready for your real shop?');
  await card.getByRole('button', { name: 'Start my real shop' }).click();

  // The confirmation says exactly what goes, and asks for the demo's name.
  const dialog = page.getByRole('dialog', { name: 'Delete the demo and start your real shop' });
  const contents = dialog.getByTestId('demo-contents');
  await expect(contents.getByTestId('demo-count-customers')).toHaveText('Customers6');
  await expect(contents.getByTestId('demo-count-staff')).toHaveText('Staff members and their PINs5');
  await expect(contents.getByTestId('demo-count-services')).toHaveText('Services3');
  const go = dialog.getByRole('button', { name: 'Delete the demo and start setup' });
  await expect(go).toBeDisabled();
  const confirm = dialog.getByLabel(/Type the demo store's name to confirm/);
  await confirm.fill('Demo Phone');
  await expect(go).toBeDisabled();
  await confirm.fill('Demo Phone Repair');
  await expect(go).toBeEnabled();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/real-shop-confirm-en.png` });
  await go.click();

  // Everyone is signed out into first-run setup; nothing says the store was "restored".
  await expect(page.getByRole('heading', { name: 'Welcome to Frontdesk' })).toBeVisible();
  await expect(page.getByTestId('from-demo')).toHaveText(
    'The demo store is deleted. Set up your real shop below: its name and details, then your first admin.',
  );
  await expect(page.getByText('Store restored')).toHaveCount(0);
  await expect(page.getByLabel('Shop name')).toHaveValue('');
  await page.screenshot({ path: `${SHOTS}/real-shop-setup-en.png` });
  await setUpShop(page, 'Lakeside Phone Repair', 'Wang Owner', '2468');

  // The real shop's sign-in: only its admin; no demo staff, no DEMO badge.
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();
  await expect(page.getByTestId('store-name')).toHaveText('Lakeside Phone Repair');
  await expect(page.getByTestId('staff-tile')).toHaveCount(1);
  await expect(staffTile(page, 'Alex Owner')).toHaveCount(0);
  await signIn(page, 'Wang Owner', '2468');
  await expect(header(page)).toContainText('Lakeside Phone Repair');
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);

  // No demo customer is left.
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await page.getByTestId('customer-search').fill('Jordan');
  await expect(page.getByText('0 matches')).toBeVisible();
  await expect(page.getByTestId('customer-row')).toHaveCount(0);
  await page.getByTestId('customer-search').fill('');
  await expect(page.getByText('Newest customers')).toBeVisible();
  await expect(page.getByTestId('customer-row')).toHaveCount(0);

  // The new store's audit log begins with the wipe, by the demo's admin.
  await page.keyboard.press('F10');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  // The swap stopped the reader workers; the first heavy read starts a fresh one (seconds under tsx on a busy machine).
  await expect(page.getByTestId('audit-table').getByText('Demo store wiped for the real shop')).toBeVisible({ timeout: 30_000 });
  expect(watch.problems).toEqual([]);
});

test('the way out of the demo in Chinese: the card, the confirmation and the setup that follows', async ({ page }) => {
  const station = await startStationProcess({ args: ['--demo', '--locale', 'zh-CN'] });
  try {
    const watch = watchConsole(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${station.url}`);
    await signIn(page, '王店长', '1111');
    await page.goto(`${station.url}#/settings/profile`);
    const card = page.getByTestId('real-shop-card');
    await expect(card).toContainText('准备开设正式门店了吗？');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/real-shop-card-zh-CN.png` });
    await card.getByRole('button', { name: '开设正式门店' }).click();
    const dialog = page.getByRole('dialog', { name: '删除演示数据，开设正式门店' });
    await expect(dialog.getByTestId('demo-count-customers')).toHaveText('客户6');
    await dialog.getByLabel(/请输入演示门店的名称以确认/).fill('示例手机维修店');
    await page.screenshot({ path: `${SHOTS}/real-shop-confirm-zh-CN.png` });
    await dialog.getByRole('button', { name: '删除演示数据并开始设置' }).click();
    await expect(page.getByRole('heading', { name: '欢迎使用 Frontdesk 前台' })).toBeVisible();
    await expect(page.getByTestId('from-demo')).toContainText('演示门店已删除。');
    await page.screenshot({ path: `${SHOTS}/real-shop-setup-zh-CN.png` });
    expect(watch.problems).toEqual([]);
  } finally {
    await station.stop();
  }
});
