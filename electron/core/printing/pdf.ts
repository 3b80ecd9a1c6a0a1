import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PAPER, type PaperSize } from '../../../shared/print/layout.ts';

/**
 * Turns a document's HTML into a PDF at its paper size. The port lets each host use its own Chromium:
 * the Electron shell plugs in `webContents.printToPDF`; the station server (plain Node) drives the
 * system's Chromium through playwright-core (`ChromiumPdfRenderer`).
 */
export interface PdfRenderer {
  render: (html: string, paper: PaperSize) => Promise<Buffer>;
  close: () => Promise<void>;
}

export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The Chromium to drive: FRONTDESK_CHROMIUM, else the first usual install found; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.FRONTDESK_CHROMIUM;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

const MM_PER_PX = 25.4 / 96;
/** PDF pages cannot be longer than 200 inches; a longer roll document is split into pages this long. */
const MAX_ROLL_MM = 5000;

export interface ChromiumPdfOptions {
  executablePath?: string;
  /** A render that takes longer is abandoned and the browser restarted (default 20 s). */
  timeoutMs?: number;
}

/**
 * One headless Chromium, started on first use and kept warm; one page reused for every render,
 * renders taken one at a time. A crashed or stuck browser is thrown away and started again.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  readonly #executablePath: string | undefined;
  readonly #timeoutMs: number;
  #browser: Promise<Browser> | null = null;
  #page: Page | null = null;
  /** The paper the page's viewport is set for, so it is not set again for every render. */
  #viewportFor: PaperSize | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(options: ChromiumPdfOptions = {}) {
    this.#executablePath = options.executablePath;
    this.#timeoutMs = options.timeoutMs ?? 20_000;
  }

  async #getPage(): Promise<Page> {
    if (this.#page && !this.#page.isClosed()) return this.#page;
    if (!this.#browser) {
      const executablePath = this.#executablePath ?? findChromium();
      if (!executablePath) {
        throw new PdfUnavailableError(
          'PDF needs Chromium: install it (Debian: apt-get install chromium) or set FRONTDESK_CHROMIUM to its path',
        );
      }
      this.#browser = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--font-render-hinting=none'] }),
      );
      this.#browser.catch(() => (this.#browser = null));
    }
    const browser = await this.#browser;
    browser.once('disconnected', () => {
      this.#browser = null;
      this.#page = null;
    });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    this.#page = page;
    this.#viewportFor = null;
    return page;
  }

  async #renderNow(html: string, paper: PaperSize): Promise<Buffer> {
    const spec = PAPER[paper];
    const page = await this.#getPage();
    if (this.#viewportFor !== paper) {
      await page.setViewportSize({ width: Math.ceil(spec.widthMm / MM_PER_PX), height: 800 });
      this.#viewportFor = paper;
    }
    await page.setContent(html, { waitUntil: 'load' });
    if (spec.heightMm !== null) {
      return page.pdf({ preferCSSPageSize: true, printBackground: true, width: `${spec.widthMm}mm`, height: `${spec.heightMm}mm` });
    }
    // A roll: one page exactly as long as the document.
    const heightPx = await page.evaluate('Math.ceil(document.documentElement.getBoundingClientRect().height)');
    const heightMm = Math.min(MAX_ROLL_MM, Math.max(20, Math.ceil(Number(heightPx) * MM_PER_PX) + 1));
    return page.pdf({
      printBackground: true,
      width: `${spec.widthMm}mm`,
      height: `${heightMm}mm`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
  }

  render(html: string, paper: PaperSize): Promise<Buffer> {
    if (this.#closed) return Promise.reject(new PdfUnavailableError('The PDF renderer has been shut down'));
    const run = async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Rendering the PDF took longer than ${this.#timeoutMs / 1000} s`)), this.#timeoutMs);
      });
      try {
        return await Promise.race([this.#renderNow(html, paper), timeout]);
      } catch (err) {
        await this.#reset();
        throw err;
      } finally {
        clearTimeout(timer);
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #reset(): Promise<void> {
    const browser = this.#browser;
    this.#browser = null;
    this.#page = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue;
    await this.#reset();
  }
}
