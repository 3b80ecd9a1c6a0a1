import iconv from 'iconv-lite';
import { expect, type Page } from '@playwright/test';
import { api } from '../support/http.ts';
import { parseEscPos, type FakePrinter } from '../integration/print-fake-printer.ts';

/** Page helpers shared by the reception and counter specs. */

/** The signed-in console's session token, to prepare data through the same API the console uses. */
async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('frontdesk.session'));
  if (!token) throw new Error('not signed in');
  return token;
}

/** Calls an operation over HTTP as the signed-in staff member; fails the test on an error answer. */
export async function call<T = Record<string, unknown>>(page: Page, baseUrl: string, name: string, body: unknown): Promise<T> {
  const response = await api(baseUrl, name, body, await sessionToken(page));
  expect(response.status, `${name}: ${response.text}`).toBe(200);
  return response.body as T;
}

export interface ServiceRow {
  id: number;
  prefix: string;
  [key: string]: unknown;
}

export async function serviceByPrefix(page: Page, baseUrl: string, prefix: string): Promise<ServiceRow> {
  const services = await call<ServiceRow[]>(page, baseUrl, 'queue.services.list', {});
  const service = services.find((s) => s.prefix === prefix);
  if (!service) throw new Error(`no service ${prefix}`);
  return service;
}

/** Opens a screen from the navigation, as staff do (F-keys are ignored while a field has the focus). */
export async function openScreen(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

/** A service's tile on reception, by its letter. */
export function tile(page: Page, prefix: string) {
  return page.locator(`[data-testid="service-tile"][data-prefix="${prefix}"]`);
}

/**
 * A fixed-offset zone where it is late morning now, so today always has bookable slots left and a
 * test does not depend on the hour it runs at. `Etc/GMT-N` is UTC+N.
 */
export function morningZone(): string {
  const utcHour = new Date().getUTCHours();
  for (let offset = -12; offset <= 14; offset++) {
    const local = (((utcHour + offset) % 24) + 24) % 24;
    if (local >= 9 && local <= 11) return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  }
  throw new Error('no zone found');
}

/** Moves the signed-in admin's store to a morning zone (before anything is issued: it changes the business day). */
export async function moveStoreToMorning(page: Page, baseUrl: string): Promise<string> {
  const { demo: _demo, ...profile } = await call<Record<string, unknown>>(page, baseUrl, 'store.profile.get', {});
  const timeZone = morningZone();
  await call(page, baseUrl, 'store.profile.update', { ...profile, timeZone });
  return timeZone;
}

/** The text of an ESC/POS slip as the customer reads it: its GB18030 text runs, one per line. */
export function slipText(bytes: Buffer): string {
  return parseEscPos(bytes)
    .map((token) => ('text' in token ? iconv.decode(token.text, 'gb18030') : '\n'))
    .join('');
}

/** A loopback thermal printer routed for queue slips, through the console's own API. */
export async function routeQueueSlips(page: Page, baseUrl: string, printer: FakePrinter): Promise<void> {
  const saved = await call<{ id: number }>(page, baseUrl, 'print.printers.save', {
    connection: 'network',
    name: 'Ticket printer',
    host: '127.0.0.1',
    port: printer.port,
    paper: '80mm',
  });
  await call(page, baseUrl, 'print.routes.save', { routes: [{ kind: 'queueSlip', printerId: saved.id, paper: '80mm', copies: 1 }] });
}

export interface TicketOut {
  id: number;
  number: string;
  serviceId: number;
  status: string;
  issuedAt: string;
  queuedAt: string;
  targetCounterId: number | null;
  source: string;
}

/** Issues walk-in numbers as reception would (through the same API), in order. */
export async function issue(page: Page, baseUrl: string, ...prefixes: string[]): Promise<TicketOut[]> {
  const out: TicketOut[] = [];
  for (const prefix of prefixes) {
    const service = await serviceByPrefix(page, baseUrl, prefix);
    const issued = await call<{ ticket: TicketOut }>(page, baseUrl, 'queue.issue', { serviceId: service.id, print: false });
    out.push(issued.ticket);
  }
  return out;
}

/** Opens the counter screen and sits at a counter, remembered on this computer. */
export async function sitAt(page: Page, counterName: string): Promise<void> {
  await openScreen(page, /Queue/);
  await expect(page.getByRole('heading', { name: 'Which counter are you at?' })).toBeVisible();
  await page.getByTestId('counter-choice').filter({ hasText: counterName }).click();
  await expect(page.getByTestId('counter-name')).toHaveText(counterName);
}
