import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock.ts';
import { startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { op } from '../support/core.ts';
import { cashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';
import { parseEscPos, startFakePrinter } from './print-fake-printer.ts';

/** "No sale" opens the drawer: the pulse goes to the receipt printer (a real loopback TCP listener) the drawer hangs off, audited. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  closeJobsStores();
});

describe('cashier.drawer.move noSale', () => {
  it('sends the drawer pulse and nothing else to the receipt printer, and the audit row names the print job', async () => {
    const s = await cashierStore();
    const printer = await startFakePrinter('status');
    cleanups.push(() => printer.close());
    const saved = await op(
      s.core,
      'print.printers.save',
      { name: 'Loopback till printer', connection: 'network', host: '127.0.0.1', port: printer.port, paper: '80mm' },
      s.admin.token,
    );
    await op(s.core, 'print.routes.save', { routes: [{ kind: 'receipt', printerId: saved.id, paper: '80mm', copies: 1 }] }, s.admin.token);
    await s.openDrawer();
    startPrinting(s.core, { system: new NoSystemPrinting(), clock: systemClock, answerWaitMs: 100 });
    cleanups.push(() => stopPrinting(s.core));

    const report = await op(s.core, 'cashier.drawer.move', { till: 'till1', kind: 'noSale', amountMinor: 0, reason: '' }, s.cashier.token);
    expect(report).toMatchObject({ noSales: 1, expectedCashMinor: 50_000 });
    const tokens = parseEscPos((await printer.nextJob()).bytes);
    const commands = tokens.flatMap((t) => ('cmd' in t ? [t.cmd] : []));
    expect(commands).toContain('drawer');
    // ESC p 0 25 250: pin 2, 50 ms on, 500 ms off.
    const pulse = tokens.find((t) => 'cmd' in t && t.cmd === 'drawer');
    expect(pulse && 'bytes' in pulse ? [...pulse.bytes] : []).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
    // Nothing is printed on the paper: no text at all.
    expect(tokens.filter((t) => 'text' in t && t.text.toString().trim() !== '')).toEqual([]);

    const audit = s.core.db.prepare("SELECT actor_id, after_json FROM audit_log WHERE action = 'cashier.drawer.noSale'").get() as {
      actor_id: number;
      after_json: string;
    };
    const job = s.core.db.prepare("SELECT id, kind, title FROM print_jobs WHERE kind = 'receipt'").get() as { id: number; title: string };
    expect(audit.actor_id).toBe(s.cashier.id);
    expect(JSON.parse(audit.after_json)).toEqual({ till: 'till1', amountMinor: 0, reason: '', printJobId: job.id });
    expect(job.title).toBe('Drawer opened: no sale (Till 1)');
  });
});
