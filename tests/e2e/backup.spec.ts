import { test, expect } from './fixtures.ts';
import { header, signIn, watchConsole } from './console-pages.ts';

test('"Back up now" saves a backup that appears in the list', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/backups`);
  const list = page.getByTestId('backup-list');
  await expect(list.getByTestId('backup-row').first()).toBeVisible();
  await expect(list.getByTestId('backup-row').filter({ hasText: 'By hand' })).toHaveCount(0);

  // "Back up now" from the command palette runs the backup on the Backups tab.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: 'Go to a screen or run a command…' })).toBeFocused();
  await page.keyboard.type('back up now');
  await page.keyboard.press('Enter');
  const saved = page.getByText(/^Backup saved: /);
  await expect(saved).toBeVisible();
  const file = (await saved.textContent())?.replace('Backup saved: ', '').trim() ?? '';
  const name = file.split('/').pop() ?? '';
  expect(name).toMatch(/^frontdesk-manual-\d{8}-\d{6}-\d{3}[+-]\d{4}\.sqlite$/);
  await expect(list.getByTestId('backup-row').filter({ hasText: name })).toContainText('By hand');
  expect(watch.problems).toEqual([]);
});

test('restore: an earlier backup comes back with a manager approval, and everyone signs in again', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');

  // A backup while the shop is still called "Demo Phone Repair".
  await page.goto(`${demoStation.url}#/settings/backups`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  const saved = page.getByText(/^Backup saved: /);
  await expect(saved).toBeVisible();
  const file = (await saved.textContent())?.replace('Backup saved: ', '').trim() ?? '';
  expect(file).toContain('frontdesk-manual-');

  // A folder outside the data folder and the approved ones is refused on the field, in words.
  const folder = page.getByLabel('Folder on the station computer', { exact: true });
  await folder.fill('../../etc');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('This folder is outside the data folder and the folders an admin approved')).toBeVisible();
  await folder.fill('');

  // Rename the shop.
  await page.getByRole('tab', { name: 'Store profile' }).click();
  await page.getByLabel('Shop name').fill('Renamed Repair');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(header(page)).toContainText('Renamed Repair');

  // Restore the backup from its path: inspection first.
  await page.getByRole('tab', { name: 'Backups' }).click();
  await page.getByLabel('Or a backup file on the station computer').fill(file);
  await page.getByRole('button', { name: 'Check this file' }).click();
  const inspection = page.getByRole('dialog', { name: 'Restore from this backup?' });
  await expect(inspection.getByTestId('backup-inspection')).toContainText('Demo Phone Repair');
  await expect(inspection).toContainText('The backup is whole and can be restored.');
  await inspection.getByRole('button', { name: 'Continue to approval' }).click();

  // The manager approves; a wrong PIN first shows on the PIN field.
  const approval = page.getByRole('dialog', { name: "Manager's approval" });
  // The pick is checked before going on: a list that re-renders as it opens can drop the click.
  const approver = approval.getByRole('combobox', { name: 'Approved by' });
  const morgan = page.getByRole('option', { name: /Morgan Manager/ });
  await expect(async () => {
    if (!(await morgan.isVisible())) await approver.click();
    await morgan.click({ timeout: 2_000 });
    await expect(approver).toHaveValue(/Morgan Manager/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await approval.getByLabel("Approver's PIN").fill('1234');
  await approval.getByRole('button', { name: 'Restore' }).click();
  await expect(approval).toContainText('Wrong PIN. 4 more wrong tries lock the account.');
  await expect(header(page)).toContainText('Renamed Repair');
  await approval.getByLabel("Approver's PIN").fill('2222');
  await approval.getByRole('button', { name: 'Restore' }).click();

  // Every session ended: back to sign-in, and the old name is back.
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();
  await expect(page.getByText(/The store was restored from/)).toBeVisible();
  await expect(page.getByTestId('store-name')).toHaveText('Demo Phone Repair');
  await signIn(page, 'Alex Owner', '1111');
  await expect(header(page)).toContainText('Demo Phone Repair');
  expect(watch.problems).toEqual([]);
});
