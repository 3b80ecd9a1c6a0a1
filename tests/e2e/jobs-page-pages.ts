import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { FakePrinter } from '../integration/print-fake-printer.ts';
import { call } from './queue-pages.ts';

/** The app's icon as a data URL: a real PNG, as the signature pad sends one. */
const SIGNATURE = `data:image/png;base64,${fs.readFileSync('build/icon.png').toString('base64')}`;

const DEVICE_CONDITION = ['scratches', 'cracks', 'dents', 'screen', 'powersOn', 'waterIndicator', 'bentOrCrushed', 'sealBroken'];

/**
 * Takes a demo customer's phone (found by `who`) in through the API, with a screen part and fitting labour the warranty pays for:
 * staff decided the warranty covers it (an override), so its lines can be the warranty's whatever the
 * demo's dates say. Nothing is printed.
 */
export async function intakeCoveredJob(page: Page, url: string, who: string): Promise<{ id: number; number: string }> {
  const [customer] = await call<{ id: number }[]>(page, url, 'customers.search', { q: who });
  const [phone] = await call<{ id: number }[]>(page, url, 'assets.list', { customerId: customer!.id, includeInactive: false });
  return call(page, url, 'jobs.intake', {
    customerId: customer!.id,
    assetId: phone!.id,
    source: { kind: 'customer' },
    fault: 'Screen flickers',
    condition: Object.fromEntries(DEVICE_CONDITION.map((key) => [key, { state: 'ok', note: '' }])),
    lines: [
      { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 },
      { kind: 'labour', description: 'Fitting', quantity: 1, unitPriceMinor: 10_000, warrantyCovered: true },
    ],
    depositMinor: 5_000,
    warranty: { category: 'phone', part: 'handset', answers: [], override: { outcome: 'inWarranty', reason: 'Known screen fault' } },
    signature: SIGNATURE,
    print: false,
  });
}

/** Job tickets on one loopback printer (80 mm), device labels on another (40 × 30), through the console's API. */
export async function routeJobPrinting(page: Page, url: string, tickets: FakePrinter, labels: FakePrinter): Promise<void> {
  const save = (name: string, port: number, paper: string) =>
    call<{ id: number }>(page, url, 'print.printers.save', { connection: 'network', name, host: '127.0.0.1', port, paper });
  const ticketPrinter = await save('Ticket printer', tickets.port, '80mm');
  const labelPrinter = await save('Label printer', labels.port, 'label40x30');
  await call(page, url, 'print.routes.save', {
    routes: [
      { kind: 'jobTicket', printerId: ticketPrinter.id, paper: '80mm', copies: 1 },
      { kind: 'deviceLabel', printerId: labelPrinter.id, paper: 'label40x30', copies: 1 },
    ],
  });
}
