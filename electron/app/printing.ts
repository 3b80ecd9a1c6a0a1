import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, type PrinterInfo, type PrintToPDFOptions, type WebContents, type WebContentsPrintOptions } from 'electron';
import { PAPER, ROLL_PAPERS, type PaperSize } from '../../shared/print/layout.ts';
import { PdfUnavailableError, type PdfRenderer } from '../core/printing/pdf.ts';
import type { SystemPageJob, SystemPrinterInfo, SystemPrinting, SystemRawJob } from '../core/printing/system.ts';
import { PrintError } from '../core/printing/transport.ts';
import { hardenContents } from './hardening.ts';

/**
 * The printing ports of the desktop app (see electron/core/printing/README.md): PDFs through
 * `webContents.printToPDF` and system printers through `getPrintersAsync` and a silent
 * `webContents.print`, each in a hidden window of its own.
 *
 * The document pages are self-contained (renderHtml: a CSP <meta> of `default-src 'none'`, no
 * scripts, barcodes as inline SVG) and load as `data:` URLs, which the shell's CSP (sent only with
 * the app:// console pages) does not touch. The windows that show them have no preload, run sandboxed
 * with JavaScript off, and cannot navigate or open windows. A roll (58/80 mm) has no fixed length:
 * its page is measured through the DevTools protocol (the <html> box at print media), which needs
 * no script in the page.
 */

const MM_PER_PX = 25.4 / 96;
const MM_PER_INCH = 25.4;
const POINTS_PER_MM = 72 / 25.4;
/** PDF pages cannot be longer than 200 inches; the station's renderer caps rolls at the same length. */
const MAX_ROLL_MM = 5000;
const MIN_ROLL_MM = 20;
/** Chromium refuses URLs over 2 MiB; a bigger page is loaded from a temporary file instead. */
const MAX_DATA_URL_CHARS = 2 * 1024 * 1024 - 1024;
/** The most copies a job can ask for (shared/contract/print.ts). */
const MAX_COPIES = 10;

/** A hidden window for document pages (or just for asking the system about its printers). */
function documentWindow(paper: PaperSize): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: Math.ceil(PAPER[paper].widthMm / MM_PER_PX),
    height: 800,
    useContentSize: true,
    skipTaskbar: true,
    focusable: false,
    paintWhenInitiallyHidden: true,
    title: 'Frontdesk printing',
    backgroundColor: '#ffffff',
    webPreferences: {
      // No preload: nothing in these pages talks to the app.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A hidden window is throttled like a background tab; printing should not wait on that.
      backgroundThrottling: false,
    },
  });
  hardenContents(window.webContents);
  return window;
}

/** Loads a document page: a data: URL, or a temporary file for a page too big for a URL. */
async function loadHtml(window: BrowserWindow, html: string): Promise<void> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length <= MAX_DATA_URL_CHARS) {
    await window.loadURL(url);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-print-'));
  try {
    const file = path.join(dir, 'document.html');
    fs.writeFileSync(file, html);
    await window.loadFile(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function cdp<T>(contents: WebContents, method: string, params?: object): Promise<T> {
  return (await contents.debugger.sendCommand(method, params)) as T;
}

/**
 * Loads the page and returns the page height in millimetres: the paper's for A4/A5/labels, the
 * content's (at print media, as the station's renderer measures it) for a roll.
 */
async function loadDocument(window: BrowserWindow, html: string, paper: PaperSize): Promise<number> {
  const spec = PAPER[paper];
  await loadHtml(window, html);
  if (spec.heightMm !== null) return spec.heightMm;
  const contents = window.webContents;
  if (!contents.debugger.isAttached()) contents.debugger.attach('1.3');
  // Screen media adds a preview frame (shadow, margins, cut lines) the printout does not have.
  await cdp(contents, 'Emulation.setEmulatedMedia', { media: 'print' });
  const { root } = await cdp<{ root: { nodeId: number } }>(contents, 'DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp<{ nodeId: number }>(contents, 'DOM.querySelector', { nodeId: root.nodeId, selector: 'html' });
  const { model } = await cdp<{ model: { height: number } }>(contents, 'DOM.getBoxModel', { nodeId });
  return Math.min(MAX_ROLL_MM, Math.max(MIN_ROLL_MM, Math.ceil(model.height * MM_PER_PX) + 1));
}

/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms`, or with `onAbort()` when `signal`
 * fires, whichever comes first. `work` is left to settle on its own (its window is destroyed by the
 * caller, which ends it).
 */
function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal, onAbort?: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      done();
      reject(onAbort ? onAbort() : new Error('Aborted'));
    };
    const timer = setTimeout(() => {
      done();
      reject(onTimeout());
    }, ms);
    if (signal?.aborted) {
      aborted();
      return;
    }
    signal?.addEventListener('abort', aborted, { once: true });
    work.finally(done).then(resolve, reject);
  });
}

function destroy(window: BrowserWindow | null): void {
  if (window && !window.isDestroyed()) window.destroy();
}

export interface ElectronPdfOptions {
  /** A render that takes longer is abandoned and its window thrown away (default 20 s, as the station's). */
  timeoutMs?: number;
}

/** printToPDF options for a page of `heightMm` at `paper`: explicit size, no margins but the page's own CSS. */
function pdfOptions(paper: PaperSize, heightMm: number): PrintToPDFOptions {
  const spec = PAPER[paper];
  return {
    pageSize: { width: spec.widthMm / MM_PER_INCH, height: heightMm / MM_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // A4/A5 and labels carry `@page { size; margin }`; a roll's page is exactly the measured size.
    preferCSSPageSize: spec.heightMm !== null,
    printBackground: true,
    landscape: false,
    displayHeaderFooter: false,
  };
}

/**
 * PDFs through `webContents.printToPDF` in one hidden window, kept for the next render and loaded
 * afresh each time; renders are taken one at a time. A render that fails or times out throws the
 * window away; the next one opens a new window.
 */
export class ElectronPdfRenderer implements PdfRenderer {
  readonly #timeoutMs: number;
  #window: BrowserWindow | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #current: AbortController | null = null;
  #closed = false;

  constructor(options: ElectronPdfOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 20_000;
  }

  async #renderNow(html: string, paper: PaperSize): Promise<Buffer> {
    if (!this.#window || this.#window.isDestroyed()) this.#window = documentWindow(paper);
    const window = this.#window;
    const spec = PAPER[paper];
    window.setContentSize(Math.ceil(spec.widthMm / MM_PER_PX), 800);
    const heightMm = await loadDocument(window, html, paper);
    const data = await window.webContents.printToPDF(pdfOptions(paper, heightMm));
    return Buffer.from(data);
  }

  render(html: string, paper: PaperSize): Promise<Buffer> {
    if (this.#closed) return Promise.reject(new PdfUnavailableError('The PDF renderer has been shut down'));
    const run = async (): Promise<Buffer> => {
      if (this.#closed) throw new PdfUnavailableError('The PDF renderer has been shut down');
      const abort = new AbortController();
      this.#current = abort;
      try {
        return await within(
          this.#renderNow(html, paper),
          this.#timeoutMs,
          () => new Error(`Rendering the PDF took longer than ${this.#timeoutMs / 1000} s`),
          abort.signal,
          () => new PdfUnavailableError('The PDF renderer was shut down during the render'),
        );
      } catch (err) {
        destroy(this.#window);
        this.#window = null;
        throw err;
      } finally {
        this.#current = null;
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#current?.abort();
    await this.#queue;
    destroy(this.#window);
    this.#window = null;
  }
}

/** Printer states as CUPS reports them (`printer-state`), named as `lpstat` would. */
const CUPS_STATES: Record<string, string> = { '3': 'idle', '4': 'printing', '5': 'disabled' };

/**
 * One printer as the Settings list shows it. Electron 36 removed `isDefault` and `status` from
 * PrinterInfo (Chromium dropped them): the state comes from the CUPS options where there are any
 * (Linux, macOS), `unknown` elsewhere (Windows); the default is known only on older Electrons.
 */
function toSystemPrinter(printer: PrinterInfo): SystemPrinterInfo {
  const legacy = printer as PrinterInfo & { isDefault?: unknown };
  const options = (printer.options ?? {}) as Record<string, string | undefined>;
  const state = CUPS_STATES[options['printer-state'] ?? ''] ?? 'unknown';
  const status = options['printer-is-accepting-jobs'] === 'false' ? 'disabled' : state;
  return { name: printer.name, isDefault: legacy.isDefault === true, status };
}

/**
 * The settings `webContents.print` gets for one copy: silent, to the printer by its system name, at
 * the paper's size in microns and a dpi fit for the printer (203 for thermal rolls and labels, 300
 * for A4/A5), one copy (drivers for thermal printers often ignore `copies`, so copies are a loop).
 * Rolls and labels print with no margins (their CSS has none either); A4/A5 get the page's own
 * margins as explicit custom margins in points, since any margin type but the default makes Chromium
 * ignore the CSS `@page` margins.
 */
function printOptions(printerName: string, paper: PaperSize, heightMm: number): WebContentsPrintOptions {
  const spec = PAPER[paper];
  const thermal = ROLL_PAPERS.includes(paper);
  const dpi = thermal ? 203 : 300;
  const margin = Math.round(spec.marginMm * POINTS_PER_MM);
  return {
    silent: true,
    deviceName: printerName,
    printBackground: true,
    color: false,
    landscape: false,
    copies: 1,
    pageSize: { width: Math.round(spec.widthMm * 1000), height: Math.round(heightMm * 1000) },
    dpi: { horizontal: dpi, vertical: dpi },
    margins: thermal ? { marginType: 'none' } : { marginType: 'custom', top: margin, bottom: margin, left: margin, right: margin },
  };
}

export interface ElectronSystemPrintingOptions {
  /** How long loading (and measuring) the page may take (default 20 s). */
  loadTimeoutMs?: number;
  /** How long each copy may take to reach the system's queue (default 30 s). */
  copyTimeoutMs?: number;
  /** How long the system has to list its printers (default 10 s). */
  listTimeoutMs?: number;
}

function printOnce(contents: WebContents, options: WebContentsPrintOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      contents.print(options, (success, failureReason) => (success ? resolve() : reject(new Error(failureReason || 'the print failed'))));
    } catch (err) {
      // Electron throws at once for some bad settings (an unknown printer on some platforms).
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/**
 * The system's printers through Electron: `getPrintersAsync` lists them; a page job loads the
 * document in a hidden window of its own and prints it silently, copy after copy, each copy and the
 * load bounded by a timeout, and stops (destroying the window) when the worker aborts.
 */
export class ElectronSystemPrinting implements SystemPrinting {
  readonly source = 'electron' as const;
  readonly #loadTimeoutMs: number;
  readonly #copyTimeoutMs: number;
  readonly #listTimeoutMs: number;

  constructor(options: ElectronSystemPrintingOptions = {}) {
    this.#loadTimeoutMs = options.loadTimeoutMs ?? 20_000;
    this.#copyTimeoutMs = options.copyTimeoutMs ?? 30_000;
    this.#listTimeoutMs = options.listTimeoutMs ?? 10_000;
  }

  /**
   * The longest a page job can take here (load, then the most copies a job may have); the worker's
   * own bound (`systemTimeoutMs`) must be longer, or it would give up on a job this still prints.
   */
  get jobLimitMs(): number {
    return this.#loadTimeoutMs + MAX_COPIES * this.#copyTimeoutMs;
  }

  async list(): Promise<{ printers: SystemPrinterInfo[]; message: string | null }> {
    // Any web contents can list the printers; a blank hidden window that never loads a page will do.
    const window = documentWindow('A4');
    try {
      const printers = await within(
        window.webContents.getPrintersAsync(),
        this.#listTimeoutMs,
        () => new Error(`no answer within ${this.#listTimeoutMs / 1000} s`),
      );
      return { printers: printers.map(toSystemPrinter), message: null };
    } catch (err) {
      return { printers: [], message: `This computer did not list its printers: ${(err as Error).message}` };
    } finally {
      destroy(window);
    }
  }

  async printPage(job: SystemPageJob, signal?: AbortSignal): Promise<void> {
    const name = job.printerName;
    const interrupted = () => new PrintError('INTERRUPTED', `Printing to ${name} was interrupted`);
    if (signal?.aborted) throw interrupted();
    const window = documentWindow(job.paper);
    try {
      let heightMm: number;
      try {
        heightMm = await within(
          loadDocument(window, job.html, job.paper),
          this.#loadTimeoutMs,
          () => new Error(`loading it took longer than ${this.#loadTimeoutMs / 1000} s`),
          signal,
          interrupted,
        );
      } catch (err) {
        if (err instanceof PrintError) throw err;
        throw new PrintError('PDF_FAILED', `The page for ${name} could not be prepared: ${(err as Error).message}`);
      }
      const options = printOptions(name, job.paper, heightMm);
      const copies = Math.max(1, job.copies);
      for (let copy = 1; copy <= copies; copy++) {
        const done = copy - 1;
        const sofar = copies > 1 ? ` (${done} of ${copies} copies printed)` : '';
        try {
          await within(
            printOnce(window.webContents, options),
            this.#copyTimeoutMs,
            () =>
              new PrintError(
                'SYSTEM_PRINT_FAILED',
                `The system printer ${name} did not take the document within ${this.#copyTimeoutMs / 1000} s${sofar}`,
              ),
            signal,
            interrupted,
          );
        } catch (err) {
          if (err instanceof PrintError) throw err;
          const reason = (err as Error).message;
          const detail = /invalid device ?name/i.test(reason) ? `this computer has no printer named "${name}"` : reason;
          throw new PrintError('SYSTEM_PRINT_FAILED', `The system printer ${name} did not take the document: ${detail}${sofar}`);
        }
      }
    } finally {
      // Also ends a print still in flight after a timeout or an abort.
      destroy(window);
    }
  }

  /**
   * Electron can only hand a driver a rendered page, never raw bytes: a printer set up for ESC/POS
   * through the system queue cannot print from the desktop app. Trying again cannot help.
   */
  printRaw(job: SystemRawJob): Promise<void> {
    return Promise.reject(
      new PrintError(
        'UNSUPPORTED',
        `The printer ${job.printerName} is set up for raw ESC/POS through the system's print queue, which the desktop app cannot send. ` +
          'Add it by its network address (TCP, port 9100) if it has one, or change its language to "page" so documents print through its driver.',
        true,
      ),
    );
  }
}
