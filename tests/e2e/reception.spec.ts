import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { call, openScreen, routeQueueSlips, serviceByPrefix, slipText, tile } from './queue-pages.ts';
import { startFakePrinter } from '../integration/print-fake-printer.ts';

/** Edits one service in Settings › Queue through its dialog. */
async function editService(page: Page, prefix: string, fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: `Edit: ${prefix}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit service ${prefix}` });
  for (const [label, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: label }).fill(value);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Service ${prefix} saved.`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('reception: the letter key issues A001 with its confirmation, and the slip prints the number, the people ahead and the notice', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const printer = await startFakePrinter('status');
  try {
    await page.goto(demoStation.url);
    await signIn(page, 'Alex Owner', '1111');
    await routeQueueSlips(page, demoStation.url, printer);

    // The slip's notice, set in Settings › Queue (the box shows the standard notice until then).
    await page.goto(`${demoStation.url}#/settings/queue`);
    const notice = page.getByRole('textbox', { name: 'Printed at the foot of every queue slip' });
    await expect(notice).toHaveAttribute('placeholder', 'A missed number must take a new one');
    await notice.fill('Missed numbers must queue again');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Queue slip notice saved.')).toBeVisible();

    await openScreen(page, /Reception/);
    await expect(page.getByTestId('service-tile')).toHaveCount(3);
    await expect(tile(page, 'A')).toContainText('Repair intake');
    await expect(tile(page, 'A')).toContainText('0 waiting');

    // One key press: the number, large, with nobody ahead, and the slip printed.
    await page.keyboard.press('a');
    const panel = page.getByTestId('issued-panel');
    await expect(panel.getByTestId('issued-number')).toHaveText('A001');
    await expect(panel).toContainText('Repair intake');
    await expect(panel.getByTestId('issued-ahead')).toContainText('0');
    await expect(panel.getByTestId('print-status')).toContainText('Slip printed', { timeout: 15_000 });
    const first = slipText((await printer.nextJob(15_000)).bytes);
    expect(first).toContain('Demo Phone Repair');
    expect(first).toContain('A001');
    expect(first).toContain('You are next');
    expect(first).toContain('Missed numbers must queue again');

    // The next two wait behind it, and their slips say so.
    await page.keyboard.press('a');
    await expect(panel.getByTestId('issued-number')).toHaveText('A002');
    await expect(panel.getByTestId('issued-ahead')).toContainText('1');
    expect(slipText((await printer.nextJob(15_000)).bytes)).toContain('1 person ahead of you');
    await page.keyboard.press('a');
    await expect(panel.getByTestId('issued-number')).toHaveText('A003');
    const third = slipText((await printer.nextJob(15_000)).bytes);
    expect(third).toContain('A003');
    expect(third).toContain('2 people ahead of you');
    expect(third).toContain('Missed numbers must queue again');
    await expect(tile(page, 'A')).toContainText('3 waiting');

    // Reprint sends the same ticket's slip again.
    await panel.getByRole('button', { name: 'Reprint' }).click();
    await expect(page.getByText('Slip sent to the printer again.')).toBeVisible();
    expect(slipText((await printer.nextJob(15_000)).bytes)).toContain('A003');
    expect(watch.problems).toEqual([]);
  } finally {
    await printer.close();
  }
});

test('reception: without a slip printer it says so; the green channel marks the number; busy asks first, full and closed refuse politely', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');

  // Settings › Queue: B warns at two waiting, C issues one number a day.
  await page.goto(`${demoStation.url}#/settings/queue`);
  await editService(page, 'B', { 'Warn when waiting reaches': '2' });
  await expect(page.getByTestId('service-row').filter({ hasText: 'Pickup' })).toContainText('at 2 waiting');
  await editService(page, 'C', { 'Daily cap': '1' });

  await openScreen(page, /Reception/);
  await expect(page.getByTestId('service-tile')).toHaveCount(3);

  // No printer prints queue slips: the panel says so and points to the printer settings.
  await page.keyboard.press('b');
  const panel = page.getByTestId('issued-panel');
  await expect(panel.getByTestId('issued-number')).toHaveText('B001');
  await expect(panel.getByTestId('print-status')).toContainText('No printer prints queue slips.');
  await expect(panel.getByRole('link', { name: 'Choose one in Settings › Printers' })).toBeVisible();

  // The green channel, by its key: the next number carries it, then it switches itself off.
  await page.keyboard.press('Control+g');
  await expect(page.getByTestId('priority-toggle')).toHaveAttribute('data-on', 'true');
  await page.keyboard.press('b');
  await expect(panel.getByTestId('issued-number')).toHaveText('B002');
  await expect(panel).toContainText('Priority');
  await expect(page.getByTestId('priority-toggle')).toHaveAttribute('data-on', 'false');

  // Two waiting for B: a third asks first. Esc issues nothing; Enter issues it.
  await page.keyboard.press('b');
  const busy = page.getByRole('dialog', { name: 'Many people are waiting' });
  await expect(busy).toContainText('2 people are already waiting for B Pickup');
  await page.keyboard.press('Escape');
  await expect(busy).toBeHidden();
  await expect(panel.getByTestId('issued-number')).toHaveText('B002');
  await expect(tile(page, 'B')).toContainText('2 waiting');
  await page.keyboard.press('b');
  await expect(busy).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(busy).toBeHidden();
  await expect(panel.getByTestId('issued-number')).toHaveText('B003');
  await expect(tile(page, 'B')).toContainText('3 waiting');

  // C's one number of the day, then a polite refusal and nothing issued.
  await page.keyboard.press('c');
  await expect(panel.getByTestId('issued-number')).toHaveText('C001');
  await expect(tile(page, 'C')).toContainText('Today’s numbers all issued');
  await page.keyboard.press('c');
  const refused = page.getByTestId('issue-refused');
  await expect(refused).toContainText('No more numbers today');
  await expect(refused).toContainText("Today's 1 numbers for this service have all been issued.");
  const overview = await call<{ tickets: { number: string }[] }>(page, demoStation.url, 'queue.overview', {});
  expect(overview.tickets.map((t) => t.number).sort()).toEqual(['B001', 'B002', 'B003', 'C001']);

  // A's numbers are issued only at other hours (the demo store keeps Los Angeles time).
  const hour = Number(
    new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: 'America/Los_Angeles' }).format(new Date()),
  );
  const hours = hour < 12 ? { opensAt: '20:00', closesAt: '21:00' } : { opensAt: '02:00', closesAt: '03:00' };
  await call(page, demoStation.url, 'queue.services.save', { ...(await serviceByPrefix(page, demoStation.url, 'A')), ...hours });
  await expect(tile(page, 'A')).toContainText(`${hours.opensAt}–${hours.closesAt}`);
  await page.keyboard.press('a');
  await expect(refused).toContainText('Not issuing numbers now');
  await expect(refused).toContainText(`Numbers for this service are issued only from ${hours.opensAt} to ${hours.closesAt}.`);
  expect(watch.problems).toEqual([]);
});

test('settings: an admin adds a service and reception issues its numbers on its own key (a taken letter is refused on its field); a VIP chosen first gets a priority number', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/queue`);

  await page.getByRole('button', { name: 'Add service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a service' });
  await dialog.getByRole('textbox', { name: 'Letter' }).fill('b');
  await dialog.getByRole('textbox', { name: 'Name in Chinese' }).fill('退换货');
  await dialog.getByRole('textbox', { name: 'Name in English' }).fill('Returns');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Another active service already uses this letter.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Letter' }).fill('r');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Service R saved.')).toBeVisible();
  await expect(page.getByTestId('service-row').filter({ hasText: 'Returns' })).toContainText('退换货');

  // Counter 2 serves the new service too.
  await page.getByRole('button', { name: 'Edit: Counter 2' }).click();
  const counter = page.getByRole('dialog', { name: 'Edit Counter 2' });
  // The dropdown opens from the keyboard on the focused field. Once it has closed, the choice shows
  // as a pill in the field; a click that reached the list before it listened is made again.
  const returnsPill = counter.getByText('R · Returns', { exact: true });
  await expect(async () => {
    if ((await returnsPill.count()) === 0) {
      await counter.getByRole('combobox', { name: 'Services it serves' }).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name: 'R · Returns' }).click();
    }
    await counter.getByText('Edit Counter 2').click();
    await expect(page.getByRole('listbox')).toBeHidden({ timeout: 2_000 });
    await expect(returnsPill).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await counter.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Counter 2 saved.')).toBeVisible();
  const row = page.getByTestId('counter-row').filter({ hasText: 'Counter 2' });
  await expect(row.getByText('R', { exact: true })).toBeVisible();

  await openScreen(page, /Reception/);
  await expect(page.getByTestId('service-tile')).toHaveCount(4);
  await page.keyboard.press('r');
  await expect(page.getByTestId('issued-number')).toHaveText('R001');

  // Customer first (by the last four digits of a phone), then the key: the number is theirs, and a
  // VIP's number is called with priority without anyone asking.
  await page.getByTestId('customer-picker').fill('0103');
  await expect(page.getByTestId('customer-option').filter({ hasText: 'Chris Wong' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Chris Wong');
  await expect(page.getByTestId('priority-toggle')).toContainText('VIP: called with priority');
  await page.keyboard.press('r');
  await expect(page.getByTestId('issued-number')).toHaveText('R002');
  await expect(page.getByTestId('issued-panel')).toContainText('For Chris Wong');
  await expect(page.getByTestId('issued-panel')).toContainText('Priority');
  await expect(page.getByTestId('issued-ahead')).toContainText('0');
  // The next walk-in starts without a customer again.
  await expect(page.getByTestId('customer-picker')).toHaveValue('');
  expect(watch.problems).toEqual([]);
});

test('reception: keys that reach the screen while the command palette is open issue nothing; once it is closed the letter issues', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await openScreen(page, /Reception/);
  await expect(tile(page, 'A')).toContainText('Repair intake');

  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Go to a screen or run a command…' });
  await expect(search).toBeFocused();
  // A key typed before the palette's search box has focus goes to the page: sent there directly.
  await page.locator('body').dispatchEvent('keydown', { key: 'a', code: 'KeyA' });
  await expect(search).toBeVisible();
  await expect(page.getByTestId('issued-number')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await page.keyboard.press('a');
  await expect(page.getByTestId('issued-number')).toHaveText(/^A\d{3}$/);
  expect(watch.problems).toEqual([]);
});
