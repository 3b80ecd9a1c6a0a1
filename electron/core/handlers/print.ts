import fs from 'node:fs';
import path from 'node:path';
import type { MainOpName } from '../../../shared/contract/index.ts';
import type { DocumentSource } from '../../../shared/contract/print.ts';
import { AppError } from '../../../shared/errors.ts';
import type { PaperSize, PrintDocument, RoutedKind } from '../../../shared/print/layout.ts';
import type { CallContext } from '../context.ts';
import { testPage } from '../printing/documents/test-page.ts';
import { renderHtml } from '../printing/html.ts';
import { deliveryNote, deviceLabel, jobTicket, pdfFolder, printingPorts } from '../printing/index.ts';
import { PdfUnavailableError } from '../printing/pdf.ts';
import { confinedPath } from '../services/folders.ts';
import {
  cancelJob,
  enqueuePrint,
  getRoutes,
  listPrinters,
  paperFor,
  removePrinter,
  reprintJob,
  requireActivePrinter,
  savePrinter,
  saveRoutes,
  type StoredPrinter,
} from '../printing/service.ts';
import { getJobDocument } from '../printing/jobs.ts';
import { getProfile } from '../services/profile.ts';
import { deviceLabelData, jobTicketData } from '../services/jobs/ticket-data.ts';
import { deliveryNoteData } from '../services/jobs/delivery-note-data.ts';
import type { HandlerTable } from './types.ts';

/** `print.jobs.list` is a heavy read: it runs in the reader workers (`readers.ts`). */
type PrintOps = MainOpName & `print.${string}`;

function testPageFor(ctx: CallContext, printer: StoredPrinter | null, paper: PaperSize, number: string): PrintDocument {
  const profile = getProfile(ctx.core.db);
  return testPage({
    store: profile,
    printer: printer
      ? printer.connection === 'network'
        ? { name: printer.name, connection: 'network', host: printer.host as string, port: printer.port as number }
        : { name: printer.name, connection: 'system', systemName: printer.systemName as string }
      : { name: '—', connection: 'system', systemName: '—' },
    paper,
    number,
    printedAt: ctx.core.nowIso(),
  });
}

/** The paper asked for, else the one the document's route prints on. */
function routedPaper(ctx: CallContext, kind: RoutedKind, paper: PaperSize | undefined): PaperSize {
  return paper ?? getRoutes(ctx.core.db).find((r) => r.kind === kind)?.paper ?? '80mm';
}

/** Builds a document named by the caller, at the paper asked for (or the one its printer uses). */
function buildDocument(
  ctx: CallContext,
  source: DocumentSource,
  paper: PaperSize | undefined,
): { document: PrintDocument; paper: PaperSize } {
  switch (source.kind) {
    case 'testPage': {
      const printer = source.printerId ? requireActivePrinter(ctx.core.db, source.printerId, 'document.printerId') : null;
      const used = printer ? paperFor(printer, paper) : (paper ?? '80mm');
      return { document: testPageFor(ctx, printer, used, '000000'), paper: used };
    }
    case 'jobTicket':
      return { document: jobTicket(jobTicketData(ctx.core.db, source.jobId), source.copy), paper: routedPaper(ctx, 'jobTicket', paper) };
    case 'deviceLabel':
      return { document: deviceLabel(deviceLabelData(ctx.core.db, source.jobId)), paper: routedPaper(ctx, 'deviceLabel', paper) };
    case 'deliveryNote':
      return { document: deliveryNote(deliveryNoteData(ctx.core.db, source.jobId)), paper: routedPaper(ctx, 'deliveryNote', paper) };
  }
}

function safeFileName(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names, so they are replaced on purpose
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'document'
  );
}

export const printHandlers: HandlerTable<PrintOps> = {
  'print.printers.list': (_input, { core }) => listPrinters(core.db),
  'print.printers.save': (input, ctx) => savePrinter(ctx, input),
  'print.printers.remove': (input, ctx) => {
    removePrinter(ctx, input.id);
    return { ok: true as const };
  },
  'print.systemPrinters': async (_input, { core }) => {
    const { system } = printingPorts(core);
    const { printers, message } = await system.list();
    return { source: system.source, printers, message };
  },
  'print.routes.get': (_input, { core }) => getRoutes(core.db),
  'print.routes.save': (input, ctx) => saveRoutes(ctx, input.routes),
  'print.testPage': (input, ctx) => {
    const printer = requireActivePrinter(ctx.core.db, input.printerId);
    const paper = paperFor(printer, input.paper);
    return enqueuePrint(ctx, {
      kind: 'testPage',
      printerId: printer.id,
      paper,
      copies: 1,
      document: (jobId) => testPageFor(ctx, printer, paper, String(jobId).padStart(6, '0')),
    });
  },
  'print.jobs.reprint': (input, ctx) => reprintJob(ctx, input.id, input.printerId),
  'print.jobs.cancel': (input, ctx) => cancelJob(ctx, input.id),
  'print.jobs.preview': (input, { core }) => {
    const { job, document } = getJobDocument(core.db, input.id);
    return { html: renderHtml(document, job.paper), document, paper: job.paper };
  },
  'print.preview': (input, ctx) => {
    const { document, paper } = buildDocument(ctx, input.document, input.paper);
    return { html: renderHtml(document, paper), document, paper };
  },
  'print.pdf': async (input, ctx) => {
    const { core } = ctx;
    let document: PrintDocument;
    let paper: PaperSize;
    let name: string;
    if (input.jobId !== undefined) {
      const found = getJobDocument(core.db, input.jobId);
      document = found.document;
      paper = input.paper ?? found.job.paper;
      name = `${found.job.kind}-${found.job.id}`;
    } else {
      ({ document, paper } = buildDocument(ctx, input.document as DocumentSource, input.paper));
      name = document.kind;
    }
    // Saving into a folder of one's choosing on the station computer is for managers and admins.
    if (input.folder && ctx.actor?.role !== 'manager' && ctx.actor?.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Only a manager or admin may choose the folder', {
        folder: 'may only be chosen by a manager or admin',
      });
    }
    const folder = input.folder ? confinedPath(core, input.folder, 'folder') : pdfFolder(core);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      throw new AppError('VALIDATION', `Invalid input: folder ${folder} does not exist`, { folder: 'must be an existing folder' });
    }
    let pdf: Buffer;
    try {
      pdf = await printingPorts(core).pdf.render(renderHtml(document, paper), paper);
    } catch (err) {
      if (err instanceof PdfUnavailableError) throw new AppError('CONFLICT', err.message);
      throw err;
    }
    const stamp = core.nowIso().replace(/[:.]/g, '-');
    const file = path.join(folder, `${safeFileName(name)}-${paper}-${stamp}.pdf`);
    fs.writeFileSync(file, pdf);
    return { file, bytes: pdf.length, paper, dataBase64: input.inline ? pdf.toString('base64') : null };
  },
};
