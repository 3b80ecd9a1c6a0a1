import bwipjs from 'bwip-js/node';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock.ts';
import { startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { PAPER } from '../../shared/print/layout.ts';
import { count, op, PROFILE } from '../support/core.ts';
import { anyNumber } from '../support/matchers.ts';
import { deviceCondition, intakeOf } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore } from '../support/jobs-store.ts';
import { frameInk, framePng } from '../support/png.ts';
import { parseEscPos, rasterImages, startFakePrinter, type FakePrinter, type Token } from './print-fake-printer.ts';

/**
 * The job ticket and the device label on real loopback TCP printers: the intake prints both copies of
 * the ticket and the label after its commit; the bytes are read back command by command (GB18030 text,
 * the QR code and Code 128 of the job number, the signature as a raster picture dot for dot, the label's
 * codes picture), the passcode never among them. Printing again marks a copy printed before.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  closeJobsStores();
});

/** The signature as drawn: 400 × 120 pixels is 50 mm at 8 dots a millimetre, the width the ticket prints it at. */
const SIG_W = 400;
const SIG_H = 120;
const SIGNATURE = `data:image/png;base64,${framePng(SIG_W, SIG_H, 4).toString('base64')}`;
const PASSCODE = '975310';

async function printer(): Promise<FakePrinter> {
  const p = await startFakePrinter('status');
  cleanups.push(() => p.close());
  return p;
}

/** A Chinese shop with a ticket printer (80 mm) and a label printer (40 × 30), both on loopback, and the worker running. */
async function shop(locale: 'zh-CN' | 'en') {
  const s = await jobsStore();
  const { core } = s;
  const admin = s.admin.token;
  await op(core, 'store.profile.update', { ...PROFILE, name: locale === 'zh-CN' ? '华强维修中心' : 'Test Repair Shop', locale }, admin);
  const customer = await op(core, 'customers.create', { name: '王小明', phones: ['13912345678'] }, admin);
  const asset = await op(
    core,
    'assets.save',
    {
      customerId: customer.id,
      kind: 'device',
      brand: 'Huawei',
      model: 'Mate 60',
      imei: '353322112233441',
      purchaseDate: '2026-01-10',
      proof: 'invoice',
    },
    admin,
  );
  const tickets = await printer();
  const labels = await printer();
  const ticketPrinter = await op(
    core,
    'print.printers.save',
    { name: 'Counter', connection: 'network', host: '127.0.0.1', port: tickets.port, paper: '80mm' },
    admin,
  );
  const labelPrinter = await op(
    core,
    'print.printers.save',
    { name: 'Labels', connection: 'network', host: '127.0.0.1', port: labels.port, paper: 'label40x30' },
    admin,
  );
  await op(
    core,
    'print.routes.save',
    {
      routes: [
        { kind: 'jobTicket', printerId: ticketPrinter.id, paper: '80mm', copies: 1 },
        { kind: 'deviceLabel', printerId: labelPrinter.id, paper: 'label40x30', copies: 1 },
      ],
    },
    admin,
  );
  startPrinting(core, { system: new NoSystemPrinting(), clock: systemClock, answerWaitMs: 100 });
  cleanups.push(() => stopPrinting(core));
  const intake = (more: Record<string, unknown> = {}) =>
    op(
      core,
      'jobs.intake',
      intakeOf(customer.id, asset.id, {
        fault: locale === 'zh-CN' ? '摔了一下，屏幕碎了，触摸失灵' : 'Dropped it: the screen cracked and touch stopped working',
        condition: {
          ...deviceCondition('scratches'),
          scratches: { state: 'damaged', note: locale === 'zh-CN' ? '背面两道划痕' : 'Two scratches on the back' },
        },
        accessories: ['case', 'simCard', locale === 'zh-CN' ? '数据线' : 'USB cable'],
        passcode: PASSCODE,
        signature: SIGNATURE,
        ...more,
      }),
      s.reception.token,
    );
  return { ...s, tickets, labels, intake };
}

/** The text a printed stream carries, GB18030 decoded, one text run a line. */
const textOf = (tokens: Token[]) =>
  tokens
    .filter((t): t is { text: Buffer } => 'text' in t)
    .map((t) => iconv.decode(t.text, 'gb18030'))
    .join('\n');

/** The data of the stream's QR code (GS ( k store) and its Code 128 (GS k 73, code set B). */
function codesOf(tokens: Token[]) {
  const qr = tokens.filter((t) => 'cmd' in t && t.cmd === 'qr' && t.bytes[5] === 0x31 && t.bytes[6] === 0x50);
  const bar = tokens.filter((t) => 'cmd' in t && t.cmd === 'code128');
  return {
    qr: qr.map((t) => ('cmd' in t ? t.bytes.subarray(8).toString('utf8') : '')),
    code128: bar.map((t) => ('cmd' in t ? t.bytes.subarray(4).toString('latin1') : '')),
  };
}

describe('the job ticket on a thermal printer', () => {
  it('prints both copies after the intake, in Chinese: codes of the number, the warranty in words, the signature dot for dot, no passcode', async () => {
    const s = await shop('zh-CN');
    const job = await s.intake();

    expect(job.printJobs.map((p) => [p.kind, p.copy, p.status])).toEqual([
      ['jobTicket', 'customer', 'queued'],
      ['jobTicket', 'shop', 'queued'],
      ['deviceLabel', null, 'queued'],
    ]);
    const copies = [await s.tickets.nextJob(), await s.tickets.nextJob()].map((j) => parseEscPos(j.bytes));
    const [customer, shopCopy] = copies.map(textOf);

    for (const [i, tokens] of copies.entries()) {
      const text = textOf(tokens);
      expect(text).toContain('华强维修中心');
      expect(text).toContain(job.number);
      expect(codesOf(tokens)).toEqual({ qr: [job.number], code128: [`{B${job.number}`] });
      expect(text).toContain('王小明');
      expect(text).toContain('139****5678');
      expect(text).not.toContain('13912345678');
      expect(text).toContain('353322112233441');
      expect(text).toContain('摔了一下，屏幕碎了，触摸失灵');
      expect(text).toMatch(/保护壳、SIM 卡、数据线/);
      expect(text).toContain('划痕：背面两道划痕');
      // The warranty outcome and its reason, in the warranty catalogue's words filled with the verdict's dates.
      expect(text).toContain('保修期内免费维修');
      expect(text).toContain('在保修期内，至 2027-01-10。');
      expect(text).toMatch(/购买日期 +2026-01-10/);
      expect(text).toMatch(/受理日期 +2026-03-02/);
      expect(text).toMatch(/Screen assembly/);
      expect(text).toMatch(/报价合计 +￥450\.00/);
      expect(text).toMatch(/定金 +￥100\.00/);
      expect(text).toMatch(/应付余额 +￥350\.00/);
      expect(text).toContain('预计完成');
      expect(text.replace(/\n/g, ''), 'the terms').toContain('取件时请出示本单。修好后 90 天未取的物品');
      expect(text, `copy ${i} never prints the passcode`).not.toContain(PASSCODE);

      const [signature, ...more] = rasterImages(tokens);
      expect(more).toEqual([]);
      expect(signature!.width).toBe(PAPER['80mm'].dots);
      expect(signature!.height).toBe(SIG_H);
      const ink = frameInk(SIG_W, SIG_H, 4);
      const wrong: string[] = [];
      for (let y = 0; y < SIG_H; y++)
        for (let x = 0; x < PAPER['80mm'].dots!; x++) if (signature!.dot(x, y) !== (x < SIG_W && ink(x, y))) wrong.push(`${x},${y}`);
      expect(wrong).toEqual([]);
    }
    expect(customer).toContain('维修受理单 · 客户联');
    expect(customer).toContain('请妥善保管本单');
    expect(shopCopy).toContain('维修受理单 · 存根联');
    expect(shopCopy).toMatch(/受理人 +Rita Reception/);
  });

  it('prints the label on the 40 × 30 printer: the number, both codes side by side, the family name and the fault cut short', async () => {
    const s = await shop('zh-CN');
    const job = await s.intake();
    const tokens = parseEscPos((await s.labels.nextJob()).bytes);
    const text = textOf(tokens);
    expect(text).toContain(job.number);
    expect(text).toContain('王 · 摔了一下，屏幕碎了\n，触摸失灵');
    expect(text).not.toContain('小明');
    expect(text).not.toContain(PASSCODE);

    const [codes, ...more] = rasterImages(tokens);
    expect(more).toEqual([]);
    expect(codes!.width).toBe(PAPER.label40x30.dots);
    // The picture, the number (double height) and the two lines of the fault fit the label's 27 mm (216 dots) at 34 dots a line.
    expect(codes!.height + 4 * 34).toBeLessThanOrEqual(216);
    expect(tokens.filter((t) => 'cmd' in t && t.cmd === 'lf')).toHaveLength(3);
    // The QR code's modules, 3 dots each, sit at the picture's left edge once centred: read them back.
    const [qr] = bwipjs.raw('qrcode', job.number, 'eclevel=M') as { pixs: number[]; pixx: number }[];
    const [bar] = bwipjs.raw('code128', job.number) as { sbs: number[] }[];
    const modules = bar!.sbs.reduce((a, b) => a + b, 0);
    const drawn = qr!.pixx * 3 + 16 + modules;
    const left = Math.floor((PAPER.label40x30.dots! - drawn) / 2);
    const read = Array.from({ length: qr!.pixx * qr!.pixx }, (_, i) =>
      codes!.dot(left + (i % qr!.pixx) * 3 + 1, Math.floor(i / qr!.pixx) * 3 + 1) ? 1 : 0,
    );
    expect(read).toEqual(qr!.pixs);
    // The bars, one dot a module, across the middle row.
    const row = Array.from({ length: modules }, (_, x) => codes!.dot(left + qr!.pixx * 3 + 16 + x, 30));
    const widths: number[] = [];
    for (const [x, black] of row.entries()) {
      if (x === 0 || black !== row[x - 1]) widths.push(1);
      else widths[widths.length - 1]!++;
    }
    expect(widths).toEqual(bar!.sbs);
  });

  it('prints again with the REPRINT mark on a copy that came out before, audited; the label too', async () => {
    const s = await shop('en');
    const job = await s.intake({ print: false });
    expect(job.printJobs).toEqual([]);
    expect(count(s.core, 'print_jobs')).toBe(0);

    const first = await op(s.core, 'jobs.printTicket', { jobId: job.id, copies: 'customer' }, s.reception.token);
    expect(first.printJobs).toEqual([{ id: anyNumber(), kind: 'jobTicket', copy: 'customer', status: 'queued' }]);
    const firstText = textOf(parseEscPos((await s.tickets.nextJob()).bytes));
    expect(firstText).toContain('Repair job ticket · Customer copy');
    expect(firstText).not.toContain('REPRINT');
    await s.tickets.closed(1);
    await expect
      .poll(() => s.core.db.prepare('SELECT status FROM print_jobs WHERE id = ?').pluck().get(first.printJobs[0]!.id))
      .toBe('done');

    const again = await op(s.core, 'jobs.printTicket', { jobId: job.id }, s.reception.token);
    expect(again.printJobs.map((p) => [p.kind, p.copy])).toEqual([
      ['jobTicket', 'customer'],
      ['jobTicket', 'shop'],
    ]);
    const [customer, shopCopy] = [await s.tickets.nextJob(), await s.tickets.nextJob()].map((j) => textOf(parseEscPos(j.bytes)));
    expect(customer).toContain('*** REPRINT ***');
    expect(customer).toContain('Within the warranty period, until 2027-01-10.');
    expect(shopCopy).toContain('Shop copy');
    expect(shopCopy).not.toContain('REPRINT');

    const label = await op(s.core, 'jobs.printLabel', { jobId: job.id }, s.reception.token);
    expect(label.printJobs).toEqual([{ id: anyNumber(), kind: 'deviceLabel', copy: null, status: 'queued' }]);
    expect(textOf(parseEscPos((await s.labels.nextJob()).bytes))).toContain(`${job.number}`);

    const audit = s.core.db
      .prepare(
        "SELECT action, entity_id AS number, actor_id AS actor, after_json AS after FROM audit_log WHERE action LIKE 'job.%.print' ORDER BY id",
      )
      .all() as { action: string; number: string; actor: number; after: string }[];
    expect(audit.map((a) => [a.action, a.number, a.actor, JSON.parse(a.after) as unknown])).toEqual([
      ['job.ticket.print', job.number, s.reception.id, { copies: 'customer', printJobs: first.printJobs.map((p) => p.id) }],
      ['job.ticket.print', job.number, s.reception.id, { copies: 'both', printJobs: again.printJobs.map((p) => p.id) }],
      ['job.label.print', job.number, s.reception.id, { printJobId: label.printJobs[0]!.id }],
    ]);
  });
});

describe('printing after the intake commits', () => {
  it('a ticket that cannot be rendered leaves the job saved, says the print failed, and still prints the label', async () => {
    const s = await shop('zh-CN');
    // A signature whose compressed pixels are damaged: it starts like a PNG, so intake keeps it, but it cannot be drawn.
    const damaged = framePng(SIG_W, SIG_H, 4);
    damaged[damaged.length - 20]! ^= 0xff;

    const job = await s.intake({ signature: `data:image/png;base64,${damaged.toString('base64')}` });

    expect(job.status).toBe('received');
    expect(count(s.core, 'jobs')).toBe(1);
    expect((await op(s.core, 'jobs.get', { jobId: job.id }, s.reception.token)).media.map((m) => m.kind)).toEqual(['signature']);
    expect(job.printJobs.map((p) => [p.kind, p.status])).toEqual([
      ['jobTicket', 'failed'],
      ['jobTicket', 'failed'],
      ['deviceLabel', 'queued'],
    ]);
    const problems = (await op(s.core, 'print.jobs.list', { problems: true, limit: 10 }, s.reception.token)).rows;
    expect(problems.map((p) => [p.kind, p.lastErrorCode])).toEqual([
      ['jobTicket', 'PREPARE_FAILED'],
      ['jobTicket', 'PREPARE_FAILED'],
    ]);
    expect(problems[0]!.lastError).toMatch(/cannot be printed/);
    expect(textOf(parseEscPos((await s.labels.nextJob()).bytes))).toContain(job.number);
  });
});
