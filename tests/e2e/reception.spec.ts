import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { call, openScreen, routeQueueSlips, serviceByPrefix, slipText, tile } from './queue-pages.ts';
import { startFakePrinter } from '../integration/print-fake-printer.ts';
import { cancelTodaysBookings, CountedKeys, prepareDeskDay, tokenOf } from './reception-pages.ts';
import { startStationProcess } from '../support/station-process.ts';

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
  // VIP's number is called with priority without anyone asking. (The demo may have booked Chris Wong
  // today, depending on the hour it started: that is another test's question.)
  await cancelTodaysBookings(demoStation.url, await tokenOf(page));
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

const SHOTS = '/tmp/shots';

test('reception: a returning customer is 7 keys, 4 of them phone digits: / 0106 Enter picks Jamie Chen, Enter issues her usual service and the slip prints', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const printer = await startFakePrinter('status');
  try {
    const url = demoStation.url;
    await page.goto(url);
    await signIn(page, 'Alex Owner', '1111');
    await routeQueueSlips(page, url, printer);
    await cancelTodaysBookings(url, await tokenOf(page));
    // Jamie Chen came for B (Pickup) before: her last number was B's, long gone.
    const [jamie] = await call<{ id: number }[]>(page, url, 'customers.search', { q: 'Jamie Chen' });
    const pickup = await serviceByPrefix(page, url, 'B');
    const before = await call<{ ticket: { id: number } }>(page, url, 'queue.issue', {
      serviceId: pickup.id,
      customerId: jamie!.id,
      print: false,
    });
    await call(page, url, 'queue.cancel', { ticketId: before.ticket.id });
    await openScreen(page, /Reception/);
    await expect(tile(page, 'A')).toContainText('Repair intake');

    const keys = new CountedKeys(page);
    await keys.press('/');
    await expect(page.getByTestId('customer-picker')).toBeFocused();
    await keys.press('0', '1', '0', '6');
    const option = page.getByTestId('customer-option');
    await expect(option).toHaveCount(1);
    await expect(option).toContainText('Jamie Chen');
    await expect(option).toHaveAttribute('data-combobox-selected', 'true');
    await keys.press('Enter');
    // On screen before the second Enter: which service it issues, on the line and on the tile.
    await expect(page.getByTestId('customer-picker-chosen')).toContainText('Jamie Chen');
    await expect(page.getByTestId('enter-issues')).toContainText('issues B Pickup, their usual service');
    await expect(tile(page, 'B')).toHaveAttribute('data-enter', 'true');
    await expect(tile(page, 'A')).toHaveAttribute('data-enter', 'false');
    await keys.press('Enter');

    const panel = page.getByTestId('issued-panel');
    await expect(panel.getByTestId('issued-number')).toHaveText(/^B\d{3}$/);
    const number = (await panel.getByTestId('issued-number').textContent())!;
    await expect(panel).toContainText('For Jamie Chen');
    await expect(panel.getByTestId('print-status')).toContainText('Slip printed', { timeout: 15_000 });
    expect(slipText((await printer.nextJob(15_000)).bytes)).toContain(number);
    expect(keys.count).toBe(7);
    expect(keys.count - 4).toBeLessThanOrEqual(4);

    // A first visit: Enter would issue the first service, and a letter still chooses another.
    await keys.press('/', '0', '1', '0', '4');
    await expect(option).toContainText('Pat Kim');
    await expect(option).toHaveAttribute('data-combobox-selected', 'true');
    await keys.press('Enter');
    await expect(page.getByTestId('enter-issues')).toHaveText(/issues A Repair intake$/);
    await keys.press('c');
    await expect(panel.getByTestId('issued-number')).toHaveText(/^C\d{3}$/);
    await expect(panel).toContainText('For Pat Kim');
    expect(watch.problems).toEqual([]);
  } finally {
    await printer.close();
  }
});

test("reception: today's bookings are on the desk with the next one marked; ↓ Enter checks it in (2 keys), ↓ ↓ Enter the one after it (3 keys)", async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await prepareDeskDay(demoStation.url, ['Sam Patel', 'Pat Kim', 'Drew Garcia']);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await openScreen(page, /Reception/);
  const rows = page.getByTestId('appointment-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Sam Patel');
  await expect(rows.nth(0)).toHaveAttribute('data-next', 'true');
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toBeInViewport({ ratio: 1 });

  const keys = new CountedKeys(page);
  await keys.press('ArrowDown');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await keys.press('Enter');
  const panel = page.getByTestId('issued-panel');
  await expect(panel.getByTestId('issued-number')).toHaveText(/^A\d{3}$/);
  await expect(panel).toContainText('For Sam Patel');
  expect(keys.count).toBe(2);
  await expect(rows).toHaveCount(2);

  // Not the next one but the one after it: one more ↓.
  const more = new CountedKeys(page);
  await more.press('ArrowDown');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await more.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await more.press('Enter');
  await expect(panel).toContainText('For Drew Garcia');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Pat Kim');
  expect(more.count).toBe(3);
  expect(watch.problems).toEqual([]);
});

test('reception: a customer with a booking or a number today is asked first: check in, reprint, or a second number only when confirmed', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const url = demoStation.url;
  await prepareDeskDay(url, ['Sam Patel']);
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  await openScreen(page, /Reception/);
  await expect(page.getByTestId('appointment-row')).toHaveCount(1);
  const pickSam = async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('0102');
    await expect(page.getByTestId('customer-option')).toHaveAttribute('data-combobox-selected', 'true');
    await page.keyboard.press('Enter');
  };
  const dialog = page.getByRole('dialog', { name: 'Sam Patel is already here today' });
  const panel = page.getByTestId('issued-panel');
  const samTickets = async () =>
    (await call<{ tickets: { customerName: string | null }[] }>(page, url, 'queue.overview', {})).tickets.filter(
      (t) => t.customerName === 'Sam Patel',
    ).length;

  // Booked today: Enter checks the booking in.
  await pickSam();
  await expect(dialog.getByTestId('already-booking')).toContainText('Booked for');
  await expect(dialog.getByRole('button', { name: /Check in the booking/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('For Sam Patel');
  const number = (await panel.getByTestId('issued-number').textContent())!;
  await expect(page.getByTestId('appointment-row')).toHaveCount(0);
  expect(await samTickets()).toBe(1);

  // Holding a number now: Enter reprints it, and nothing is issued.
  await pickSam();
  await expect(dialog.getByTestId('already-ticket')).toContainText(number);
  await expect(dialog.getByTestId('already-ticket')).toContainText('waiting');
  await page.keyboard.press('Enter');
  // Said on the desk, not in a toast over its controls.
  await expect(page.getByTestId('desk-note')).toHaveText(`The slip for ${number} was sent to the printer again.`);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('customer-picker')).toHaveValue('');
  expect(await samTickets()).toBe(1);

  // Esc: nobody picked, nothing issued; a letter then is an ordinary walk-in.
  await pickSam();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('customer-picker-chosen')).toHaveCount(0);

  // A second number only by its own button; then the letter issues it for Sam Patel.
  await pickSam();
  await dialog.getByRole('button', { name: 'Issue another number anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('customer-picker-chosen')).toContainText('Sam Patel');
  await page.keyboard.press('b');
  await expect(panel.getByTestId('issued-number')).toHaveText(/^B\d{3}$/);
  await expect(panel).toContainText('For Sam Patel');
  expect(await samTickets()).toBe(2);
  expect(watch.problems).toEqual([]);
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the reception desk at 1366x768 in ${locale}: the bookings in view, a returning customer, the already-here question`, async ({
    page,
  }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      fs.mkdirSync(SHOTS, { recursive: true });
      const zh = locale === 'zh-CN';
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await prepareDeskDay(station.url, zh ? ['李四', '赵六', '孙七', '周八'] : ['Sam Patel', 'Pat Kim', 'Drew Garcia', 'Jamie Chen']);
      await page.goto(station.url);
      await page.evaluate((lng) => localStorage.setItem('frontdesk.language', lng), locale);
      await page.goto(station.url);
      await signIn(page, zh ? '张前台' : 'Riley Reception', '3333');
      await openScreen(page, zh ? /接待/ : /Reception/);
      const rows = page.getByTestId('appointment-row');
      await expect(rows).toHaveCount(4);
      for (let i = 0; i < 4; i++) await expect(rows.nth(i)).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `${SHOTS}/reception-desk-${locale}.png` });

      await page.keyboard.press('ArrowDown');
      await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
      await page.screenshot({ path: `${SHOTS}/reception-bookings-keys-${locale}.png` });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('issued-panel')).toBeVisible();
      for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toBeInViewport({ ratio: 1 });
      await page.waitForTimeout(300); // the print status settles, for the picture only
      await page.screenshot({ path: `${SHOTS}/reception-checked-in-${locale}.png` });

      // A returning customer without a booking (王五 / Chris Wong, the VIP): the Enter line and tile.
      await page.keyboard.press('/');
      await page.keyboard.type(zh ? '1234' : '0103');
      await expect(page.getByTestId('customer-option').first()).toHaveAttribute('data-combobox-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('enter-issues')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/reception-returning-${locale}.png` });

      // The customer just checked in is picked again: the question.
      await page.keyboard.press('/');
      await page.keyboard.type(zh ? '2100' : '0102');
      await expect(page.getByTestId('customer-option').first()).toHaveAttribute('data-combobox-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('already-here')).toBeVisible();
      await page.waitForTimeout(300); // the dialog's fade-in, for the picture only
      await page.screenshot({ path: `${SHOTS}/reception-already-here-${locale}.png` });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('desk-note')).toBeVisible();
      await expect(page.getByTestId('already-here')).toBeHidden();
      await page.waitForTimeout(300); // the dialog's fade-out, for the picture only
      await page.screenshot({ path: `${SHOTS}/reception-reprinted-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
