import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER, PAPER_SIZES, type PaperSize, type PrintDocument } from '../../shared/print/layout.ts';
import type { Core } from '../../electron/core/core.ts';
import { renderHtml } from '../../electron/core/printing/html.ts';
import { printingPorts, stopPrinting } from '../../electron/core/printing/index.ts';
import { findChromium } from '../../electron/core/printing/pdf.ts';
import { approveFolder, makeCore, makeTempDir, op, PROFILE, removeTempDirs, setUpStore } from '../support/core.ts';

/**
 * PDFs rendered by the real Chromium (the station server's path: playwright-core driving the
 * system's browser), read back with poppler's pdftotext and pdfinfo.
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
const why = !chromium
  ? 'no Chromium on this machine (install chromium or set FRONTDESK_CHROMIUM)'
  : !poppler
    ? 'pdftotext (poppler-utils) is not installed'
    : '';
if (why) console.warn(`print-pdf tests skipped: ${why}`);

const text = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
function pageInfo(file: string): { widthPt: number; heightPt: number; pages: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { widthPt: Number(size[1]), heightPt: Number(size[2]), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}
const mmToPt = (mm: number) => (mm / 25.4) * 72;

let core: Core;
let token: string;
let adminId: number;
let printerId: number;

beforeAll(async () => {
  if (why) return;
  ({ core } = makeCore());
  ({ adminToken: token, adminId } = await setUpStore(core));
  await op(core, 'store.profile.update', { ...PROFILE, name: '华强维修中心', locale: 'zh-CN' }, token);
  printerId = (
    await op(core, 'print.printers.save', { name: 'Office', connection: 'system', systemName: 'office_laser', paper: 'A4' }, token)
  ).id;
});
afterAll(async () => {
  if (core) {
    await stopPrinting(core);
    core.close();
  }
  removeTempDirs();
});

describe.skipIf(why !== '')('PDF through real Chromium', () => {
  for (const paper of PAPER_SIZES) {
    it(`the test page at ${paper}: Chinese store name and job number, at the right page size`, async () => {
      const job = await op(core, 'print.testPage', { printerId, paper }, token);
      expect(job.paper).toBe(paper);
      const saved = await op(core, 'print.pdf', { jobId: job.id }, token);
      expect(fs.readFileSync(saved.file).subarray(0, 5).toString()).toBe('%PDF-');
      const words = text(saved.file);
      expect(words).toContain('华强维修中心');
      expect(words).toContain(`FD-T${String(job.id).padStart(6, '0')}`);
      if (paper !== 'label40x30') {
        expect(words).toContain('打印机测试页');
        expect(words).toContain('Printer test page');
        expect(words).toContain(String(job.id).padStart(6, '0'));
      }
      const spec = PAPER[paper];
      const info = pageInfo(saved.file);
      // Chromium rounds page sizes to whole CSS pixels: within a point (0.35 mm) is the right size.
      expect(Math.abs(info.widthPt - mmToPt(spec.widthMm))).toBeLessThan(1);
      if (spec.heightMm !== null) {
        expect(Math.abs(info.heightPt - mmToPt(spec.heightMm))).toBeLessThan(1);
        expect(info.pages).toBe(1);
      } else {
        // A roll is one page as long as the document.
        expect(info.pages).toBe(1);
        expect(info.heightPt).toBeGreaterThan(mmToPt(80));
      }
    });
  }

  it('a receipt: totals and lines survive, and a 500-line report paginates on A4', async () => {
    const receipt: PrintDocument = {
      kind: 'receipt',
      title: 'Receipt S-1042',
      locale: 'zh-CN',
      blocks: [
        { t: 'text', text: '华强维修中心', align: 'center', size: 2, bold: true },
        { t: 'kv', key: '单号 No.', value: 'S-1042' },
        ...Array.from({ length: 30 }, (_, i) => ({ t: 'kv' as const, key: `屏幕更换 line ${i + 1}`, value: `¥${i + 1}.00` })),
        { t: 'separator' },
        { t: 'kv', key: '合计 Total', value: '¥1,234.50', bold: true },
        { t: 'qr', data: 'https://example.invalid/r/S-1042' },
        { t: 'cut' },
      ],
    };
    const { pdf } = printingPorts(core);
    const dir = makeTempDir('frontdesk-pdf-');
    const file = path.join(dir, 'receipt.pdf');
    fs.writeFileSync(file, await pdf.render(renderHtml(receipt, '80mm'), '80mm'));
    const words = text(file);
    for (const w of ['华强维修中心', 'S-1042', '合计', '1,234.50', '屏幕更换 line 30']) expect(words).toContain(w);

    const report: PrintDocument = {
      kind: 'report',
      title: 'Day report',
      locale: 'en',
      blocks: Array.from({ length: 500 }, (_, i) =>
        i % 50 === 0
          ? { t: 'text' as const, text: `${'long '.repeat(400)}😀 end ${i}` }
          : { t: 'kv' as const, key: `Line ${i} <b>&amp;</b>`, value: `¥${i}.00` },
      ),
    };
    const reportFile = path.join(dir, 'report.pdf');
    fs.writeFileSync(reportFile, await pdf.render(renderHtml(report, 'A4'), 'A4'));
    const info = pageInfo(reportFile);
    expect(info.pages).toBeGreaterThan(5);
    const reportWords = text(reportFile);
    expect(reportWords).toContain('Line 499 <b>&amp;</b>'); // escaped as text, not markup
    expect(reportWords).toContain('end 450');
  });

  it('print.pdf with inline returns the bytes for a browser to download', async () => {
    const folder = makeTempDir('frontdesk-pdf-out-');
    await approveFolder(core, token, adminId, folder);
    const saved = await op(core, 'print.pdf', { document: { kind: 'testPage', printerId }, paper: 'A5', folder, inline: true }, token);
    expect(path.dirname(saved.file)).toBe(folder);
    expect(Buffer.from(saved.dataBase64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(saved.bytes).toBe(fs.statSync(saved.file).size);
  });

  it('refuses a folder that does not exist, or one outside the data folder and the approved ones, naming the field', async () => {
    await expect(op(core, 'print.pdf', { document: { kind: 'testPage' }, folder: 'no-such-folder' }, token)).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { folder: 'must be an existing folder' },
    });
    await expect(op(core, 'print.pdf', { document: { kind: 'testPage' }, folder: '/nonexistent/frontdesk' }, token)).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { folder: 'is outside the data folder and the folders an admin approved' },
    });
  });
});

export type { PaperSize };
