import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { count, op, removeTempDirs } from '../support/core.ts';
import { closeQueueStores, queueStore } from '../support/queue.ts';
import { book, local, makeShop } from './appointments-world.ts';

/**
 * A number issued is never reported as failed: once the ticket is committed, a slip that cannot be
 * built, rendered or queued becomes a failed print job with its reason (a print problem), and the
 * call still answers with the ticket.
 */

const closers: Core[] = [];
afterEach(() => {
  for (const core of closers.splice(0)) core.close();
  closeQueueStores();
  removeTempDirs();
});

/** A thermal printer on a loopback port nobody listens on (the worker is not started: nothing is sent). */
async function routeSlipsToPrinter(core: Core, token: string, name = 'Slips'): Promise<number> {
  const printer = await op(core, 'print.printers.save', { name, connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' }, token);
  await op(core, 'print.routes.save', { routes: [{ kind: 'queueSlip', printerId: printer.id, paper: '80mm', copies: 1 }] }, token);
  return printer.id;
}

/** A route left pointing at a printer that is no longer in use, as a store restored from an older version can hold. */
function corruptRoute(core: Core, printerId: number): void {
  core.db.prepare('UPDATE printers SET active = 0 WHERE id = ?').run(printerId);
}

async function problems(core: Core, token: string) {
  return (await op(core, 'print.jobs.list', { problems: true, limit: 50 }, token)).rows;
}

describe('printing after a number is committed', () => {
  it('answers with the ticket when the slip cannot be built from corrupt slip settings, and shows the print problem', async () => {
    const w = await queueStore();
    await routeSlipsToPrinter(w.core, w.token);
    w.core.db
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('queueSlipNotice', '{not json') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run();

    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.A }, w.token);

    expect(issued.ticket.number).toBe('A001');
    expect(count(w.core, 'tickets')).toBe(1);
    expect(issued.printJobId).toEqual(expect.any(Number));
    const [problem] = await problems(w.core, w.token);
    expect(problem).toMatchObject({ id: issued.printJobId, kind: 'queueSlip', status: 'failed', lastErrorCode: 'PREPARE_FAILED' });
    expect(problem?.lastError).toMatch(/JSON/);
    // It cannot be printed again (there is no document), and says so rather than failing inside.
    await expect(op(w.core, 'print.jobs.reprint', { id: issued.printJobId }, w.token)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('answers with the ticket when the routed printer was removed underneath the route, and the slip can go to another printer', async () => {
    const w = await queueStore();
    const gone = await routeSlipsToPrinter(w.core, w.token);
    corruptRoute(w.core, gone);

    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.A }, w.token);

    expect(issued.ticket.number).toBe('A001');
    expect(count(w.core, 'tickets')).toBe(1);
    const [problem] = await problems(w.core, w.token);
    expect(problem).toMatchObject({ id: issued.printJobId, status: 'failed', lastErrorCode: 'PREPARE_FAILED', printerId: gone });
    expect(problem?.lastError).toMatch(/no printer with id/);
    const other = await op(
      w.core,
      'print.printers.save',
      { name: 'Other', connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' },
      w.token,
    );
    const moved = await op(w.core, 'print.jobs.reprint', { id: issued.printJobId, printerId: other.id }, w.token);
    expect(moved).toMatchObject({ status: 'queued', printerId: other.id, reprintOf: issued.printJobId });
    expect(await problems(w.core, w.token)).toEqual([]);
  });

  it('checks in an appointment and answers with its ticket when the slip cannot be queued', async () => {
    const w = await makeShop();
    closers.push(w.core);
    const a = await book(w, { startsAt: local(2, '10:00') });
    const gone = await routeSlipsToPrinter(w.core, w.token);
    corruptRoute(w.core, gone);
    w.clock.advanceMinutes(50);

    const checkedIn = await op(w.core, 'appointments.checkIn', { id: a.id }, w.token);

    expect(checkedIn.appointment).toMatchObject({ status: 'checkedIn', ticketId: checkedIn.ticket.id });
    expect(count(w.core, 'tickets')).toBe(1);
    const [problem] = await problems(w.core, w.token);
    expect(problem).toMatchObject({ id: checkedIn.printJobId, kind: 'queueSlip', status: 'failed', lastErrorCode: 'PREPARE_FAILED' });
  });
});
