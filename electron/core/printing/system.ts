import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PAPER, type PaperSize } from '../../../shared/print/layout.ts';
import type { PdfRenderer } from './pdf.ts';
import { PrintError } from './transport.ts';

export interface SystemPrinterInfo {
  name: string;
  isDefault: boolean;
  status: string;
}

export interface SystemPageJob {
  printerName: string;
  /** The document's page (renderHtml) at `paper`. */
  html: string;
  paper: PaperSize;
  copies: number;
  title: string;
}

export interface SystemRawJob {
  printerName: string;
  bytes: Buffer;
  copies: number;
  title: string;
}

/**
 * The system's printers. The Electron shell implements this with `getPrintersAsync` and a hidden
 * window's `webContents.print` (explicit page size in microns, a timeout, a loop for copies); the
 * station server uses CUPS where it exists (`CupsPrinting`); elsewhere `NoSystemPrinting` says so.
 */
export interface SystemPrinting {
  readonly source: 'cups' | 'electron' | 'none';
  list: () => Promise<{ printers: SystemPrinterInfo[]; message: string | null }>;
  printPage: (job: SystemPageJob, signal?: AbortSignal) => Promise<void>;
  /** Raw bytes (ESC/POS) straight to the printer's queue, for a thermal printer with only a system driver. */
  printRaw: (job: SystemRawJob, signal?: AbortSignal) => Promise<void>;
}

export class NoSystemPrinting implements SystemPrinting {
  readonly source = 'none' as const;
  constructor(private readonly reason = 'System printers are not available here: CUPS (lp) is not installed') {}
  list(): ReturnType<SystemPrinting['list']> {
    return Promise.resolve({ printers: [], message: this.reason });
  }
  printPage(): Promise<void> {
    return Promise.reject(new PrintError('NO_SYSTEM_PRINTING', this.reason, true));
  }
  printRaw(): Promise<void> {
    return Promise.reject(new PrintError('NO_SYSTEM_PRINTING', this.reason, true));
  }
}

function run(cmd: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, signal, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } },
      (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          const detail = (stderr || e.message).trim().split('\n')[0];
          reject(Object.assign(new Error(detail), { code: e.code, killed: e.killed }));
        } else resolve(stdout);
      },
    );
  });
}

export interface CupsOptions {
  pdf: PdfRenderer;
  /** The commands to run; tests point these at stand-ins. */
  lp?: string;
  lpstat?: string;
  timeoutMs?: number;
}

/** System printing through CUPS's command-line tools: `lpstat` lists, `lp` prints (PDF, or raw bytes). */
export class CupsPrinting implements SystemPrinting {
  readonly source = 'cups' as const;
  readonly #lp: string;
  readonly #lpstat: string;
  readonly #pdf: PdfRenderer;
  readonly #timeoutMs: number;

  constructor(options: CupsOptions) {
    this.#pdf = options.pdf;
    this.#lp = options.lp ?? 'lp';
    this.#lpstat = options.lpstat ?? 'lpstat';
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  async list(): Promise<{ printers: SystemPrinterInfo[]; message: string | null }> {
    let out: string;
    try {
      out = await run(this.#lpstat, ['-p', '-d'], 10_000);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') return { printers: [], message: 'CUPS is not installed on this computer (no lpstat)' };
      // lpstat exits non-zero when there are no printers or the scheduler is not running.
      return { printers: [], message: `CUPS did not list printers: ${e.message}` };
    }
    return { printers: parseLpstat(out), message: null };
  }

  async #lpFile(printerName: string, file: string, copies: number, title: string, extra: string[], signal?: AbortSignal): Promise<void> {
    const args = ['-d', printerName, '-n', String(copies), '-t', title.slice(0, 100), ...extra, file];
    try {
      await run(this.#lp, args, this.#timeoutMs, signal);
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { killed?: boolean };
      if (e.code === 'ENOENT')
        throw new PrintError('NO_SYSTEM_PRINTING', 'System printing needs CUPS (lp), which is not installed on this computer', true);
      if (e.code === 'ABORT_ERR') throw new PrintError('INTERRUPTED', `Printing to ${printerName} was interrupted`);
      if (e.killed)
        throw new PrintError(
          'SYSTEM_PRINT_FAILED',
          `The system printer ${printerName} did not take the document within ${this.#timeoutMs / 1000} s`,
        );
      throw new PrintError('SYSTEM_PRINT_FAILED', `The system printer ${printerName} did not take the document: ${e.message}`);
    }
  }

  async #withTempFile(bytes: Buffer, ext: string, use: (file: string) => Promise<void>): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-print-'));
    const file = path.join(dir, `document.${ext}`);
    try {
      fs.writeFileSync(file, bytes);
      await use(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async printPage(job: SystemPageJob, signal?: AbortSignal): Promise<void> {
    let pdf: Buffer;
    try {
      pdf = await this.#pdf.render(job.html, job.paper);
    } catch (err) {
      throw new PrintError('PDF_FAILED', `The page could not be prepared: ${(err as Error).message}`);
    }
    const spec = PAPER[job.paper];
    const media = spec.heightMm === null ? [] : ['-o', `media=${job.paper === 'label40x30' ? 'Custom.40x30mm' : job.paper}`];
    await this.#withTempFile(pdf, 'pdf', (file) =>
      this.#lpFile(job.printerName, file, job.copies, job.title, [...media, '-o', 'fit-to-page'], signal),
    );
  }

  async printRaw(job: SystemRawJob, signal?: AbortSignal): Promise<void> {
    await this.#withTempFile(job.bytes, 'bin', (file) => this.#lpFile(job.printerName, file, job.copies, job.title, ['-o', 'raw'], signal));
  }
}

/** Parses `lpstat -p -d` (run in the C locale). */
export function parseLpstat(out: string): SystemPrinterInfo[] {
  const def = /^system default destination: (\S+)/m.exec(out)?.[1] ?? null;
  const printers: SystemPrinterInfo[] = [];
  for (const line of out.split('\n')) {
    const m = /^printer (\S+) (?:is )?(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1] as string;
    const rest = m[2] as string;
    const status = /disabled/.test(rest) ? 'disabled' : /printing/.test(rest) ? 'printing' : 'idle';
    printers.push({ name, isDefault: name === def, status });
  }
  return printers;
}

/** CUPS when `lp` is on the PATH, otherwise nothing. */
export function detectSystemPrinting(pdf: PdfRenderer): SystemPrinting {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const has = (cmd: string) => dirs.some((d) => fs.existsSync(path.join(d, cmd)));
  return has('lp') ? new CupsPrinting({ pdf }) : new NoSystemPrinting();
}
