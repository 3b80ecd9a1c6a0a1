import { test, expect } from './fixtures.ts';
import { enterPin, header, signIn, staffTile, watchConsole } from './console-pages.ts';

test('staff: the last admin cannot lose the role, and the error sits on the role field', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/staff`);
  await page.getByRole('button', { name: 'Edit: Alex Owner' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Alex Owner' });
  await form.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: /^Manager/ }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('The store must keep at least one active admin.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('staff-row').filter({ hasText: 'Alex Owner' })).toContainText('Admin');
  expect(watch.problems).toEqual([]);
});

test('a manager unlocks a locked account from Settings, and the admin resets a PIN', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  for (let i = 0; i < 5; i++) await enterPin(page, 'Taylor Tech', '0000');
  await expect(staffTile(page, 'Taylor Tech')).toContainText('Locked until');

  await signIn(page, 'Morgan Manager', '2222');
  await page.goto(`${demoStation.url}#/settings/staff`);
  const row = page.getByTestId('staff-row').filter({ hasText: 'Taylor Tech' });
  await expect(row).toContainText('Locked until');
  await row.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Taylor Tech can sign in again.')).toBeVisible();
  await expect(row).toContainText('Active');
  // A manager sees staff but may not change them.
  await expect(page.getByRole('button', { name: 'Add staff' })).toHaveCount(0);

  await header(page).getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/staff`);
  await page.getByRole('button', { name: 'Reset PIN: Taylor Tech' }).click();
  const reset = page.getByRole('dialog', { name: 'Reset the PIN of Taylor Tech' });
  await reset.getByRole('textbox', { name: 'New PIN', exact: true }).fill('7777');
  await reset.getByRole('textbox', { name: 'New PIN again' }).fill('7777');
  await reset.getByRole('button', { name: 'Reset PIN' }).click();
  await expect(page.getByText('The PIN of Taylor Tech was reset.')).toBeVisible();

  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  await enterPin(page, 'Taylor Tech', '5555');
  await expect(page.getByTestId('signin-error')).toContainText('Wrong PIN');
  await enterPin(page, 'Taylor Tech', '7777');
  await expect(page.getByTestId('current-staff')).toContainText('Taylor Tech');
});

test('my PIN: the current PIN is checked on its field, then the new one signs in', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await page.goto(`${demoStation.url}#/settings/myPin`);
  await page.getByRole('textbox', { name: 'Current PIN' }).fill('0000');
  await page.getByRole('textbox', { name: 'New PIN', exact: true }).fill('1357');
  await page.getByRole('textbox', { name: 'New PIN again' }).fill('1357');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await expect(page.getByText('This PIN is wrong.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Current PIN' }).fill('3333');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await expect(page.getByText('Your PIN was changed.')).toBeVisible();
  // The lock screen opens with the new PIN.
  await page.keyboard.press('Control+l');
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await expect(page.getByTestId('current-staff')).toContainText('Riley Reception');
});

test('station: where the data lives, and the LAN switch is an admin-only setting', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Casey Cashier', '4444');
  await page.goto(`${demoStation.url}#/settings/station`);
  await expect(page.getByRole('row', { name: /Data folder/ })).toContainText(demoStation.dataDir);
  await expect(page.getByTestId('station-urls')).toContainText(demoStation.url);
  await expect(page.getByRole('switch', { name: 'Open the console to the shop network' })).toBeDisabled();
  // A cashier has no staff, security or backup tabs.
  await expect(page.getByRole('tab', { name: 'Station' })).toBeVisible();
  for (const hidden of ['Staff', 'Security', 'Backups']) await expect(page.getByRole('tab', { name: hidden })).toHaveCount(0);
});
