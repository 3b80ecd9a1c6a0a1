import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_PIN, PROFILE, removeTempDirs } from '../support/core.ts';
import { api } from '../support/http.ts';
import { startStationProcess, type StationProcess } from '../support/station-process.ts';
import { startFakePrinter, type FakePrinter } from './print-fake-printer.ts';

/**
 * The station killed (SIGKILL) right after answering a payment, its receipt not printed yet (the
 * printer takes the connection and never reads): the payment and its receipt are committed and the
 * receipt waits in the print queue. Started again with the printer back, the receipt comes out.
 */

const running: StationProcess[] = [];
const printers: FakePrinter[] = [];
afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  for (const printer of printers) await printer.close();
  removeTempDirs();
});

async function ok(url: string, name: string, input: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await api(url, name, input, token);
  expect(res.status, `${name}: ${res.text.slice(0, 300)}`).toBe(200);
  return res.body as Record<string, unknown>;
}

describe('a payment and its receipt across a SIGKILL', () => {
  it('keeps the payment committed and the receipt in the print queue, and prints it after the restart', async () => {
    const stalled = await startFakePrinter('stall');
    printers.push(stalled);
    const station = await startStationProcess();
    running.push(station);
    const { url } = station;
    await ok(url, 'setup.initialize', { profile: PROFILE, admin: { name: 'Ada Admin', pin: ADMIN_PIN } });
    const { token } = (await ok(url, 'auth.signIn', { staffId: 1, pin: ADMIN_PIN })) as { token: string };
    const printer = (await ok(
      url,
      'print.printers.save',
      { name: 'Till printer', connection: 'network', host: '127.0.0.1', port: stalled.port, paper: '80mm' },
      token,
    )) as { id: number };
    await ok(url, 'print.routes.save', { routes: [{ kind: 'receipt', printerId: printer.id, paper: '80mm', copies: 1 }] }, token);
    await ok(url, 'cashier.drawer.open', { till: 'till1', counts: [{ denominationMinor: 10_000, count: 5 }] }, token);
    const bill = (await ok(url, 'cashier.openBill', { source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 2 }] } }, token)) as {
      id: number;
    };
    const paid = (await ok(
      url,
      'cashier.pay',
      {
        billId: bill.id,
        till: 'till1',
        payments: [
          { method: 'card', amountMinor: 10_000 },
          { method: 'cash', tenderedMinor: 10_000 },
        ],
      },
      token,
    )) as { receipt: { number: string }; printJobs: { id: number }[] };
    expect(paid.printJobs).toHaveLength(1);
    await station.stop('SIGKILL');

    const db = new Database(path.join(station.dataDir, 'frontdesk.sqlite'), { readonly: true });
    expect(db.prepare('SELECT method, amount_minor FROM payments ORDER BY id').all()).toEqual([
      { method: 'card', amount_minor: 10_000 },
      { method: 'cash', amount_minor: 7_800 },
    ]);
    expect(db.prepare('SELECT number FROM receipts').all()).toEqual([{ number: paid.receipt.number }]);
    const job = db.prepare("SELECT id, title, status FROM print_jobs WHERE kind = 'receipt'").get() as {
      id: number;
      title: string;
      status: string;
    };
    expect(job).toMatchObject({ id: paid.printJobs[0]!.id, title: `Receipt ${paid.receipt.number}` });
    expect(['queued', 'printing']).toContain(job.status);
    db.close();

    // The printer is back on the same port; the station starts again over the same data.
    await stalled.close();
    const back = await startFakePrinter('print', stalled.port);
    printers.push(back);
    const again = await startStationProcess({ dataDir: station.dataDir });
    running.push(again);
    const printed = await back.nextJob(30_000);
    expect(printed.bytes.toString('latin1')).toContain(paid.receipt.number);
    const { token: admin } = (await ok(again.url, 'auth.signIn', { staffId: 1, pin: ADMIN_PIN })) as { token: string };
    expect(await ok(again.url, 'cashier.verify', {}, admin)).toMatchObject({ ok: true, checked: 4 });
  });
});
