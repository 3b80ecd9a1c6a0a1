import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { call, issue, moveStoreToMorning, openScreen, serviceByPrefix, sitAt, type TicketOut } from './queue-pages.ts';

const current = (page: Page) => page.getByTestId('current-number');
const listed = (page: Page, testId: string, number: string) => page.locator(`[data-testid="${testId}"][data-number="${number}"]`);

test('counter: call next, recall, no-show and reinstate, park and resume, transfer, start and finish, all from the keyboard', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  const [a1, , c1] = await issue(page, demoStation.url, 'A', 'A', 'C');

  await sitAt(page, 'Counter 1');
  await expect(page.getByTestId('counter-waiting')).toHaveText('3');
  await expect(page.getByTestId('counter-next')).toHaveText('A001');
  await expect(page.getByTestId('current-empty')).toContainText('Nobody at the counter');
  await expect(page.getByTestId('waiting-ticket')).toHaveCount(3);

  // Space calls the next number; it shows large with its service and a running timer.
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('A001');
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'called');
  await expect(page.getByTestId('current-ticket')).toContainText('Repair intake');
  await expect(page.getByTestId('current-ticket')).toContainText('Walk-in');
  await expect(page.getByTestId('counter-waiting')).toHaveText('2');

  // R announces it again.
  await page.keyboard.press('r');
  await expect(page.getByText('A001 called again.')).toBeVisible();
  await expect(page.getByTestId('current-ticket')).toContainText('called 2 times');

  // N: nobody came. It waits among today's no-shows.
  await page.keyboard.press('n');
  await expect(page.getByText('A001 marked as no-show.')).toBeVisible();
  await expect(page.getByTestId('current-empty')).toBeVisible();
  await expect(listed(page, 'noshow-ticket', 'A001')).toBeVisible();

  // P parks A002 at this counter.
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('A002');
  await page.keyboard.press('p');
  await expect(page.getByText('A002 parked.')).toBeVisible();
  await expect(listed(page, 'parked-ticket', 'A002')).toBeVisible();
  await expect(page.getByTestId('current-empty')).toBeVisible();

  // A001 came back: reinstated, at the back of the queue.
  await listed(page, 'noshow-ticket', 'A001').getByRole('button', { name: 'Reinstate' }).click();
  await expect(page.getByText('A001 is back in the queue.')).toBeVisible();
  await expect(page.getByTestId('waiting-ticket')).toHaveText([/C001/, /A001/]);

  // C001 is next; T transfers it to Pickup at Counter 2 (Counter 1 does not serve Pickup).
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('C001');
  await page.keyboard.press('t');
  const transfer = page.getByRole('dialog', { name: 'Transfer C001' });
  await transfer.getByRole('combobox', { name: 'To service' }).click();
  await page.getByRole('option', { name: 'B · Pickup' }).click();
  await transfer.getByRole('combobox', { name: 'To counter' }).click();
  await expect(page.getByRole('option', { name: 'Counter 1 — does not serve Pickup' })).toHaveAttribute('data-combobox-disabled', 'true');
  await expect(page.getByRole('option', { name: 'Counter 3' })).not.toHaveAttribute('data-combobox-disabled', 'true');
  await page.getByRole('option', { name: 'Counter 2' }).click();
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByText('C001 transferred.')).toBeVisible();
  await expect(transfer).toBeHidden();
  const moved = await call<{ ticket: TicketOut }>(page, demoStation.url, 'queue.ticket', { ticketId: c1!.id });
  const pickup = await serviceByPrefix(page, demoStation.url, 'B');
  const counters = await call<{ id: number; nameEn: string }[]>(page, demoStation.url, 'queue.counters.list', {});
  const counter2 = counters.find((c) => c.nameEn === 'Counter 2');
  expect(moved.ticket).toMatchObject({
    status: 'waiting',
    serviceId: pickup.id,
    targetCounterId: counter2?.id,
    issuedAt: c1!.issuedAt,
    queuedAt: c1!.queuedAt,
  });

  // The parked A002 resumes; S starts serving it, F finishes it.
  await listed(page, 'parked-ticket', 'A002').getByRole('button', { name: 'Resume' }).click();
  await expect(current(page)).toHaveText('A002');
  await page.keyboard.press('s');
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
  await expect(page.getByTestId('current-ticket')).toContainText('Serving');
  await page.keyboard.press('f');
  await expect(page.getByText('A002 finished.')).toBeVisible();
  await expect(page.getByTestId('current-empty')).toBeVisible();

  // The reinstated A001 is last. Recall is clicked with the mouse first: Space then does not press the
  // focused button again. A001 was called but never started, so Space asks what happened rather than
  // finishing it; Esc goes back and changes nothing.
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('A001');
  await page.getByRole('button', { name: /Recall/ }).click();
  // The first recall's toast may still show: wait for this one's answer, then for the action to end
  // (a key pressed while a counter action runs is ignored, as a double press should be).
  await expect(page.getByTestId('current-ticket')).toContainText('called 4 times');
  await expect(page.locator('main [data-loading]')).toHaveCount(0);
  await page.keyboard.press('Space');
  const asked = page.getByRole('dialog', { name: 'A001 was called but never started' });
  await expect(asked).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(asked).toBeHidden();
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'called');
  // Being served, Space calls the next; after it nobody waits: a calm word, not an error.
  await page.keyboard.press('s');
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('nobody-waiting')).toContainText('Nobody is waiting');
  await expect(current(page)).toHaveText('A001');
  await page.keyboard.press('f');
  await expect(page.getByTestId('current-empty')).toHaveAttribute('data-nobody-waiting', 'true');
  await expect(page.getByTestId('counter-waiting')).toHaveText('0');

  // This computer remembers its counter.
  await page.reload();
  await expect(page.getByTestId('counter-name')).toHaveText('Counter 1');
  const events = await call<{ events: { action: string }[] }>(page, demoStation.url, 'queue.ticket', { ticketId: a1!.id });
  expect(events.events.map((e) => e.action)).toEqual(['issue', 'call', 'recall', 'skip', 'reinstate', 'call', 'recall', 'start', 'finish']);
  expect(watch.problems).toEqual([]);
});

test('counter: a number issued at reception appears at the counter by itself', async ({ page, demoStation, browser }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await sitAt(page, 'Counter 3');
  await expect(page.getByTestId('current-empty')).toHaveAttribute('data-nobody-waiting', 'true');

  const reception = await browser.newPage();
  await reception.goto(demoStation.url);
  await signIn(reception, 'Alex Owner', '1111');
  await openScreen(reception, /Reception/);
  await expect(reception.getByTestId('service-tile')).toHaveCount(3);
  await reception.keyboard.press('b');
  await expect(reception.getByTestId('issued-number')).toHaveText('B001');
  await reception.close();

  await expect(page.getByTestId('counter-waiting')).toHaveText('1');
  await expect(listed(page, 'waiting-ticket', 'B001')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('B001');
});

test('an appointment checked in at reception inside its window is called before earlier walk-ins', async ({ page, demoStation }) => {
  // Booking, check-in and four calls, each answering a question on a busy machine.
  test.slow();
  const watch = watchConsole(page);
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  const url = demoStation.url;
  // A morning store day always has slots left, whatever the hour the test runs at.
  await moveStoreToMorning(page, url);
  await issue(page, url, 'A', 'A');

  // Sam Patel booked the next free slot of Repair intake; an hour's grace puts now inside its window.
  await call(page, url, 'store.settings.update', { appointmentGraceMinutes: 60 });
  const repair = await serviceByPrefix(page, url, 'A');
  const overview = await call<{ businessDay: string }>(page, url, 'queue.overview', {});
  const availability = await call<{ slots: { startsAt: string; free: number; past: boolean }[] }>(page, url, 'appointments.availability', {
    serviceId: repair.id,
    day: overview.businessDay,
  });
  const slot = availability.slots.find((s) => !s.past && s.free > 0);
  expect(slot, 'a free slot later today').toBeDefined();
  const [sam] = await call<{ id: number }[]>(page, url, 'customers.search', { q: 'Sam Patel' });
  const booking = await call<{ id: number }>(page, url, 'appointments.book', {
    customerId: sam!.id,
    serviceId: repair.id,
    startsAt: slot!.startsAt,
    // The demo may have booked Sam today already, depending on the hour it was loaded.
    confirmDuplicate: true,
  });

  // Reception checks Sam in from today's appointments: the number is issued after the walk-ins'.
  await openScreen(page, /Reception/);
  const row = page.locator(`[data-testid="appointment-row"][data-appointment-id="${booking.id}"]`);
  await expect(row).toContainText('Sam Patel');
  await row.getByRole('button', { name: 'Check in' }).click();
  // The number shows large on the desk's panel (no toast over the controls).
  await expect(page.getByTestId('issued-number')).toHaveText('A003');
  await expect(page.getByTestId('issued-panel')).toContainText('For Sam Patel');
  await expect(page.getByTestId('issued-ahead')).toContainText('0');

  // The counter calls it first, then the walk-ins in their order.
  await sitAt(page, 'Counter 1');
  await expect(page.getByTestId('counter-next')).toHaveText('A003');
  await page.keyboard.press('Space');
  await expect(current(page)).toHaveText('A003');
  await expect(page.getByTestId('current-ticket')).toContainText('Appointment');
  await expect(page.getByTestId('current-customer')).toHaveText('Sam Patel');
  await expect(page.getByTestId('current-customer')).toHaveAttribute('href', `#/customers/${sam!.id}`);
  // Sam came up but was never started: Space asks, F says he was served and calls the next.
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: 'A003 was called but never started' })).toBeVisible();
  await page.keyboard.press('f');
  await expect(current(page)).toHaveText('A001');
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: 'A001 was called but never started' })).toBeVisible();
  await page.keyboard.press('f');
  await expect(current(page)).toHaveText('A002');
  expect(watch.problems).toEqual([]);
});
