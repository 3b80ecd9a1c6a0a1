import { test, expect } from './fixtures.ts';
import { enterPin, header, signIn, staffTile, watchConsole } from './console-pages.ts';

test('a staff member signs in with the on-screen PIN pad', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await staffTile(page, 'Casey Cashier').click();
  for (const digit of ['4', '4', '4', '4']) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Delete last digit' }).click();
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', '3');
  await page.getByRole('button', { name: '4', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-staff')).toContainText('Casey Cashier');
  await expect(header(page)).toContainText('Demo Phone Repair');
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  expect(watch.problems).toEqual([]);
});

test('five wrong PINs lock the account, and the right PIN is refused while it is locked', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  for (let left = 4; left >= 1; left--) {
    await enterPin(page, 'Taylor Tech', '9999');
    await expect(page.getByTestId('signin-error')).toHaveText(`Wrong PIN. ${left} more wrong tries lock the account.`);
  }
  await enterPin(page, 'Taylor Tech', '9999');
  await expect(page.getByTestId('signin-error')).toContainText('Too many wrong PINs: this account is locked until');
  await expect(staffTile(page, 'Taylor Tech')).toContainText('Locked until');

  await enterPin(page, 'Taylor Tech', '5555');
  await expect(page.getByTestId('signin-error')).toContainText('locked until');
  await expect(page.getByTestId('current-staff')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();
});

test('switching user: lock with Ctrl+L, the next person signs in and the header shows them', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('lock-screen')).toContainText('Alex Owner locked it.');
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();

  await signIn(page, 'Riley Reception', '3333');
  await expect(page.getByTestId('current-staff')).toContainText('Riley Reception');
  await expect(page.getByTestId('current-staff')).not.toContainText('Alex Owner');

  // The Lock button does the same; the manager then sees Alex's session ended in the audit log.
  await header(page).getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  await signIn(page, 'Morgan Manager', '2222');
  await page.keyboard.press('F10');
  await page.getByRole('combobox', { name: 'Action' }).fill('Signed out');
  await page.getByRole('option', { name: 'Signed out' }).click();
  const rows = page.getByTestId('audit-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Alex Owner' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Riley Reception' })).toHaveCount(1);
});
