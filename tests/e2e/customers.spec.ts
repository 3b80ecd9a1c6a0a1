import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { startStationProcess } from '../support/station-process.ts';
import { openScreen } from './queue-pages.ts';
import { cancelTodaysBookings, tokenOf } from './reception-pages.ts';

const SHOTS = '/tmp/shots';

function searchBox(page: Page) {
  return page.getByTestId('customer-search');
}

function rows(page: Page) {
  return page.getByTestId('customer-row');
}

/** Types into the customers search box (clearing it first) and waits for the results to settle. */
async function search(page: Page, q: string): Promise<void> {
  await searchBox(page).fill(q);
  await expect(page.getByText(/\d+ match(es)?/)).toBeVisible();
}

test('customers: create one, find them by the last four digits and by pinyin initials, a phone already known warns, a bad IMEI is refused with the reason', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');

  // F4 opens the screen with the search box focused and the newest customers listed.
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await expect(rows(page)).toHaveCount(6);

  // Ctrl+N works while the search box has the focus.
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('张三丰');
  await dialog.getByRole('textbox', { name: 'Main phone' }).fill('139 8888-6666');
  await dialog.getByLabel('Tags').fill('vip');
  await dialog.getByLabel('Tags').press('Enter');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText('张三丰 was added.')).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveText('张三丰');
  await expect(page.getByTestId('customer-page').getByTestId('vip-badge').first()).toBeVisible();
  await expect(page.getByTestId('customer-phone')).toHaveText(['139 8888 6666']);

  // Back to the list; the last four digits find them, Enter opens the first match.
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await search(page, '6666');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('张三丰');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('张三丰');
  await page.keyboard.press('Escape');

  // Pinyin initials and full pinyin find the Chinese name; an English name by its start.
  await search(page, 'zs');
  await expect(rows(page).first()).toContainText('张三丰');
  await search(page, 'zhangsanf');
  await expect(rows(page).first()).toContainText('张三丰');
  await search(page, 'jord');
  await expect(rows(page).first()).toContainText('Jordan Lee');
  await search(page, 'qqqq');
  await expect(page.getByTestId('customer-search-empty')).toContainText('No customer matches “qqqq”.');

  // A phone Jordan Lee already has: the warning names them and opens them.
  await page.keyboard.press('Alt+n');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Jordan Twin');
  await dialog.getByRole('textbox', { name: 'Main phone' }).fill('+1 (415) 555-0101');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  const duplicate = page.getByRole('dialog', { name: 'This phone number is already known' });
  await expect(duplicate).toContainText('Jordan Lee already has this phone number.');
  // Escape goes back to the form (still open), with the phone marked.
  await page.keyboard.press('Escape');
  await expect(duplicate).toBeHidden();
  await expect(dialog.getByText('Another customer already has this phone number.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await duplicate.getByRole('button', { name: 'Open Jordan Lee' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('customer-name')).toHaveText('Jordan Lee');
  await expect(page.getByTestId('customer-phone')).toHaveText(['+1 415 555 0101']);

  // Jordan Lee brings another phone in: a wrong IMEI check digit is refused with the reason.
  await page.getByTestId('add-asset').click();
  const asset = page.getByRole('dialog', { name: 'Add a device or vehicle' });
  await asset.getByRole('textbox', { name: 'Brand' }).fill('Samsung');
  await asset.getByRole('textbox', { name: 'Model' }).fill('Galaxy A54');
  await asset.getByRole('textbox', { name: 'IMEI' }).fill('49015420323751 7');
  await asset.getByRole('textbox', { name: 'Serial number' }).click();
  await expect(asset.getByText('The check digit does not match: a digit or letter was probably mistyped.')).toBeVisible();
  await asset.getByRole('button', { name: 'Save' }).click();
  await expect(asset).toBeVisible();
  await asset.getByRole('textbox', { name: 'IMEI' }).fill('4901542032375');
  await expect(asset.getByText('An IMEI has 15 digits.')).toBeVisible();
  await asset.getByRole('textbox', { name: 'IMEI' }).fill('49-015420-323751-8');
  await expect(asset.getByText('An IMEI has 15 digits.')).toBeHidden();
  await asset.getByRole('button', { name: 'Save' }).click();
  await expect(asset).toBeHidden();
  const saved = page.getByTestId('asset-row').filter({ hasText: 'Galaxy A54' });
  await expect(saved).toContainText('IMEI 490154203237518');

  // A vehicle: a VIN with a wrong check character is refused, the right one saves.
  await page.getByTestId('add-asset').click();
  await asset.locator('label', { hasText: 'Vehicle' }).click();
  await asset.getByRole('textbox', { name: 'Brand' }).fill('Ford');
  await asset.getByRole('textbox', { name: 'Model' }).fill('Transit');
  await asset.getByRole('textbox', { name: 'Licence plate' }).fill('7abc 123');
  await asset.getByRole('textbox', { name: 'VIN' }).fill('1M8GDM9A1KP042788');
  await asset.getByRole('textbox', { name: 'Licence plate' }).click();
  await expect(asset.getByText('The check digit does not match: a digit or letter was probably mistyped.')).toBeVisible();
  await asset.getByRole('textbox', { name: 'VIN' }).fill('1M8GDM9AXKP042788');
  await asset.getByRole('button', { name: 'Save' }).click();
  await expect(asset).toBeHidden();
  await expect(page.getByTestId('asset-row').filter({ hasText: 'Transit' })).toContainText('7ABC123 · VIN 1M8GDM9AXKP042788');

  // The plate typed in the search finds the owner.
  await page.keyboard.press('Escape');
  await search(page, '7ABC123');
  await expect(rows(page).first()).toContainText('Jordan Lee');

  // Editing: Alt+E opens the form; a second phone is added and found by its last four digits.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Jordan Lee');
  await page.keyboard.press('Alt+e');
  const edit = page.getByRole('dialog', { name: 'Edit Jordan Lee' });
  await edit.getByRole('button', { name: 'Add a phone' }).click();
  await edit.getByRole('textbox', { name: 'Phone 2' }).fill('415.555.0177');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved Jordan Lee.')).toBeVisible();
  // A North American number typed as 415.555.0177 is stored as +1 and its ten digits.
  await expect(page.getByTestId('customer-phone')).toHaveText(['+1 415 555 0101', '+1 415 555 0177']);
  await page.keyboard.press('Escape');
  await search(page, '0177');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Jordan Lee');

  expect(watch.problems).toEqual([]);
});

test('the customer picker: Enter takes the first match, ↑ reaches "new customer", a new customer is created inline, a known phone opens its owner', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await page.keyboard.press('F1');
  const picker = page.getByTestId('customer-picker');
  const chosen = page.getByTestId('customer-picker-chosen');

  // Digits: the option list follows, Enter takes the first match.
  await picker.fill('0104');
  await expect(page.getByTestId('customer-option')).toHaveCount(1);
  await expect(page.getByTestId('customer-option')).toContainText('Pat Kim');
  await picker.press('Enter');
  await expect(chosen).toContainText('Pat Kim');
  await expect(chosen).toContainText('+1 415 555 0104');
  await chosen.getByRole('button', { name: 'Remove the customer' }).click();

  // A name nobody has: the last option creates the customer with that name filled in.
  await picker.fill('Alex Newcomer');
  await expect(page.getByText('No customer matches “Alex Newcomer”.')).toBeVisible();
  await page.getByTestId('customer-option-create').click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Alex Newcomer');
  await dialog.getByRole('textbox', { name: 'Main phone' }).fill('+1 415 555 0199');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog).toBeHidden();
  await expect(chosen).toContainText('Alex Newcomer');
  await chosen.getByRole('button', { name: 'Remove the customer' }).click();

  // Digits typed for a new customer go to the phone; a phone Chris Wong has opens Chris Wong.
  await picker.fill('+1 415 555 0103 ');
  await expect(page.getByTestId('customer-option')).toHaveCount(1);
  await expect(page.getByTestId('customer-option')).toContainText('Chris Wong');
  await picker.press('ArrowUp');
  await expect(page.getByTestId('customer-option-create')).toHaveAttribute('data-combobox-selected', 'true');
  await picker.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Main phone' })).toHaveValue('+1 415 555 0103');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Chris Again');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await page.getByRole('dialog', { name: 'This phone number is already known' }).getByRole('button', { name: 'Open Chris Wong' }).click();
  await expect(chosen).toContainText('Chris Wong');
  await expect(chosen.getByTestId('vip-badge')).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test("a customer's page takes a number for a chosen service with the customer on it, and books with the customer filled in", async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await cancelTodaysBookings(demoStation.url, await tokenOf(page));
  await openScreen(page, /Customers/);
  await search(page, 'Drew');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Drew Garcia');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Drew Garcia');

  await page.getByTestId('take-number').click();
  await page.getByRole('menuitem', { name: 'Pickup' }).click();
  await expect(page).toHaveURL(/#\/reception$/);
  const panel = page.getByTestId('issued-panel');
  await expect(panel.getByTestId('issued-number')).toHaveText(/^B\d{3}$/);
  await expect(panel).toContainText('For Drew Garcia');
  await expect(panel).toContainText('Pickup');
  const first = (await panel.getByTestId('issued-number').textContent())!;

  // Again from the page: Drew Garcia holds a number now, so reception asks before a second one.
  await page.goBack();
  await expect(page.getByTestId('customer-name')).toHaveText('Drew Garcia');
  await page.getByTestId('take-number').click();
  await page.getByRole('menuitem', { name: 'Repair intake' }).click();
  const ask = page.getByRole('dialog', { name: 'Drew Garcia is already here today' });
  await expect(ask.getByTestId('already-ticket')).toContainText(first);
  await ask.getByRole('button', { name: 'Issue another number anyway' }).click();
  await expect(panel.getByTestId('issued-number')).toHaveText(/^A\d{3}$/);
  await expect(panel).toContainText('For Drew Garcia');

  await page.goBack();
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  const book = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(book.getByTestId('customer-picker-chosen')).toContainText('Drew Garcia');
  expect(watch.problems).toEqual([]);
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the customers screen, a customer page and the dialogs in ${locale}`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const watch = watchConsole(page);
      const zh = locale === 'zh-CN';
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '张前台' : 'Riley Reception', '3333');
      await page.keyboard.press('F4');
      await expect(rows(page)).toHaveCount(6);
      await page.screenshot({ path: `${SHOTS}/customers-list-${locale}.png` });

      await searchBox(page).fill(zh ? 'zs' : '0103');
      await expect(rows(page)).toHaveCount(1);
      await page.screenshot({ path: `${SHOTS}/customers-search-${locale}.png` });

      // The customer with a VIP tag and a device, and a ticket in their history.
      const vip = zh ? '王五' : 'Chris Wong';
      await searchBox(page).fill(zh ? 'ww' : 'chris');
      await expect(rows(page).first()).toContainText(vip);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('customer-name')).toHaveText(vip);
      await page.getByTestId('history-appointments-tab').click();
      await expect(page.getByTestId('history-appointments-tab')).toHaveAttribute('aria-selected', 'true');
      await page.screenshot({ path: `${SHOTS}/customers-page-${locale}.png`, fullPage: true });

      await page.getByTestId('add-asset').click();
      const asset = page.getByTestId('asset-dialog');
      await asset.getByRole('textbox', { name: zh ? '品牌' : 'Brand' }).fill('Apple');
      await asset.getByRole('textbox', { name: zh ? '型号' : 'Model' }).fill('iPhone 15');
      await asset.getByRole('textbox', { name: 'IMEI' }).fill('356938035643808');
      await asset.getByRole('textbox', { name: zh ? '序列号' : 'Serial number' }).click();
      await expect(asset.getByText(zh ? '校验位不符，可能有数字或字母输错了。' : /check digit does not match/)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/customers-asset-bad-imei-${locale}.png` });
      // Escape closes the dialog only; the next one goes back to the list.
      await page.keyboard.press('Escape');
      await expect(asset).toBeHidden();
      await expect(page.getByTestId('customer-name')).toHaveText(vip);
      await page.keyboard.press('Escape');
      await expect(searchBox(page)).toBeFocused();
      await page.keyboard.press('Control+n');
      const dialog = page.getByTestId('customer-dialog');
      await dialog.getByRole('textbox', { name: zh ? '姓名' : 'Name' }).fill(zh ? '张小三' : 'Chris Twin');
      await dialog.getByRole('textbox', { name: zh ? '主要电话' : 'Main phone' }).fill(zh ? '13800138000' : '+1 415 555 0103');
      await page.screenshot({ path: `${SHOTS}/customers-new-${locale}.png` });
      await dialog.getByRole('button', { name: zh ? '创建顾客' : 'Create customer' }).click();
      await expect(page.getByRole('dialog', { name: zh ? '这个电话号码已登记过' : 'This phone number is already known' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/customers-duplicate-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
