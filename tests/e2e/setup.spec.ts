import { test, expect } from './fixtures.ts';
import { header, nav, signIn, staffTile, watchConsole } from './console-pages.ts';

test('first-run setup through the form, then the new admin signs in', async ({ page, station }) => {
  const watch = watchConsole(page);
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Frontdesk' })).toBeVisible();

  // Step 1: the shop. Focus starts in the name field.
  await expect(page.getByLabel('Shop name')).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Required.')).toBeVisible();
  await page.getByLabel('Shop name').fill('Lakeside Phone Repair');
  await page.getByLabel('Address').fill('1 Lake Road');
  await page.getByLabel('Phone').fill('021-5555-0101');
  await page.getByRole('textbox', { name: 'Tax rate' }).fill('6');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: the first admin; the PIN typed twice must match.
  await page.getByLabel('Your name').fill('Wang Owner');
  await page.getByRole('textbox', { name: 'PIN', exact: true }).fill('2468');
  await page.getByLabel('PIN again').fill('2469');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('The two PINs are not the same.')).toBeVisible();
  await page.getByLabel('PIN again').fill('2468');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: check what will be saved: the rate was typed as a percentage.
  await expect(page.getByRole('cell', { name: 'Lakeside Phone Repair' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /6\.00%/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Asia/Shanghai' })).toBeVisible();
  await page.getByRole('button', { name: 'Create my shop' }).click();

  // Sign-in: the only staff member is the admin just created.
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();
  await expect(page.getByTestId('store-name')).toHaveText('Lakeside Phone Repair');
  await expect(staffTile(page, 'Wang Owner')).toHaveCount(1);
  await signIn(page, 'Wang Owner', '2468');
  await expect(header(page)).toContainText('Lakeside Phone Repair');
  await expect(header(page)).toContainText('Admin');
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  await expect(nav(page).getByText('Audit log')).toBeVisible();

  // The profile was stored as sent: 6% is 600 basis points, shown back as 6%.
  await page.keyboard.press('F9');
  await expect(page.getByRole('tab', { name: 'Store profile' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Tax rate' })).toHaveValue('6%');
  expect(watch.problems).toEqual([]);
});

test('the demo store loads from the first-run choice and shows its PINs', async ({ page, station }) => {
  const watch = watchConsole(page);
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Try the demo store' }).click();
  const confirm = page.getByRole('dialog', { name: 'Load the demo store?' });
  await confirm.getByRole('button', { name: 'Load the demo store' }).click();

  const ready = page.getByRole('dialog', { name: 'The demo store is ready' });
  await expect(ready.getByTestId('demo-staff').getByRole('row')).toHaveCount(6);
  await expect(ready.getByRole('row', { name: /Morgan Manager.*2222/ })).toBeVisible();
  await ready.getByRole('button', { name: 'Go to sign-in' }).click();

  await expect(page.getByTestId('store-name')).toHaveText('Demo Phone Repair');
  await expect(page.getByTestId('demo-pins')).toContainText('Reception 3333');
  await signIn(page, 'Riley Reception', '3333');
  await expect(page.getByTestId('demo-badge')).toHaveText('DEMO');
  // A receptionist sees no audit log.
  await expect(nav(page).getByText('Reception')).toBeVisible();
  await expect(nav(page).getByText('Audit log')).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});
