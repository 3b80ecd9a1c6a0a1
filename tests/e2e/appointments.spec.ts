import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { call, morningZone, openScreen, serviceByPrefix } from './queue-pages.ts';
import { cancelTodaysBookings } from './reception-pages.ts';
import { api } from '../support/http.ts';
import { startStationProcess } from '../support/station-process.ts';

const SHOTS = '/tmp/shots';

/**
 * Prepares a demo station before anyone signs in: the store's zone moved to a morning one, the grace
 * window widened to 30 minutes (so the next slot's window is open now), as the admin over HTTP.
 */
async function prepareStore(baseUrl: string): Promise<{ adminToken: string; timeZone: string }> {
  const staff = (await api(baseUrl, 'auth.staffList', {})).body as { id: number; role: string }[];
  const admin = staff.find((s) => s.role === 'admin')!;
  const { token } = (await api(baseUrl, 'auth.signIn', { staffId: admin.id, pin: '1111' })).body as { token: string };
  const profile = (await api(baseUrl, 'store.profile.get', {}, token)).body as Record<string, unknown>;
  const timeZone = morningZone();
  const { demo: _demo, ...input } = profile;
  expect((await api(baseUrl, 'store.profile.update', { ...input, timeZone }, token)).status).toBe(200);
  expect((await api(baseUrl, 'store.settings.update', { appointmentGraceMinutes: 30 }, token)).status).toBe(200);
  // The demo booked today's next slots in its own zone; on this store day they would decide who may book again.
  await cancelTodaysBookings(baseUrl, token);
  return { adminToken: token, timeZone };
}

/** Today's date in the store's zone, "2026-03-02". */
function storeDay(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function openAppointments(page: Page): Promise<void> {
  await openScreen(page, /Appointments|预约/);
  await expect(page.getByTestId('day-view')).toBeVisible();
}

/** The booking dialog's slot buttons that still have a place. */
function freeSlots(page: Page) {
  return page.getByRole('dialog').locator('[data-testid="slot-option"]:not([disabled])');
}

test('book from a customer into the last place of a slot: the slot shows full; check-in shows the number large', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const { timeZone } = await prepareStore(demoStation.url);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await openAppointments(page);

  // ← and → move a day, T comes back to today.
  const today = storeDay(timeZone);
  await expect(page.getByTestId('day-view')).toHaveAttribute('data-day', today);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('day-view')).not.toHaveAttribute('data-day', today);
  await page.keyboard.press('t');
  await expect(page.getByTestId('day-view')).toHaveAttribute('data-day', today);

  // N opens the booking dialog; the customer is found by the last four digits of their phone.
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('customer-picker').fill('0102');
  await page.getByTestId('customer-option').filter({ hasText: 'Sam Patel' }).click();
  await expect(dialog.getByTestId('customer-picker-chosen')).toContainText('Sam Patel');

  // Repair intake takes two per slot: fill the first free slot's two places, one booking at a time.
  const slot = freeSlots(page).first();
  await expect(slot).toBeVisible();
  const time = (await slot.getAttribute('data-time'))!;
  const free = Number(await slot.getAttribute('data-free'));
  await slot.click();
  await expect(slot).toHaveAttribute('aria-checked', 'true');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Screen flickers');
  await dialog.getByRole('button', { name: 'Book' }).click();
  await expect(page.getByText(/Sam Patel is booked for/)).toBeVisible();
  await expect(dialog).toBeHidden();

  if (free === 2) {
    await page.keyboard.press('n');
    await dialog.getByTestId('customer-picker').fill('0103');
    await page.getByTestId('customer-option').filter({ hasText: 'Chris Wong' }).click();
    await dialog.locator(`[data-testid="slot-option"][data-time="${time}"]`).click();
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect(page.getByText(/Chris Wong is booked for/)).toBeVisible();
  }

  // The slot is now full: refused in the dialog (opened from the palette this time), "Full" in the week view.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Go to a screen or run a command…' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Book an appointment');
  await page.keyboard.press('Enter');
  const full = dialog.locator(`[data-testid="slot-option"][data-time="${time}"]`);
  await expect(full).toHaveAttribute('data-free', '0');
  await expect(full).toBeDisabled();
  await expect(full).toContainText('Full');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Week' }).click();
  const cell = page.locator(`[data-testid="week-slot"][data-day="${today}"][data-time="${time}"]`);
  await expect(cell).toHaveAttribute('data-free', '0');
  await expect(cell).toContainText('Full');

  // Check-in from the day view: the number large, called first inside its window.
  await page.getByRole('tab', { name: 'Day' }).click();
  await page.getByRole('button', { name: `Open the booking of Sam Patel at ${time}` }).click();
  const drawer = page.getByTestId('booking-drawer');
  await expect(drawer).toContainText('Screen flickers');
  await drawer.getByRole('button', { name: 'Check in' }).click();
  const result = page.getByTestId('check-in-result');
  await expect(result.getByTestId('check-in-number')).toHaveText(/^A\d{3}$/);
  await expect(result).toContainText('Called first until');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(400); // the dialog's fade-in, for the picture only
  await page.screenshot({ path: `${SHOTS}/appointments-checkin-en.png` });
  await result.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: `Open the booking of Sam Patel at ${time}` })).toHaveAttribute('data-status', 'checkedIn');
  expect(watch.problems).toEqual([]);
});

test('a second booking for the same customer on the same day names the first and books only when confirmed', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const { timeZone } = await prepareStore(demoStation.url);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  const repair = await serviceByPrefix(page, demoStation.url, 'A');
  const [sam] = await call<{ id: number }[]>(page, demoStation.url, 'customers.search', { q: 'Sam Patel' });
  const day = storeDay(timeZone);
  const { slots } = await call<{ slots: { startsAt: string; free: number; past: boolean }[] }>(
    page,
    demoStation.url,
    'appointments.availability',
    { serviceId: repair.id, day },
  );
  const first = slots.filter((s) => s.free > 0 && !s.past)[0]!;
  await call(page, demoStation.url, 'appointments.book', { customerId: sam!.id, serviceId: repair.id, startsAt: first.startsAt });
  const at = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(first.startsAt),
  );

  await openAppointments(page);
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
  await dialog.getByTestId('customer-picker').fill('0102');
  await page.getByTestId('customer-option').filter({ hasText: 'Sam Patel' }).click();
  await freeSlots(page).last().click();
  await dialog.getByRole('button', { name: 'Book' }).click();
  const ask = page.getByRole('dialog', { name: 'Sam Patel is already booked that day' });
  await expect(ask).toContainText(`Sam Patel already has a booking on`);
  await expect(ask).toContainText(at);
  await ask.getByRole('button', { name: 'Go back' }).click();
  await expect(ask).toBeHidden();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Book' }).click();
  await ask.getByRole('button', { name: 'Book a second one' }).click();
  await expect(page.getByText(/Sam Patel is booked for/)).toBeVisible();
  await expect(dialog).toBeHidden();
  const booked = await call<{ appointments: { customerName: string; status: string }[] }>(page, demoStation.url, 'appointments.day', {
    day,
  });
  expect(booked.appointments.filter((a) => a.customerName === 'Sam Patel' && a.status === 'booked')).toHaveLength(2);
  expect(watch.problems).toEqual([]);
});

test('an appointment checked in within its window is called at the counter before earlier walk-ins', async ({ page, demoStation }) => {
  const { timeZone } = await prepareStore(demoStation.url);
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  const repair = await serviceByPrefix(page, demoStation.url, 'A');

  // Book Jamie Chen into the next slot with a place, then two walk-ins take numbers before she arrives.
  const customers = await call<{ id: number; name: string }[]>(page, demoStation.url, 'customers.search', { q: 'Jamie' });
  const day = storeDay(timeZone);
  const { slots } = await call<{ slots: { startsAt: string; free: number }[] }>(page, demoStation.url, 'appointments.availability', {
    serviceId: repair.id,
    day,
  });
  const next = slots.find((s) => s.free > 0)!;
  await call(page, demoStation.url, 'appointments.book', {
    customerId: customers[0]!.id,
    serviceId: repair.id,
    startsAt: next.startsAt,
    note: '',
  });
  const first = await call<{ ticket: { number: string } }>(page, demoStation.url, 'queue.issue', { serviceId: repair.id, print: false });
  const second = await call<{ ticket: { number: string } }>(page, demoStation.url, 'queue.issue', { serviceId: repair.id, print: false });

  // The card of this booking (the demo may have booked Jamie Chen on this store day too).
  const at = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(next.startsAt),
  );
  await openAppointments(page);
  await page.getByRole('button', { name: `Open the booking of Jamie Chen at ${at}` }).click();
  await page.getByTestId('booking-drawer').getByRole('button', { name: 'Check in' }).click();
  const number = (await page.getByTestId('check-in-number').textContent())!;
  expect([first.ticket.number, second.ticket.number]).not.toContain(number);

  // The counter calls: the checked-in appointment first, then the walk-ins in the order they came.
  const counters = await call<{ id: number; serviceIds: number[] }[]>(page, demoStation.url, 'queue.counters.list', {});
  const counter = counters.find((c) => c.serviceIds.includes(repair.id))!;
  await call(page, demoStation.url, 'queue.counters.open', { counterId: counter.id });
  const called: (string | undefined)[] = [];
  for (let i = 0; i < 3; i++)
    called.push(
      (await call<{ ticket: { number: string } | null }>(page, demoStation.url, 'queue.callNext', { counterId: counter.id })).ticket
        ?.number,
    );
  expect(called).toEqual([number, first.ticket.number, second.ticket.number]);
});

/**
 * Opens the toolbar's calendar at 1366×768: its month, weekdays and input read in the console's language
 * (date-fns, not dayjs's locales) with screenshot; then picks the 15th of next month (the view follows
 * and the input shows it) and goes back to today.
 */
async function pickNextMonthsFifteenth(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  const en = locale === 'en';
  const picker = page.getByTestId('date-picker');
  const shownDay = en ? /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}$/ : /^\d{4}年\d{1,2}月\d{1,2}日 周[一二三四五六日]$/;
  await expect(picker).toHaveText(shownDay);
  const today = await picker.innerText();
  await picker.click();
  const month = page.locator('.mantine-DatePickerInput-calendarHeaderLevel');
  await expect(month).toHaveText(en ? /^[A-Z][a-z]+ \d{4}$/ : /^\d{4}年\d{1,2}月$/);
  await expect(page.locator('.mantine-DatePickerInput-weekday')).toHaveText(
    en ? ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] : ['一', '二', '三', '四', '五', '六', '日'],
  );
  await expect(page.locator('[data-dates-dropdown]')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${SHOTS}/appointments-date-picker-${locale}.png` });
  const thisMonth = await month.innerText();
  await page.getByRole('button', { name: en ? 'Next month' : '下个月' }).click();
  await expect(month).not.toHaveText(thisMonth);
  await page.getByRole('button', { name: en ? /^15 [A-Z][a-z]+ \d{4}$/ : /^\d{4}年\d{1,2}月15日$/ }).click();
  await expect(picker).not.toHaveText(today);
  await expect(picker).toHaveText(shownDay);
  await expect(picker).toHaveText(en ? / 15 / : /月15日 /);
  await page.getByRole('button', { name: en ? /^Today/ : /^今天/ }).click();
  await expect(picker).toHaveText(today);
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the day and week views and the confirmations in ${locale}`, async ({ page }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(station.url);
      await page.evaluate((lng) => localStorage.setItem('frontdesk.language', lng), locale);
      await page.goto(station.url);
      await signIn(page, locale === 'en' ? 'Riley Reception' : '张前台', '3333');
      await openAppointments(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await pickNextMonthsFifteenth(page, locale);
      await page.setViewportSize({ width: 1440, height: 900 });
      // The demo books today's slots from 20 minutes after now, so late in the store's day (the English
      // demo keeps Los Angeles time) none are left: the day view then moves on to tomorrow, always booked.
      const cards = page.getByTestId('booking-card');
      if ((await cards.count()) === 0) await page.keyboard.press('ArrowRight');
      await expect(cards.first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/appointments-day-${locale}.png` });
      await page.getByText(locale === 'en' ? 'Counters' : '按窗口', { exact: true }).click();
      await expect(page.getByTestId('day-column')).toHaveCount(4);
      await page.screenshot({ path: `${SHOTS}/appointments-day-counters-${locale}.png` });
      await page.getByText(locale === 'en' ? 'Services' : '按服务', { exact: true }).click();
      await page.getByRole('tab', { name: locale === 'en' ? 'Week' : '周视图' }).click();
      await expect(page.getByTestId('week-view')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/appointments-week-${locale}.png` });
      await page.getByRole('tab', { name: locale === 'en' ? "Tomorrow's confirmations" : '明日预约确认' }).click();
      await expect(page.getByTestId('confirmation-row').first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/appointments-confirmations-${locale}.png` });
      await page.getByRole('tab', { name: locale === 'en' ? 'Day' : '日视图' }).click();
      await page.getByTestId('booking-card').first().click();
      await expect(page.getByTestId('booking-drawer')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/appointments-drawer-${locale}.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      await expect(page.getByTestId('slot-picker')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/appointments-book-${locale}.png` });
    } finally {
      await station.stop();
    }
  });
}
