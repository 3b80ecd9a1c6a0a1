import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock.ts';
import { startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import { findChromium } from '../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { PAPER } from '../../shared/print/layout.ts';
import { makeTempDir, op, PROFILE } from '../support/core.ts';
import { intakeOf, readyJob } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore, type JobsStore } from '../support/jobs-store.ts';
import { frameInk, framePng } from '../support/png.ts';
import { parseEscPos, rasterImages, startFakePrinter, type Token } from './print-fake-printer.ts';

/**
 * The delivery note a handover prints: on a loopback 80 mm printer after the pickup commits (GB18030
 * text, the collection signature dot for dot) and again on request (audited), and as A4 and A5 PDFs by
 * the real Chromium read back with pdftotext, in both languages: the job, the work done, each accessory
 * returned or missing with its note, the shop's warranty on the work with its last day, who handed it
 * over and how the collector was verified.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  closeJobsStores();
});

const SIG_W = 400;
const SIG_H = 120;
const SIGNATURE = `data:image/png;base64,${framePng(SIG_W, SIG_H, 6).toString('base64')}`;

const textOf = (tokens: Token[]) =>
  tokens
    .filter((t): t is { text: Buffer } => 'text' in t)
    .map((t) => iconv.decode(t.text, 'gb18030'))
    .join('\n');

/** A shop in `locale` with a ready, paid job (a case and a charger left with it) handed over with the charger missing. */
async function handedOver(s: JobsStore, locale: 'zh-CN' | 'en', print: boolean) {
  await op(
    s.core,
    'store.profile.update',
    { ...PROFILE, name: locale === 'zh-CN' ? '华强维修中心' : 'Test Repair Shop', locale },
    s.admin.token,
  );
  const job = await readyJob(
    s.core,
    s.admin.token,
    s.tech,
    intakeOf(s.customerId, s.assetId, { accessories: ['case', 'charger'], print: false }),
  );
  const note = locale === 'zh-CN' ? '客户说留在家里' : 'Left at home, the customer says';
  return op(
    s.core,
    'jobs.pickup',
    {
      jobId: job.id,
      proof: { kind: 'phone', number: job.number, lastFour: '1234' },
      accessories: [
        { item: 'case', state: 'returned', note: '' },
        { item: 'charger', state: 'missing', note },
      ],
      missingConfirmed: true,
      signature: SIGNATURE,
      print,
    },
    s.reception.token,
  );
}

describe('the delivery note on a thermal printer', () => {
  it('prints after the handover commits, in Chinese, with the collection signature; printed again on request, audited', async () => {
    const s = await jobsStore();
    const p = await startFakePrinter('status');
    cleanups.push(() => p.close());
    const printer = await op(
      s.core,
      'print.printers.save',
      { name: 'Counter', connection: 'network', host: '127.0.0.1', port: p.port, paper: '80mm' },
      s.admin.token,
    );
    await op(
      s.core,
      'print.routes.save',
      { routes: [{ kind: 'deliveryNote', printerId: printer.id, paper: '80mm', copies: 1 }] },
      s.admin.token,
    );
    startPrinting(s.core, { system: new NoSystemPrinting(), clock: systemClock, answerWaitMs: 100 });
    cleanups.push(() => stopPrinting(s.core));

    const job = await handedOver(s, 'zh-CN', true);
    expect(job.printJobs.map((j) => [j.kind, j.status])).toEqual([['deliveryNote', 'queued']]);
    const tokens = parseEscPos((await p.nextJob()).bytes);
    const text = textOf(tokens);
    expect(text).toContain('华强维修中心');
    expect(text).toContain('取件单');
    expect(text).toContain(job.number);
    expect(text).toContain('Lee Customer');
    expect(text).toContain('138****1234');
    expect(text).toMatch(/Screen assembly +￥450\.00/);
    expect(text).toMatch(/保护壳 +已归还/);
    expect(text).toMatch(/充电器 +缺失：客户说留在家里/);
    // The shop's own repairs (phone/shopRepair): 3 months from the handover, 2026-03-02 in Shanghai.
    expect(text).toContain('本店更换的配件');
    expect(text).toContain('保修至 2026-06-02');
    expect(text).toMatch(/取件核验 +工单号 \+ 手机尾号/);
    expect(text).toMatch(/经办人 +Rita Reception/);
    const [signature, ...more] = rasterImages(tokens);
    expect(more).toEqual([]);
    const ink = frameInk(SIG_W, SIG_H, 6);
    const wrong: string[] = [];
    for (let y = 0; y < SIG_H; y++)
      for (let x = 0; x < PAPER['80mm'].dots!; x++) if (signature!.dot(x, y) !== (x < SIG_W && ink(x, y))) wrong.push(`${x},${y}`);
    expect(wrong).toEqual([]);

    const again = await op(s.core, 'jobs.printDeliveryNote', { jobId: job.id }, s.reception.token);
    expect(again.printJobs).toHaveLength(1);
    expect(textOf(parseEscPos((await p.nextJob()).bytes))).toContain(job.number);
    expect(s.core.db.prepare("SELECT actor_id, entity_id FROM audit_log WHERE action = 'job.deliveryNote.print'").all()).toEqual([
      { actor_id: s.reception.id, entity_id: job.number },
    ]);
  });

  it('gives a car the workshop’s warranty on its repair: days or km on the odometer, whichever first', async () => {
    const s = await jobsStore();
    await op(
      s.core,
      'jobs.settings.set',
      { required: { signature: false, pickupSignature: false, conditionCheck: false, identifier: true } },
      s.admin.token,
    );
    const car = await op(
      s.core,
      'assets.save',
      { customerId: s.customerId, kind: 'vehicle', brand: 'Toyota', model: 'Corolla', plate: '沪A12345' },
      s.admin.token,
    );
    const job = await readyJob(
      s.core,
      s.admin.token,
      s.tech,
      intakeOf(s.customerId, car.id, { condition: {}, accessories: [], signature: null, mileageKm: 42_000, warranty: null, print: false }),
    );
    await op(s.core, 'jobs.pickup', { jobId: job.id, proof: { kind: 'ticket', number: job.number } }, s.reception.token);
    const { document } = await op(s.core, 'print.preview', { document: { kind: 'deliveryNote', jobId: job.id } }, s.reception.token);
    const lines = document.blocks.flatMap((b) => ('text' in b ? [b.text] : 'key' in b ? [`${b.key} ${b.value}`] : []));
    // 一级维护、小修及专项修理: 10 days or 2,000 km from the handover (2026-03-02, odometer 42,000).
    expect(lines).toContain('Until 2026-03-12 or 44,000 km on the odometer, whichever comes first');
    expect(lines).toContain('Accessories');
    expect(lines).toContain('None were left with us');
  });

  it('refuses a delivery note for a job not handed over', async () => {
    const s = await jobsStore();
    const job = await s.intake({ print: false });
    await expect(op(s.core, 'jobs.printDeliveryNote', { jobId: job.id }, s.reception.token)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fields: { jobId: 'has not been handed over' },
    });
  });
});

const chromium = findChromium();
const poppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const why = !chromium ? 'no Chromium on this machine' : !poppler ? 'pdftotext (poppler-utils) is not installed' : '';

async function pdfText(s: JobsStore, jobId: number, paper: string): Promise<string> {
  const pdf = await op(s.core, 'print.pdf', { document: { kind: 'deliveryNote', jobId }, paper, inline: true }, s.reception.token);
  const file = path.join(makeTempDir('frontdesk-delivery-pdf-'), 'note.pdf');
  fs.writeFileSync(file, Buffer.from(pdf.dataBase64!, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(why)('the delivery note as a PDF', () => {
  it('A4 in English and A5 in Chinese: the job, the work, the accessories, the warranty’s last day, who handed it over', async () => {
    const s = await jobsStore();
    cleanups.push(() => stopPrinting(s.core));
    const job = await handedOver(s, 'en', false);
    const en = await pdfText(s, job.id, 'A4');
    expect(en).toContain('Delivery note');
    expect(en).toContain(job.number);
    expect(en).toMatch(/Work done/);
    expect(en).toMatch(/Screen assembly\s+\$450\.00|Screen assembly\s+CN¥450\.00|Screen assembly\s+¥450\.00/);
    expect(en).toMatch(/Case\s+Returned/);
    expect(en).toMatch(/Charger\s+MISSING: Left at home, the customer says/);
    expect(en).toContain('Part fitted by this shop');
    expect(en).toContain('Until 2026-06-02');
    expect(en).toMatch(/Collected on\s+Job number and phone digits/);
    expect(en).toMatch(/Handed over by\s+Rita Reception/);

    await op(s.core, 'store.profile.update', { ...PROFILE, name: '华强维修中心', locale: 'zh-CN' }, s.admin.token);
    const zh = await pdfText(s, job.id, 'A5');
    expect(zh).toContain('取件单');
    expect(zh).toMatch(/充电器\s+缺失：Left at home, the customer says/);
    expect(zh).toContain('保修至 2026-06-02');
  }, 60_000);
});
