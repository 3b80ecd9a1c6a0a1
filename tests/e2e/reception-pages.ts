import { expect, type Page } from '@playwright/test';
import { api } from '../support/http.ts';
import { morningZone } from './queue-pages.ts';

/** Page helpers for the reception desk: a store day with bookings, and keys pressed one by one and counted. */

interface Booking {
  id: number;
  customerName: string;
  startsAt: string;
}

async function ok<T>(baseUrl: string, name: string, body: unknown, token: string): Promise<T> {
  const response = await api(baseUrl, name, body, token);
  expect(response.status, `${name}: ${response.text}`).toBe(200);
  return response.body as T;
}

/** Today's date in the store's zone, "2026-03-02". */
function storeDay(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * Prepares a demo station before anyone signs in, as its admin over HTTP: the store moved to a zone
 * where it is late morning (so today has slots left), the grace window widened to 30 minutes, the
 * demo's bookings of this store day cancelled, and the named customers booked into today's next
 * slots of service A with a place, in that order; with `tomorrow`, the first of them booked tomorrow too
 * (for the confirmations list).
 */
export async function prepareDeskDay(
  baseUrl: string,
  bookFor: string[],
  options: { tomorrow?: boolean } = {},
): Promise<{ timeZone: string; bookings: Booking[] }> {
  const staff = (await api(baseUrl, 'auth.staffList', {})).body as { id: number; role: string }[];
  const admin = staff.find((s) => s.role === 'admin')!;
  const { token } = (await api(baseUrl, 'auth.signIn', { staffId: admin.id, pin: '1111' })).body as { token: string };
  const { demo: _demo, ...profile } = await ok<Record<string, unknown>>(baseUrl, 'store.profile.get', {}, token);
  const timeZone = morningZone();
  await ok(baseUrl, 'store.profile.update', { ...profile, timeZone }, token);
  await ok(baseUrl, 'store.settings.update', { appointmentGraceMinutes: 30 }, token);
  const day = storeDay(timeZone);
  const { appointments } = await ok<{ appointments: { id: number; status: string }[] }>(baseUrl, 'appointments.day', { day }, token);
  for (const a of appointments.filter((x) => x.status === 'booked' || x.status === 'confirmed'))
    await ok(baseUrl, 'appointments.cancel', { id: a.id, reason: 'test day' }, token);

  const services = await ok<{ id: number; prefix: string }[]>(baseUrl, 'queue.services.list', {}, token);
  const repair = services.find((s) => s.prefix === 'A')!;
  const { slots } = await ok<{ slots: { startsAt: string; free: number; past: boolean }[] }>(
    baseUrl,
    'appointments.availability',
    { serviceId: repair.id, day },
    token,
  );
  const open = slots.filter((s) => s.free > 0 && !s.past);
  const bookings: Booking[] = [];
  for (const [i, name] of bookFor.entries()) {
    const [customer] = await ok<{ id: number }[]>(baseUrl, 'customers.search', { q: name, limit: 1 }, token);
    const slot = open[i]!;
    bookings.push(
      await ok<Booking>(baseUrl, 'appointments.book', { customerId: customer!.id, serviceId: repair.id, startsAt: slot.startsAt }, token),
    );
  }
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  // The demo booked "tomorrow" in its own zone: in the zone moved to, tomorrow may hold none of them.
  if (
    options.tomorrow &&
    (await ok<{ appointments: unknown[] }>(baseUrl, 'appointments.day', { day: next }, token)).appointments.length === 0
  ) {
    const later = await ok<{ slots: { startsAt: string; free: number }[] }>(
      baseUrl,
      'appointments.availability',
      { serviceId: repair.id, day: next },
      token,
    );
    const [customer] = await ok<{ id: number }[]>(baseUrl, 'customers.search', { q: bookFor[0], limit: 1 }, token);
    const slot = later.slots.find((s) => s.free > 0)!;
    await ok(baseUrl, 'appointments.book', { customerId: customer!.id, serviceId: repair.id, startsAt: slot.startsAt }, token);
  }
  return { timeZone, bookings };
}

/** The receptionist's keyboard: presses keys one at a time and counts them, to assert how few a task takes. */
export class CountedKeys {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      this.count++;
    }
  }
}

/** Cancels every booking of the store's today still to arrive (the demo books a few at whatever hour it starts). */
export async function cancelTodaysBookings(baseUrl: string, token: string): Promise<void> {
  const { businessDay } = await ok<{ businessDay: string }>(baseUrl, 'queue.overview', {}, token);
  const { appointments } = await ok<{ appointments: { id: number; status: string }[] }>(
    baseUrl,
    'appointments.day',
    { day: businessDay },
    token,
  );
  for (const a of appointments.filter((x) => x.status === 'booked' || x.status === 'confirmed'))
    await ok(baseUrl, 'appointments.cancel', { id: a.id, reason: 'test day' }, token);
}

/** The signed-in console's session token. */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('frontdesk.session'));
  if (!token) throw new Error('not signed in');
  return token;
}
