import { z } from 'zod';
import { operation } from './define.ts';
import { empty, id, isoInstant, ok, optionalText, text } from './fields.ts';
import { DOCUMENT_KINDS, ROLL_PAPERS, paperSize, printDocument, routedKind } from '../print/layout.ts';

/** Printing: printers, which printer prints what, the print queue and its problems, previews and PDFs. */

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const HOSTNAME = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\.?$/;
const IPV6 = /^\[?[0-9a-fA-F:.]+\]?$/;

export const printerHost = z
  .string({ error: 'must be an IP address or host name' })
  .trim()
  .min(1, { error: 'is required' })
  .max(253, { error: 'must be at most 253 characters' })
  .refine((h) => IPV4.test(h) || (!/^[\d.]+$/.test(h) && HOSTNAME.test(h)) || (h.includes(':') && IPV6.test(h)), {
    error: 'must be an IP address or host name, such as 192.168.1.50',
  });

export const printerPort = z
  .number({ error: 'must be a port number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

const copies = z
  .number({ error: 'must be a number of copies' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(10, { error: 'must be at most 10' });

const PRINTER_LANGUAGES = ['escpos', 'page'] as const;
export const printerLanguage = z.enum(PRINTER_LANGUAGES, { error: 'must be escpos or page' });

const rollPaper = paperSize.refine((p) => ROLL_PAPERS.includes(p), {
  error: 'a thermal printer takes 58mm, 80mm or label40x30 paper',
});

const printerInput = z.discriminatedUnion(
  'connection',
  [
    z.strictObject({
      id: id.optional(),
      name: text(60),
      connection: z.literal('network'),
      host: printerHost,
      port: printerPort.default(9100),
      paper: rollPaper,
    }),
    z.strictObject({
      id: id.optional(),
      name: text(60),
      connection: z.literal('system'),
      systemName: text(200),
      language: printerLanguage.default('page'),
      paper: paperSize,
    }),
  ],
  { error: 'connection must be network or system' },
);
export type PrinterInput = z.infer<typeof printerInput>;

const printer = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  connection: z.enum(['network', 'system']),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  systemName: z.string().nullable(),
  language: printerLanguage,
  paper: paperSize,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Printer = z.infer<typeof printer>;

const printRoute = z.strictObject({
  kind: routedKind,
  printerId: id.nullable(),
  paper: paperSize,
  copies,
});
export type PrintRoute = z.infer<typeof printRoute>;

const JOB_STATUSES = ['queued', 'printing', 'done', 'failed', 'cancelled'] as const;
export const jobStatus = z.enum(JOB_STATUSES, { error: 'must be queued, printing, done, failed or cancelled' });
export type JobStatus = z.infer<typeof jobStatus>;

const printJob = z.strictObject({
  id: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  printerId: z.number().int(),
  printerName: z.string(),
  paper: paperSize,
  copies: z.number().int(),
  status: jobStatus,
  attempts: z.number().int(),
  /** When a queued job is next tried (after a failure); null when it is not waiting to retry. */
  nextAttemptAt: isoInstant.nullable(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  reprintOf: z.number().int().nullable(),
  supersededBy: z.number().int().nullable(),
  createdBy: z.number().int().nullable(),
  createdByName: z.string().nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  printedAt: isoInstant.nullable(),
});
export type PrintJob = z.infer<typeof printJob>;

const jobsQuery = z.strictObject({
  status: jobStatus.optional(),
  /** Only the print problems: failed jobs, and jobs waiting to be tried again after a failed try, not yet printed again or dismissed. */
  problems: z.boolean({ error: 'must be true or false' }).optional(),
  printerId: id.optional(),
  beforeId: id.optional(),
  limit: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(200, { error: 'must be at most 200' })
    .default(50),
});

/**
 * A document to preview or save as PDF, named by its kind and what it is built from. The feature
 * issues add their documents here (a receipt by sale id, a job ticket by job id...).
 */
const documentSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('testPage'), printerId: id.optional() }),
    z.strictObject({ kind: z.literal('jobTicket'), jobId: id, copy: z.enum(['customer', 'shop'], { error: 'must be customer or shop' }) }),
    z.strictObject({ kind: z.literal('deviceLabel'), jobId: id }),
    z.strictObject({ kind: z.literal('deliveryNote'), jobId: id }),
  ],
  { error: 'kind must be a printable document' },
);
export type DocumentSource = z.infer<typeof documentSource>;

const previewOutput = z.strictObject({
  html: z.string(),
  document: printDocument,
  paper: paperSize,
});

const systemPrinters = z.strictObject({
  /** Who listed them: CUPS in the station server, Electron in the desktop app, or nobody. */
  source: z.enum(['cups', 'electron', 'none']),
  printers: z.array(z.strictObject({ name: z.string(), isDefault: z.boolean(), status: z.string() })),
  message: z.string().nullable(),
});

export const printOps = {
  'print.printers.list': operation({ input: empty, output: z.array(printer), access: 'session', invalidates: [] }),
  'print.printers.save': operation({
    input: printerInput,
    /** `routesSet`: the documents that had no printer and now print on this one (it is the first printer). */
    output: printer.extend({ routesSet: z.array(routedKind) }),
    access: ['admin'],
    invalidates: ['print.printers', 'print.routes'],
  }),
  'print.printers.remove': operation({ input: z.strictObject({ id }), output: ok, access: ['admin'], invalidates: ['print.'] }),
  'print.systemPrinters': operation({ input: empty, output: systemPrinters, access: ['manager', 'admin'], invalidates: [] }),
  'print.routes.get': operation({ input: empty, output: z.array(printRoute), access: 'session', invalidates: [] }),
  'print.routes.save': operation({
    input: z.strictObject({
      routes: z.array(printRoute, { error: 'must be a list of routes' }).min(1, { error: 'must name at least one document' }).max(20),
    }),
    output: z.array(printRoute),
    access: ['admin'],
    invalidates: ['print.routes'],
  }),
  'print.testPage': operation({
    input: z.strictObject({ printerId: id, paper: paperSize.optional() }),
    output: printJob,
    access: ['manager', 'admin'],
    invalidates: ['print.jobs'],
  }),
  'print.jobs.list': operation({
    input: jobsQuery,
    output: z.strictObject({ rows: z.array(printJob), nextBeforeId: z.number().int().nullable() }),
    access: 'session',
    invalidates: [],
    runsOn: 'reader',
  }),
  'print.jobs.reprint': operation({
    input: z.strictObject({ id, printerId: id.optional() }),
    output: printJob,
    access: 'session',
    invalidates: ['print.jobs'],
  }),
  'print.jobs.cancel': operation({ input: z.strictObject({ id }), output: printJob, access: 'session', invalidates: ['print.jobs'] }),
  'print.jobs.preview': operation({ input: z.strictObject({ id }), output: previewOutput, access: 'session', invalidates: [] }),
  'print.preview': operation({
    input: z.strictObject({ document: documentSource, paper: paperSize.optional() }),
    output: previewOutput,
    access: 'session',
    invalidates: [],
  }),
  'print.pdf': operation({
    input: z
      .strictObject({
        jobId: id.optional(),
        document: documentSource.optional(),
        paper: paperSize.optional(),
        /** A folder on the machine running the core; the default is `pdf/` in the data directory. */
        folder: optionalText(500).optional(),
        /** Also return the file's bytes (base64) so a browser on the LAN can download it. */
        inline: z.boolean({ error: 'must be true or false' }).default(false),
      })
      .superRefine((v, ctx) => {
        // Named on both fields: either one is the one to fill in (or to leave out).
        if ((v.jobId === undefined) === (v.document === undefined))
          for (const path of ['jobId', 'document'])
            ctx.addIssue({ code: 'custom', path: [path], message: 'give either jobId or document' });
      }),
    output: z.strictObject({
      file: z.string(),
      bytes: z.number().int(),
      paper: paperSize,
      dataBase64: z.string().nullable(),
    }),
    access: 'session',
    invalidates: [],
  }),
};
