import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopPrinting } from '../../electron/core/printing/index.ts';
import { findChromium } from '../../electron/core/printing/pdf.ts';
import { makeTempDir, op, PROFILE } from '../support/core.ts';
import { closeJobsStores, jobsStore, type JobsStore } from '../support/jobs-store.ts';

/**
 * The job ticket on page paper: an A5 PDF by the real Chromium, read back with poppler's pdftotext,
 * in both languages. It shows the number, the warranty outcome and its reason, an override with the
 * staff's reason beside what the rules said, and never the passcode.
 */

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
if (why) console.warn(`jobs-print-pdf tests skipped: ${why}`);

const PASSCODE = '864200';
const stores: JobsStore[] = [];
afterAll(async () => {
  for (const s of stores) await stopPrinting(s.core);
  closeJobsStores();
});

async function pdfText(s: JobsStore, document: Record<string, unknown>, paper: string): Promise<{ text: string; pages: number }> {
  const pdf = await op(s.core, 'print.pdf', { document, paper, inline: true }, s.reception.token);
  const file = path.join(makeTempDir('frontdesk-job-pdf-'), 'ticket.pdf');
  fs.writeFileSync(file, Buffer.from(pdf.dataBase64!, 'base64'));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // pdftotext keeps each printed line whole with -layout; spaces between a key and its value vary.
  return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

describe.skipIf(why)('the job ticket as a PDF', () => {
  it('A5 in Chinese: the number, the warranty outcome and its reason with the dates used, never the passcode', async () => {
    const s = await jobsStore();
    stores.push(s);
    await op(s.core, 'store.profile.update', { ...PROFILE, name: '华强维修中心', locale: 'zh-CN' }, s.admin.token);
    const job = await s.intake({ passcode: PASSCODE, print: false });

    const { text, pages } = await pdfText(s, { kind: 'jobTicket', jobId: job.id, copy: 'customer' }, 'A5');
    // The terms and the signature start the second page together when the first is full.
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('华强维修中心');
    expect(text).toContain(`维修受理单 · 客户联`);
    expect(text).toContain(job.number);
    expect(text).toMatch(/保修判定\s+保修期内免费维修/);
    expect(text).toContain('在保修期内，至 2027-01-10。');
    expect(text).toMatch(/保修截止\s+2027-01-10/);
    expect(text).toMatch(/138\*\*\*\*1234/);
    expect(text).not.toContain(PASSCODE);
  }, 60_000);

  it('A5 in English with a staff override: the decision, the staff reason and what the rules said', async () => {
    const s = await jobsStore();
    stores.push(s);
    const job = await s.intake({
      passcode: PASSCODE,
      print: false,
      lines: [],
      warranty: {
        category: 'phone',
        part: 'handset',
        answers: [],
        override: { outcome: 'outOfWarranty', reason: 'Screen replaced by a street stall' },
      },
    });

    const { text } = await pdfText(s, { kind: 'jobTicket', jobId: job.id, copy: 'shop' }, 'A5');
    expect(text).toContain('Repair job ticket · Shop copy');
    expect(text).toContain(job.number);
    expect(text).toMatch(/Warranty\s+Out of warranty/);
    expect(text).toContain('Decided by staff: Screen replaced by a street stall');
    expect(text).toContain('The rules said: In-warranty repair');
    expect(text).toContain('No estimate yet');
    expect(text).toMatch(/Taken in by\s+Rita Reception/);
    expect(text).not.toContain(PASSCODE);
  }, 60_000);

  it('the label as a 40 × 30 mm page: the number and the family name', async () => {
    const s = await jobsStore();
    stores.push(s);
    const job = await s.intake({ print: false });
    const { text, pages } = await pdfText(s, { kind: 'deviceLabel', jobId: job.id }, 'label40x30');
    expect(pages).toBe(1);
    expect(text).toContain(job.number);
    expect(text.replace(/\s+/g, ' ')).toContain('Customer · Screen cracked after a drop');
  }, 60_000);
});
