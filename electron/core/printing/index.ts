import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core.ts';
import { ChromiumPdfRenderer, type PdfRenderer } from './pdf.ts';
import { detectSystemPrinting, type SystemPrinting } from './system.ts';
import { PrintWorker, type PrintWorkerOptions } from './worker.ts';

/**
 * The printing runtime of one core: the PDF renderer, the system printers, and the queue worker.
 *
 * Hosts call `startPrinting(core, ports)` once the core is open and `await printing.stop()` before
 * closing it. The station server passes nothing (system Chromium for PDFs, CUPS for system
 * printers where `lp` exists); the Electron shell passes its own `pdf` (webContents.printToPDF)
 * and `system` (getPrintersAsync + webContents.print). Operations that need a port before the
 * worker starts (a PDF, the system printer list) get the defaults lazily.
 *
 * This is also printing's public module: other service areas (the queue's slip) import printing
 * only from here, never its internals.
 */
export interface PrintingPorts {
  pdf: PdfRenderer;
  system: SystemPrinting;
}

export interface Printing extends PrintingPorts {
  worker: PrintWorker;
  stop: () => Promise<void>;
}

export type StartPrintingOptions = Partial<PrintingPorts> & Omit<PrintWorkerOptions, 'system'>;

const ports = new WeakMap<Core, PrintingPorts>();
const running = new WeakMap<Core, Printing>();

export function printingPorts(core: Core): PrintingPorts {
  let p = ports.get(core);
  if (!p) {
    const pdf = new ChromiumPdfRenderer();
    p = { pdf, system: detectSystemPrinting(pdf) };
    ports.set(core, p);
  }
  return p;
}

export function startPrinting(core: Core, options: StartPrintingOptions = {}): Printing {
  const existing = running.get(core);
  if (existing) return existing;
  const defaults = ports.get(core);
  const pdf = options.pdf ?? defaults?.pdf ?? new ChromiumPdfRenderer();
  const system = options.system ?? (options.pdf || !defaults ? detectSystemPrinting(pdf) : defaults.system);
  ports.set(core, { pdf, system });
  const worker = new PrintWorker(core, { ...options, system });
  worker.start();
  const printing: Printing = {
    pdf,
    system,
    worker,
    async stop() {
      await worker.stop();
      await pdf.close();
      running.delete(core);
      ports.delete(core);
    },
  };
  running.set(core, printing);
  return printing;
}

/** Stops the worker if it runs and closes a lazily started PDF renderer (tests, shutdown). */
export async function stopPrinting(core: Core): Promise<void> {
  const r = running.get(core);
  if (r) return r.stop();
  const p = ports.get(core);
  ports.delete(core);
  await p?.pdf.close();
}

/** Where `print.pdf` saves when no folder is given. */
export function pdfFolder(core: Core): string {
  const dir = path.join(core.dataDir, 'pdf');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export { enqueuePrint, getRoutes, printAfterCommit } from './service.ts';
export { getJob as getPrintJob, printedBefore } from './jobs.ts';
export { queueSlip, type QueueSlipData } from './documents/queue-slip.ts';
export { jobTicket, type JobTicketData, type TicketCopy } from './documents/job-ticket.ts';
export { deviceLabel, type DeviceLabelData } from './documents/device-label.ts';
export { deliveryNote, type DeliveryNoteData } from './documents/delivery-note.ts';
export { receipt, type ReceiptData } from './documents/receipt.ts';
export { refundReceipt } from './documents/refund-receipt.ts';
export { drawerReportDocument } from './documents/drawer-report.ts';
