import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { FakePrinter } from '../integration/print-fake-printer.ts';
import { callOp, staffToken } from './display-pages.ts';
import { call } from './queue-pages.ts';

/** Page helpers for the cashier's specs: the till and the drawer. */

export const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

/** Receipts and the drawer's reports on a loopback thermal printer (80 mm), through the console's API (an admin signed in). */
export async function routeReceipts(page: Page, url: string, printer: FakePrinter): Promise<void> {
  const saved = await call<{ id: number }>(page, url, 'print.printers.save', {
    connection: 'network',
    name: 'Receipt printer',
    host: '127.0.0.1',
    port: printer.port,
    paper: '80mm',
  });
  await call(page, url, 'print.routes.save', {
    routes: [
      { kind: 'receipt', printerId: saved.id, paper: '80mm', copies: 1 },
      { kind: 'report', printerId: saved.id, paper: '80mm', copies: 1 },
    ],
  });
}

/** Signs the console out by forgetting its session, back to the staff tiles. */
export async function forgetSession(page: Page): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  // A new load at the root, not a hash change: the console opens on the next staff member's first screen.
  await page.goto(new URL('/', page.url()).href);
  await expect(page.getByTestId('staff-tile').first()).toBeVisible();
}

/** A count of `target` minor units in the settings' denominations, largest first (target a multiple of the smallest). */
export function countOf(target: number, denominations: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  let left = target;
  for (const d of denominations) {
    counts.set(d, Math.floor(left / d));
    left -= d * Math.floor(left / d);
  }
  return counts;
}

/**
 * Closes the demo's drawer (opened this morning with its float), counted as expected, over the API as
 * its cashier: a spec that opens the drawer itself starts from a closed one.
 */
export async function closeDemoDrawer(request: APIRequestContext, url: string): Promise<void> {
  const cashier = await staffToken(request, url, 4, '4444');
  const status = await callOp<{ open: { expectedCashMinor: number } | null }>(
    request,
    url,
    'cashier.drawer.status',
    { till: 'till1' },
    cashier,
  );
  expect(status.open, "the demo's drawer is open").not.toBeNull();
  const { denominations } = await callOp<{ denominations: number[] }>(request, url, 'cashier.settings.get', {}, cashier);
  const counts = [...countOf(status.open?.expectedCashMinor ?? 0, denominations)].map(([denominationMinor, count]) => ({
    denominationMinor,
    count,
  }));
  await callOp(request, url, 'cashier.drawer.close', { till: 'till1', counts }, cashier);
}

/** Types each non-zero count into the grid (`testId` is the grid's). */
export async function fillCount(page: Page, counts: Map<number, number>): Promise<void> {
  for (const [d, n] of counts) if (n > 0) await page.getByTestId(`count-${d}`).fill(String(n));
}

/** Money as the console shows it in the store's currency and language. */
export const moneyIn = (locale: string, currency: string) => (minor: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minor / 100);
