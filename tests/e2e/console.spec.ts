import { test, expect } from './fixtures.ts';
import { header, nav, signIn, watchConsole } from './console-pages.ts';
import { call } from './queue-pages.ts';

test('the command palette opens with Ctrl+K, finds screens and actions, and navigates', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');

  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Go to a screen or run a command…' });
  await expect(search).toBeFocused();
  await search.fill('audit');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();

  // An action: "Add staff" opens the form; a taken name is marked on the name field.
  await page.keyboard.press('Control+k');
  await search.fill('add staff');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await form.getByLabel('Name').fill('Morgan Manager');
  await form.getByRole('textbox', { name: 'PIN', exact: true }).fill('8642');
  await form.getByLabel('PIN again').fill('8642');
  await form.getByRole('button', { name: 'Add staff' }).click();
  await expect(form.getByText('Another active staff member already has this name.')).toBeVisible();
  await form.getByLabel('Name').fill('Jamie New');
  await form.getByRole('button', { name: 'Add staff' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('staff-row').filter({ hasText: 'Jamie New' })).toContainText('Reception');
  expect(watch.problems).toEqual([]);
});

test('function keys open screens; placeholders say plainly what is coming', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Casey Cashier', '4444');
  // A cashier's console opens on the till.
  await expect(page).toHaveURL(/#\/cashier$/);
  await page.keyboard.press('F7');
  await expect(page).toHaveURL(/#\/handover$/);
  await expect(page.getByRole('heading', { name: 'Handover' })).toBeVisible();
  await expect(page.getByText('What this screen will hold')).toBeVisible();
  await expect(page.getByText('Notes, and the names of both staff members on the record')).toBeVisible();
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  // A cashier has no audit log: F10 does nothing, the address falls back to the first screen.
  await page.keyboard.press('F10');
  await expect(page).toHaveURL(/#\/handover$/);
  await page.goto(`${demoStation.url}#/audit`);
  await expect(page).toHaveURL(/#\/cashier$/);
});

test('the language switch shows the console in Chinese', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '现在谁在前台？' })).toBeVisible();
  await signIn(page, 'Morgan Manager', '2222');
  await expect(header(page)).toContainText('经理');
  await expect(nav(page).getByText('接待')).toBeVisible();
  await expect(nav(page).getByText('操作日志')).toBeVisible();
  await expect(page.getByRole('heading', { name: '前台接待' })).toBeVisible();
  await expect(page.getByTestId('connection')).toHaveText('已连接');
  await page.keyboard.press('F9');
  await expect(page.getByRole('tab', { name: '门店信息' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '备份' })).toBeVisible();
  // The choice sticks on this computer after a reload, and switches back.
  await page.reload();
  await expect(nav(page).getByText('设置')).toBeVisible();
  await header(page).getByText('English', { exact: true }).click();
  await expect(nav(page).getByText('Settings')).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('the audit log lists changes newest first and shows a change field by field', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/security`);
  await page.getByLabel('Lock an account after five wrong PINs for').fill('20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.keyboard.press('F10');
  const first = page.getByTestId('audit-row').first();
  await expect(first).toContainText('Settings changed');
  await expect(first).toContainText('Alex Owner');
  await first.click();
  const diff = page.getByTestId('audit-diff');
  const changed = diff.locator('tr[data-changed]');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Lockout after wrong PINs (minutes)');
  await expect(changed).not.toContainText('lockoutMinutes');
  await expect(changed).toContainText('15');
  await expect(changed).toContainText('20');

  await page.getByRole('combobox', { name: 'Record type' }).click();
  await page.getByRole('option', { name: 'Customer' }).click();
  await expect(page.getByTestId('audit-row')).toHaveCount(6);
  await expect(page.getByTestId('audit-row').first()).toContainText('Customer added');

  // The action filter lists the labelled actions; a chosen one matches itself only.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Action' }).fill('Settings');
  await page.getByRole('option', { name: 'Settings changed' }).click();
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  await expect(page.getByTestId('audit-row').first()).toContainText('Settings changed');
});

test('the header says so when the station cannot be reached', async ({ page, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Morgan Manager', '2222');
  const connection = page.getByTestId('connection');
  await expect(connection).toHaveAttribute('data-state', 'connected');
  await demoStation.stop();
  await expect(connection).toHaveAttribute('data-state', 'offline');
  await expect(connection).toHaveText('Offline');
});

test('a screen whose code cannot be fetched says so in its place, keeps the console, and opens on Try again', async ({
  page,
  demoStation,
}) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Morgan Manager', '2222');
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  // The station drops out just as the Customers screen's code is fetched.
  await page.route(/\/assets\/CustomersScreen-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
  await page.keyboard.press('F4');
  const failed = page.getByTestId('screen-failed');
  await expect(failed).toContainText('This screen could not be opened.');
  await expect(page.getByTestId('connection')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Customers' })).toHaveCount(0);
  await page.unroute(/\/assets\/CustomersScreen-[^/]*\.js$/);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(failed).toHaveCount(0);
});

test('the customer display (#/display) needs no sign-in and shows nothing private', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  await page.goto(`${demoStation.url}#/display`);
  // An unpaired browser asks for a pairing code, worded in the store's language.
  const display = page.getByTestId('display-pairing');
  await expect(display).toContainText('Demo Phone Repair');
  await expect(display).toContainText('Pair this display');
  await expect(page.getByTestId('staff-tile')).toHaveCount(0);
  await expect(page.getByText(/1111|PIN/)).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});

test('each screen is its own chunk: sign-in and the first screen load without the others', async ({ page, demoStation }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  const loaded = (chunk: string) => scripts.some((p) => p.includes(`/assets/${chunk}-`));
  await page.goto(demoStation.url);
  await expect(page.getByRole('heading', { name: 'Who is at the desk?' })).toBeVisible();
  expect(loaded('Console')).toBe(false);
  await signIn(page, 'Alex Owner', '1111');
  await expect(page.getByRole('heading', { name: 'Reception' })).toBeVisible();
  expect(loaded('ReceptionScreen')).toBe(true);
  for (const other of ['AppointmentsScreen', 'CustomersScreen', 'SettingsScreen', 'AuditScreen', 'CounterScreen'])
    expect(loaded(other), `${other} was loaded before it was opened`).toBe(false);
  await page.keyboard.press('F3');
  await expect(page).toHaveURL(/#\/appointments$/);
  await expect.poll(() => loaded('AppointmentsScreen')).toBe(true);
});

test('the command palette lists customers as you type: phone digits, a name, pinyin initials (zs finds 张三); Enter opens their page', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  const search = page.getByRole('textbox', { name: 'Go to a screen or run a command…' });
  const customer = (name: string) => page.locator('.mantine-Spotlight-action').filter({ hasText: name });

  // The last four digits of a phone: the customer, with the phone, opened with Enter.
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('0104');
  await expect(customer('Pat Kim')).toContainText('+1 415 555 0104');
  await expect(customer('Pat Kim')).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/customers\/\d+$/);
  await expect(page.getByTestId('customer-name')).toHaveText('Pat Kim');

  // A name; screens and commands still come first when they match.
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('jamie');
  await expect(customer('Jamie Chen')).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Jamie Chen');
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('settings');
  await expect(page.locator('.mantine-Spotlight-action').first()).toContainText('Go to Settings');

  // Pinyin initials of a Chinese name.
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await call(page, demoStation.url, 'customers.create', { name: '张三', phones: ['13800138000'] });
  await page.keyboard.press('Control+k');
  // Keys typed before the search box has focus would go to the page: wait for it.
  await expect(search).toBeFocused();
  await page.keyboard.type('zs');
  await expect(customer('张三')).toContainText('138 0013 8000');
  await expect(customer('张三')).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('张三');
  expect(watch.problems).toEqual([]);
});
