import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../shared/contract/print.ts';
import type { PrintDocument } from '../../shared/print/layout.ts';
import { systemClock } from '../../electron/core/clock.ts';
import type { Core } from '../../electron/core/core.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { enqueuePrint, startPrinting, stopPrinting, type Printing } from '../../electron/core/printing/index.ts';
import type { PdfRenderer } from '../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { makeCore, op, PROFILE, removeTempDirs, setUpStore } from '../support/core.ts';
import { parseEscPos, refusedPort, startFakePrinter, type FakePrinter } from './print-fake-printer.ts';

/**
 * The print queue against real TCP listeners on loopback playing network printers: the bytes they
 * get, and printers that refuse, stall and hang up. Short timeouts keep each case to a few seconds.
 */

const noPdf: PdfRenderer = { render: () => Promise.reject(new Error('no PDF in this test')), close: () => Promise.resolve() };
const TIMING = { connectTimeoutMs: 1_000, writeTimeoutMs: 700, answerWaitMs: 100, retryDelaysMs: [50, 100] };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  removeTempDirs();
});

async function world(dataDir?: string) {
  const t = makeCore(dataDir ? { dataDir } : {});
  cleanups.push(() => t.core.close());
  cleanups.push(() => stopPrinting(t.core));
  const { adminToken, adminId } = dataDir ? { adminToken: '', adminId: 0 } : await setUpStore(t.core);
  return { ...t, adminToken, adminId };
}

function start(core: Core): Printing {
  return startPrinting(core, { pdf: noPdf, system: new NoSystemPrinting(), clock: systemClock, ...TIMING });
}

async function fake(behaviour: Parameters<typeof startFakePrinter>[0], port?: number, delayMs?: number): Promise<FakePrinter> {
  const p = await startFakePrinter(behaviour, port, delayMs);
  cleanups.push(() => p.close());
  return p;
}

async function addPrinter(core: Core, token: string, name: string, port: number) {
  return op(core, 'print.printers.save', { name, connection: 'network', host: '127.0.0.1', port, paper: '80mm' }, token);
}

function job(core: Core, id: number): PrintJob {
  return core.db.prepare('SELECT status, attempts, last_error_code, last_error FROM print_jobs WHERE id = ?').get(id) as PrintJob;
}

/** Waits until a job reaches one of `statuses`, by watching the core's events. */
function waitFor(
  core: Core,
  id: number,
  statuses: string[],
  timeoutMs = 8_000,
): Promise<{ status: string; attempts: number; last_error_code: string | null; last_error: string | null }> {
  const read = () =>
    core.db.prepare('SELECT status, attempts, last_error_code, last_error FROM print_jobs WHERE id = ?').get(id) as {
      status: string;
      attempts: number;
      last_error_code: string | null;
      last_error: string | null;
    };
  return new Promise((resolve, reject) => {
    const check = () => {
      const row = read();
      if (statuses.includes(row.status)) {
        clearTimeout(timer);
        unsubscribe();
        resolve(row);
      }
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`job ${id} stayed ${read().status} (wanted ${statuses.join('/')})`));
    }, timeoutMs);
    const unsubscribe = core.events.subscribe((e) => {
      if (e.type === 'print.job' && e.id === id) check();
    });
    check();
  });
}

const receipt = (lines: number, extra: PrintDocument['blocks'] = []): PrintDocument => ({
  kind: 'receipt',
  title: 'Receipt S-1',
  locale: 'zh-CN',
  blocks: [
    { t: 'text', text: '华强维修中心', align: 'center', size: 2, bold: true },
    ...Array.from({ length: lines }, (_, i) => ({ t: 'kv' as const, key: `屏幕更换 item ${i + 1}`, value: `￥${i + 1}.00` })),
    { t: 'kv', key: '合计 Total', value: '¥99.00', bold: true },
    ...extra,
    { t: 'cut' },
  ],
});

describe('printing to a network printer over TCP', () => {
  it('sends the test page: ESC @, Chinese in GB18030, QR, Code 128, cut, then the status request', async () => {
    const w = await world();
    await op(w.core, 'store.profile.update', { ...PROFILE, name: '华强维修中心', locale: 'zh-CN' }, w.adminToken);
    const printer = await fake('print');
    const p = await addPrinter(w.core, w.adminToken, 'Front desk', printer.port);
    start(w.core);
    const queued = await op(w.core, 'print.testPage', { printerId: p.id }, w.adminToken);
    expect(queued.status).toBe('queued');
    const got = await printer.nextJob();
    await waitFor(w.core, queued.id, ['done']);

    const bytes = got.bytes;
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect(bytes.includes(iconv.encode('华强维修中心', 'gb18030'))).toBe(true);
    expect(bytes.includes(iconv.encode('打印机测试页', 'gb18030'))).toBe(true);
    const tokens = parseEscPos(bytes); // every byte is a known command or printable text
    const cmds = tokens.flatMap((t) => ('cmd' in t ? [t.cmd] : []));
    expect(cmds).toContain('qr');
    expect(cmds).toContain('code128');
    expect(cmds.at(-2)).toBe('cut');
    expect(cmds.at(-1)).toBe('status');
    const number = String(queued.id).padStart(6, '0');
    expect(bytes.includes(Buffer.from(`FD-T${number}`))).toBe(true);
    expect((await op(w.core, 'print.jobs.list', {}, w.adminToken)).rows[0]).toMatchObject({
      id: queued.id,
      status: 'done',
      attempts: 1,
      printerName: 'Front desk',
    });
  });

  it('prints every copy in one connection and kicks the drawer in each', async () => {
    const w = await world();
    const printer = await fake('print');
    const p = await addPrinter(w.core, w.adminToken, 'Till', printer.port);
    start(w.core);
    const j = enqueuePrint(
      { core: w.core, actor: null, origin: 'test' },
      { kind: 'receipt', printerId: p.id, copies: 2, document: receipt(3, [{ t: 'drawer' }]) },
    );
    const got = await printer.nextJob();
    await waitFor(w.core, j.id, ['done']);
    const cmds = parseEscPos(got.bytes).flatMap((t) => ('cmd' in t ? [t.cmd] : []));
    expect(cmds.filter((c) => c === 'init')).toHaveLength(2);
    expect(cmds.filter((c) => c === 'drawer')).toHaveLength(2);
    expect(cmds.filter((c) => c === 'cut')).toHaveLength(2);
    expect(cmds.filter((c) => c === 'status')).toHaveLength(1);
    expect(got.bytes.includes(Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]))).toBe(true);
    expect(printer.connections).toBe(1);
  });

  it('counts a status answer as delivered when the printer keeps the connection open', async () => {
    const w = await world();
    const printer = await fake('status');
    const p = await addPrinter(w.core, w.adminToken, 'Kiosk', printer.port);
    start(w.core);
    const j = enqueuePrint({ core: w.core, actor: null, origin: 'test' }, { kind: 'queueSlip', printerId: p.id, document: receipt(1) });
    const started = Date.now();
    await waitFor(w.core, j.id, ['done']);
    expect(Date.now() - started).toBeLessThan(TIMING.writeTimeoutMs);
  });
});

describe('printers that fail', () => {
  const cases = [
    { behaviour: 'refuse', label: 'refuses the connection', code: 'CONNECT_REFUSED', message: /refused the connection/ },
    { behaviour: 'stall', label: 'accepts and never reads', code: 'WRITE_TIMEOUT', message: /did not take the document within 0\.7 s/ },
    { behaviour: 'hangup', label: 'hangs up half-way', code: 'CONNECTION_CLOSED', message: /hung up|closed the connection/ },
  ] as const;

  for (const c of cases) {
    it(`a printer that ${c.label}: the job retries, then fails with a clear message within the timeouts`, async () => {
      const w = await world();
      const port = c.behaviour === 'refuse' ? await refusedPort() : (await fake(c.behaviour)).port;
      const p = await addPrinter(w.core, w.adminToken, 'Broken', port);
      start(w.core);
      const started = Date.now();
      // The hang-up case sends a long document so the printer drops the line with data still coming.
      const j = enqueuePrint(
        { core: w.core, actor: null, origin: 'test' },
        {
          kind: 'receipt',
          printerId: p.id,
          copies: c.behaviour === 'hangup' ? 10 : 1,
          document: receipt(c.behaviour === 'hangup' ? 500 : 5),
        },
      );
      const end = await waitFor(w.core, j.id, ['failed', 'done']);
      const elapsed = Date.now() - started;
      expect(end).toMatchObject({ status: 'failed', attempts: 3, last_error_code: c.code });
      expect(end.last_error).toMatch(c.message);
      expect(end.last_error).toContain(`127.0.0.1:${port}`);
      // Three tries, each bounded by its timeout, plus the two waits between them.
      expect(elapsed).toBeLessThan(3 * (TIMING.connectTimeoutMs + TIMING.writeTimeoutMs) + 150 + 1_000);
      const problems = await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken);
      expect(problems.rows.map((r) => r.id)).toEqual([j.id]);
      expect(problems.rows[0]).toMatchObject({ lastErrorCode: c.code, status: 'failed' });
    });
  }

  it('a stalled printer holds up only its own jobs; the console stays responsive', async () => {
    const w = await world();
    const stalled = await fake('stall');
    const good = await fake('print');
    const bad = await addPrinter(w.core, w.adminToken, 'Stalled', stalled.port);
    const ok = await addPrinter(w.core, w.adminToken, 'Working', good.port);
    start(w.core);
    // The job list is a heavy read: its worker starts with the app; here, before the stalled jobs' tries begin.
    await w.core.readers.start();
    const ctx = { core: w.core, actor: null, origin: 'test' };
    const stuck = enqueuePrint(ctx, { kind: 'receipt', printerId: bad.id, document: receipt(5) });
    const stuck2 = enqueuePrint(ctx, { kind: 'receipt', printerId: bad.id, document: receipt(5) });

    // While the stalled printer holds its two jobs through their tries, the working printer prints and
    // the job list (a heavy read, in its worker) answers: told by order, not by a stopwatch.
    const fine = enqueuePrint(ctx, { kind: 'receipt', printerId: ok.id, document: receipt(5) });
    await waitFor(w.core, fine.id, ['done']);
    const list = await op(w.core, 'print.jobs.list', {}, w.adminToken);
    expect(list.rows.find((r) => r.id === fine.id)?.status).toBe('done');
    expect(list.rows.find((r) => r.id === stuck.id)?.status).toMatch(/queued|printing/);
    expect(job(w.core, stuck.id).status).toMatch(/queued|printing/);

    await waitFor(w.core, stuck.id, ['failed']);
    await waitFor(w.core, stuck2.id, ['failed']);
    expect(good.jobs).toHaveLength(1);
  });
});

describe('a queue that loses nothing', () => {
  it('prints jobs left queued, and one cut off mid-print, after a restart', async () => {
    const first = await world();
    const port = await refusedPort();
    const p = await addPrinter(first.core, first.adminToken, 'Front', port);
    const ctx = { core: first.core, actor: null, origin: 'test' };
    // No worker runs yet: the jobs only wait in the store.
    const ids = [1, 2, 3].map(
      (n) => enqueuePrint(ctx, { kind: 'receipt', printerId: p.id, document: { ...receipt(1), title: `Receipt ${n}` } }).id,
    );
    first.core.db.prepare("UPDATE print_jobs SET status = 'printing', attempts = 1 WHERE id = ?").run(ids[0]); // a crash mid-send
    const dataDir = first.dataDir;
    first.core.close();

    const printer = await fake('print', port);
    const again = openCore({ dataDir, clock: systemClock });
    cleanups.push(() => again.close());
    cleanups.push(() => stopPrinting(again));
    start(again);
    for (const id of ids) await waitFor(again, id, ['done']);
    expect(printer.jobs).toHaveLength(3);
    const titles = printer.jobs.map((j) => j.bytes.includes(iconv.encode('华强维修中心', 'gb18030')));
    expect(titles).toEqual([true, true, true]);
  });

  it('reprints a failed job on another printer; it leaves the problems list', async () => {
    const w = await world();
    const port = await refusedPort();
    const good = await fake('print');
    const off = await addPrinter(w.core, w.adminToken, 'Off', port);
    const on = await addPrinter(w.core, w.adminToken, 'On', good.port);
    start(w.core);
    const failed = enqueuePrint(
      { core: w.core, actor: null, origin: 'test' },
      { kind: 'receipt', printerId: off.id, document: receipt(2) },
    );
    await waitFor(w.core, failed.id, ['failed']);
    expect((await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken)).rows).toHaveLength(1);

    const again = await op(w.core, 'print.jobs.reprint', { id: failed.id, printerId: on.id }, w.adminToken);
    expect(again).toMatchObject({ reprintOf: failed.id, printerId: on.id, status: 'queued' });
    await waitFor(w.core, again.id, ['done']);
    expect(good.jobs).toHaveLength(1);
    expect((await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken)).rows).toHaveLength(0);
    const old = (await op(w.core, 'print.jobs.list', { status: 'failed' }, w.adminToken)).rows[0];
    expect(old).toMatchObject({ id: failed.id, supersededBy: again.id });
    const audit = await op(w.core, 'audit.list', { action: 'print.job.reprint' }, w.adminToken);
    expect(audit.rows[0]).toMatchObject({ entityId: String(failed.id), after: { newJobId: again.id, printerId: on.id } });
  });

  it('a job waiting for its next try is a print problem; sending it elsewhere withdraws it so it cannot print twice', async () => {
    const w = await world();
    const good = await fake('print');
    const off = await addPrinter(w.core, w.adminToken, 'Off', await refusedPort());
    const on = await addPrinter(w.core, w.adminToken, 'On', good.port);
    startPrinting(w.core, { pdf: noPdf, system: new NoSystemPrinting(), clock: systemClock, ...TIMING, retryDelaysMs: [60_000] });
    const waiting = enqueuePrint(
      { core: w.core, actor: null, origin: 'test' },
      { kind: 'receipt', printerId: off.id, document: receipt(3) },
    );
    const state = () =>
      w.core.db.prepare('SELECT status, last_error_code AS code FROM print_jobs WHERE id = ?').get(waiting.id) as {
        status: string;
        code: string | null;
      };
    await expect.poll(() => `${state().status} ${state().code}`, { timeout: 5_000 }).toBe('queued CONNECT_REFUSED');
    const problems = await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken);
    expect(problems.rows).toEqual([expect.objectContaining({ id: waiting.id, status: 'queued', lastErrorCode: 'CONNECT_REFUSED' })]);

    const again = await op(w.core, 'print.jobs.reprint', { id: waiting.id, printerId: on.id }, w.adminToken);
    await waitFor(w.core, again.id, ['done']);
    expect(job(w.core, waiting.id)).toMatchObject({ status: 'cancelled' });
    const withdrawn = (await op(w.core, 'print.jobs.list', { status: 'cancelled' }, w.adminToken)).rows;
    expect(withdrawn).toEqual([expect.objectContaining({ id: waiting.id, supersededBy: again.id })]);
    expect((await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken)).rows).toHaveLength(0);
    expect(good.jobs).toHaveLength(1);
  });

  it('a printer removed with jobs waiting turns them into print problems', async () => {
    const w = await world();
    const p = await addPrinter(w.core, w.adminToken, 'Gone', await refusedPort());
    const j = enqueuePrint({ core: w.core, actor: null, origin: 'test' }, { kind: 'receipt', printerId: p.id, document: receipt(1) });
    await op(w.core, 'print.printers.remove', { id: p.id }, w.adminToken);
    expect(job(w.core, j.id)).toMatchObject({ status: 'failed', last_error_code: 'PRINTER_REMOVED' });
    expect((await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken)).rows[0]).toMatchObject({
      id: j.id,
      printerName: 'Gone',
    });
  });

  it('stopping the worker mid-send puts the job back in the queue without counting the try', async () => {
    const w = await world();
    const stalled = await fake('stall');
    const p = await addPrinter(w.core, w.adminToken, 'Slow', stalled.port);
    const printing = start(w.core);
    const j = enqueuePrint({ core: w.core, actor: null, origin: 'test' }, { kind: 'receipt', printerId: p.id, document: receipt(1) });
    await waitFor(w.core, j.id, ['printing']);
    await printing.stop();
    expect(job(w.core, j.id)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('cancels a waiting job and refuses to cancel a printed one', async () => {
    const w = await world();
    const good = await fake('print');
    const p = await addPrinter(w.core, w.adminToken, 'P', good.port);
    const ctx = { core: w.core, actor: null, origin: 'test' };
    const waiting = enqueuePrint(ctx, { kind: 'receipt', printerId: p.id, document: receipt(1) });
    expect(await op(w.core, 'print.jobs.cancel', { id: waiting.id }, w.adminToken)).toMatchObject({ status: 'cancelled' });
    start(w.core);
    const printed = enqueuePrint(ctx, { kind: 'receipt', printerId: p.id, document: receipt(1) });
    await waitFor(w.core, printed.id, ['done']);
    await expect(op(w.core, 'print.jobs.cancel', { id: printed.id }, w.adminToken)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(good.jobs).toHaveLength(1);
  });
});

describe('a slip prints once, and "printed" means the printer took it all', () => {
  it('sending a job elsewhere while its first try is still in flight stops that try: one paper, on the new printer', async () => {
    const w = await world();
    const slow = await fake('slow', undefined, 1_200);
    const good = await fake('print');
    const busy = await addPrinter(w.core, w.adminToken, 'Busy', slow.port);
    const free = await addPrinter(w.core, w.adminToken, 'Free', good.port);
    startPrinting(w.core, { pdf: noPdf, system: new NoSystemPrinting(), clock: systemClock, ...TIMING, writeTimeoutMs: 5_000 });
    // A long document (about 1 MB): more than the connection buffers, so the printer cannot hold it all
    // unread before it starts reading.
    const first = enqueuePrint(
      { core: w.core, actor: null, origin: 'test' },
      { kind: 'receipt', printerId: busy.id, copies: 10, document: receipt(2_000) },
    );
    await waitFor(w.core, first.id, ['printing']);
    await slow.received(); // connected, bytes on their way, no answer yet

    const again = await op(w.core, 'print.jobs.reprint', { id: first.id, printerId: free.id }, w.adminToken);
    await waitFor(w.core, again.id, ['done']);
    await waitFor(w.core, first.id, ['cancelled', 'done', 'failed', 'queued']);
    await slow.closed(); // the slow printer is done with the first try's connection: it printed it or it was stopped
    expect(slow.jobs).toHaveLength(0);
    expect(good.jobs).toHaveLength(1);
    expect(slow.connections).toBe(1);
    expect(job(w.core, first.id)).toMatchObject({ status: 'cancelled' });
    expect(job(w.core, again.id)).toMatchObject({ status: 'done', attempts: 1 });
    expect((await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken)).rows).toHaveLength(0);
  });

  it('a try that was stopped because the job went elsewhere neither prints later nor is tried again', async () => {
    const w = await world();
    const slow = await fake('slow', undefined, 800);
    const busy = await addPrinter(w.core, w.adminToken, 'Busy', slow.port);
    const off = await addPrinter(w.core, w.adminToken, 'Off', await refusedPort());
    startPrinting(w.core, { pdf: noPdf, system: new NoSystemPrinting(), clock: systemClock, ...TIMING, writeTimeoutMs: 5_000 });
    const first = enqueuePrint(
      { core: w.core, actor: null, origin: 'test' },
      { kind: 'receipt', printerId: busy.id, copies: 10, document: receipt(2_000) },
    );
    await waitFor(w.core, first.id, ['printing']);
    await slow.received();
    const again = await op(w.core, 'print.jobs.reprint', { id: first.id, printerId: off.id }, w.adminToken);
    await waitFor(w.core, again.id, ['failed']);
    await slow.closed(); // the slow printer is done with the first try's connection
    // The new job failed on its own printer; the old one stays withdrawn and its printer got nothing.
    expect(job(w.core, first.id)).toMatchObject({ status: 'cancelled' });
    expect(slow.jobs).toHaveLength(0);
    expect(slow.connections).toBe(1);
  });

  it('a printer that accepts the connection and dies before reading leaves the job failed, not printed', async () => {
    const w = await world();
    const gone = await fake('gone', undefined, 100);
    const p = await addPrinter(w.core, w.adminToken, 'Crashed', gone.port);
    start(w.core);
    const j = enqueuePrint({ core: w.core, actor: null, origin: 'test' }, { kind: 'receipt', printerId: p.id, document: receipt(5) });
    const end = await waitFor(w.core, j.id, ['failed', 'done']);
    expect(end).toMatchObject({ status: 'failed', attempts: 3, last_error_code: 'CONNECTION_CLOSED' });
    expect(end.last_error).toMatch(/closed the connection before taking the whole document/);
    expect(gone.jobs).toHaveLength(0);
  });
});

describe('reprints say so on paper', () => {
  it('a printed job printed again carries the REPRINT mark on paper and in the preview; a job that never printed does not', async () => {
    const w = await world();
    const good = await fake('print');
    const p = await addPrinter(w.core, w.adminToken, 'Desk', good.port);
    const off = await addPrinter(w.core, w.adminToken, 'Off', await refusedPort());
    start(w.core);
    const ctx = { core: w.core, actor: null, origin: 'test' };
    const printed = enqueuePrint(ctx, { kind: 'receipt', printerId: p.id, document: { ...receipt(1), locale: 'en' } });
    await waitFor(w.core, printed.id, ['done']);
    const again = await op(w.core, 'print.jobs.reprint', { id: printed.id }, w.adminToken);
    await waitFor(w.core, again.id, ['done']);
    expect(good.jobs[0]?.bytes.includes(Buffer.from('REPRINT'))).toBe(false);
    expect(good.jobs[1]?.bytes.includes(Buffer.from('*** REPRINT ***'))).toBe(true);
    const preview = await op(w.core, 'print.jobs.preview', { id: again.id }, w.adminToken);
    expect(preview.html).toContain('*** REPRINT ***');
    expect(preview.document.reprint?.at).toMatch(/^Printed again \d{4}-\d\d-\d\d \d\d:\d\d$/);
    const audit = await op(w.core, 'audit.list', { action: 'print.job.reprint' }, w.adminToken);
    expect(audit.rows[0]).toMatchObject({ entityId: String(printed.id), after: { newJobId: again.id } });

    const failed = enqueuePrint(ctx, { kind: 'receipt', printerId: off.id, document: receipt(1) });
    await waitFor(w.core, failed.id, ['failed']);
    const moved = await op(w.core, 'print.jobs.reprint', { id: failed.id, printerId: p.id }, w.adminToken);
    await waitFor(w.core, moved.id, ['done']);
    expect(good.jobs[2]?.bytes.includes(iconv.encode('重印', 'gb18030'))).toBe(false);
  });
});
