import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock.ts';
import type { Core } from '../../electron/core/core.ts';
import { queueSlip, type QueueSlipData } from '../../electron/core/printing/documents/queue-slip.ts';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import type { PdfRenderer } from '../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { count, makeCore, op, PROFILE, removeTempDirs, setUpStore } from '../support/core.ts';
import { setUpQueue } from '../support/queue.ts';
import { parseEscPos, startFakePrinter, type Token } from './print-fake-printer.ts';

/** The queue slip: its document, its ESC/POS bytes, and printing it through the queue to a loopback printer. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  removeTempDirs();
});

const gb = (s: string) => iconv.encode(s, 'gb18030');
const texts = (tokens: Token[]) => tokens.flatMap((t) => ('text' in t ? [iconv.decode(t.text, 'gb18030')] : []));

const SLIP: QueueSlipData = {
  store: { name: '华强维修中心', locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
  service: { nameZh: '维修受理', nameEn: 'Repair intake' },
  number: 'A012',
  ticketId: 4711,
  ahead: 3,
  estimatedMinutes: 25,
  issuedAt: '2026-03-02T06:05:00.000Z',
  notice: '',
};

describe('the queue slip document', () => {
  it('prints the number double size and bold, centred, with the Chinese lines in GB18030', () => {
    const bytes = renderEscPos(queueSlip(SLIP), { paper: '80mm' });
    const tokens = parseEscPos(bytes);
    const lines = texts(tokens).map((t) => t.trim());
    expect(lines).toContain('华强维修中心');
    expect(lines).toContain('维修受理');
    expect(lines).toContain('Repair intake');
    expect(lines).toContain('你前面还有3人在等待');
    expect(lines).toContain('3 people ahead of you');
    expect(lines).toContain('过号无效，请您重新取号');
    expect(lines.some((l) => l.startsWith('预计等待') && l.endsWith('约 25 分钟'))).toBe(true);
    expect(lines.some((l) => l.startsWith('取号时间') && l.endsWith('2026-03-02 14:05'))).toBe(true);
    // The number: a size command for double width and height just before it, bold on, centred.
    const at = tokens.findIndex((t) => 'text' in t && t.text.toString('latin1').trim() === 'A012');
    expect(at).toBeGreaterThan(0);
    const before = tokens.slice(Math.max(0, at - 6), at).filter((t): t is { cmd: string; bytes: Buffer } => 'cmd' in t);
    expect(before.some((t) => t.cmd === 'size' && t.bytes[2] === 0x11)).toBe(true);
    expect(before.some((t) => t.cmd === 'bold' && t.bytes[2] === 1)).toBe(true);
    expect(before.some((t) => t.cmd === 'align' && t.bytes[2] === 1)).toBe(true);
    // The QR code holds the ticket's permanent id; the slip ends with a cut.
    const qr = tokens.filter((t) => 'cmd' in t && t.cmd === 'qr').map((t) => ('bytes' in t ? t.bytes.toString('latin1') : ''));
    expect(qr.some((q) => q.includes('FD-Q4711'))).toBe(true);
    expect(tokens.some((t) => 'cmd' in t && t.cmd === 'cut')).toBe(true);
  });

  it('speaks English first in an English store, says "next" with nobody ahead, and prints the store notice', () => {
    const doc = queueSlip({
      ...SLIP,
      store: { ...SLIP.store, name: 'Fix It', locale: 'en' },
      ahead: 0,
      estimatedMinutes: 0,
      notice: 'Keep this slip, please',
    });
    const lines = texts(parseEscPos(renderEscPos(doc, { paper: '58mm' }))).map((t) => t.trim());
    expect(doc.title).toBe('Queue number A012');
    expect(lines.indexOf('Repair intake')).toBeLessThan(lines.indexOf('维修受理'));
    expect(lines).toContain('You are next');
    expect(lines).toContain('下一位就是您');
    expect(lines).toContain('Keep this slip, please');
    expect(lines).not.toContain('A missed number must take a new one');
    const english = queueSlip({ ...SLIP, store: { ...SLIP.store, locale: 'en' }, ahead: 1 });
    const englishLines = texts(parseEscPos(renderEscPos(english, { paper: '80mm' }))).map((t) => t.trim());
    expect(englishLines).toContain('1 person ahead of you');
    expect(englishLines).toContain('A missed number must take a new one');
  });

  it('says "no wait" rather than "about 0 min", with nobody ahead or a wait that rounds to nothing', () => {
    const waitLine = (slip: typeof SLIP) =>
      texts(parseEscPos(renderEscPos(queueSlip(slip), { paper: '80mm' })))
        .map((t) => t.trim())
        .find((l) => l.startsWith('预计等待') || l.startsWith('Estimated wait'));
    expect(waitLine({ ...SLIP, ahead: 0, estimatedMinutes: 0 })).toMatch(/^预计等待\s+无需等候$/);
    expect(waitLine({ ...SLIP, ahead: 2, estimatedMinutes: 0 })).toMatch(/^预计等待\s+无需等候$/);
    expect(waitLine({ ...SLIP, store: { ...SLIP.store, locale: 'en' }, ahead: 1, estimatedMinutes: 0 })).toMatch(
      /^Estimated wait\s+No wait$/,
    );
    expect(waitLine({ ...SLIP, store: { ...SLIP.store, locale: 'en' }, ahead: 1, estimatedMinutes: 7 })).toMatch(
      /^Estimated wait\s+about 7 min$/,
    );
  });
});

const noPdf: PdfRenderer = { render: () => Promise.reject(new Error('no PDF in this test')), close: () => Promise.resolve() };

async function world() {
  const t = makeCore();
  cleanups.push(() => t.core.close());
  const { adminToken } = await setUpStore(t.core);
  await op(t.core, 'store.profile.update', { ...PROFILE, name: '华强维修中心', locale: 'zh-CN' }, adminToken);
  const q = await setUpQueue(t.core, adminToken);
  return { ...t, ...q, token: adminToken };
}

function startQueue(core: Core): void {
  startPrinting(core, {
    pdf: noPdf,
    system: new NoSystemPrinting(),
    clock: systemClock,
    connectTimeoutMs: 1_000,
    writeTimeoutMs: 700,
    retryDelaysMs: [50, 100],
  });
  cleanups.push(() => stopPrinting(core));
}

describe('printing the slip when a number is issued', () => {
  it('issues without a print job when no printer prints queue slips', async () => {
    const w = await world();
    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.A }, w.token);
    expect(issued.printJobId).toBeNull();
    expect(issued.ticket.number).toBe('A001');
    expect(count(w.core, 'print_jobs')).toBe(0);
    expect((await op(w.core, 'queue.reprintSlip', { ticketId: issued.ticket.id }, w.token)).printJobId).toBeNull();
  });

  it('prints the slip on the routed network printer, and reprints it with the queue as it stands', async () => {
    const w = await world();
    const printer = await startFakePrinter('print');
    cleanups.push(() => printer.close());
    const p = await op(
      w.core,
      'print.printers.save',
      { name: 'Slips', connection: 'network', host: '127.0.0.1', port: printer.port, paper: '80mm' },
      w.token,
    );
    await op(w.core, 'print.routes.save', { routes: [{ kind: 'queueSlip', printerId: p.id, paper: '80mm', copies: 1 }] }, w.token);
    await op(w.core, 'store.settings.update', { queueSlipNotice: '请留意叫号屏' }, w.token);
    startQueue(w.core);
    await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.A }, w.token);
    expect(issued.printJobId).toEqual(expect.any(Number));
    const job = await printer.nextJob();
    expect(job.bytes.includes(gb('华强维修中心'))).toBe(true);
    expect(job.bytes.includes(gb('A002'))).toBe(true);
    expect(job.bytes.includes(gb('你前面还有1人在等待'))).toBe(true);
    expect(job.bytes.includes(gb('请留意叫号屏'))).toBe(true);
    expect(job.bytes.includes(Buffer.from(`FD-Q${issued.ticket.id}`))).toBe(true);
    // The first customer is called: the reprint says nobody is ahead any more.
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    const again = await op(w.core, 'queue.reprintSlip', { ticketId: issued.ticket.id }, w.token);
    expect(again.printJobId).not.toBe(issued.printJobId);
    const reprint = await printer.nextJob();
    expect(reprint.bytes.includes(gb('下一位就是您'))).toBe(true);
    // The paper says it is a second slip for the same number, and the reprint is on record.
    expect(reprint.bytes.includes(gb('*** 重印 ***'))).toBe(true);
    expect(job.bytes.includes(gb('重印'))).toBe(false);
    const audit = await op(w.core, 'audit.list', { action: 'queue.slip.reprint' }, w.token);
    expect(audit.rows[0]).toMatchObject({ entity: 'ticket', entityId: String(issued.ticket.id), after: { printJobId: again.printJobId } });
    // A finished ticket's slip is not printed again.
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    await op(w.core, 'queue.finish', { ticketId: issued.ticket.id }, w.token);
    await expect(op(w.core, 'queue.reprintSlip', { ticketId: issued.ticket.id }, w.token)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'done' },
    });
  });
});
