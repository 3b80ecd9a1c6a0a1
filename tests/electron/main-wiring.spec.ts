import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { IPC } from '../../shared/bridge.ts';
import { OP_NAMES } from '../../shared/contract/index.ts';
import { CONSOLE_CSP } from '../../electron/core/server/station.ts';
import { acquireStoreLock } from '../../electron/core/store/lock.ts';

/**
 * The built main process, run in plain Node with a stand-in for Electron's API (tests/electron/stand-in),
 * against a real store, the real station server and the real page handler. It checks the wiring that
 * the Electron launch test cannot check where Electron's binary is missing; where the binary exists,
 * app.spec.ts covers the same ground for real.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const dirs: string[] = [];

type WebPreferences = Record<string, unknown>;

/**
 * What stand-in/drive-main.mjs saw of one run (its last line of output, as JSON), typed as far as the
 * tests below read into it; the rest is only compared whole.
 */
interface Seen {
  dataDir: string;
  paths: unknown;
  schemes: unknown;
  channels: unknown;
  console: { url: string; shown: string | null; webPreferences: WebPreferences & { preload: string } };
  status: unknown;
  refused: Record<string, unknown>;
  setup: unknown;
  eventsToConsole: unknown;
  info: { value: { schemaVersion: number; stationUrls: string[] } };
  pickFolder: unknown;
  pickFolderDialog: { properties: string[] };
  station: unknown;
  pages: Record<string, { status: number }>;
  permissions: unknown;
  navigation: unknown;
  display: unknown;
  printing: {
    systemPrinters: unknown;
    pageJob: unknown;
    a4Job: unknown;
    goneJob: unknown;
    rawJob: unknown;
    prints: { options: unknown; url: string }[];
    pdf: unknown;
    pdfs: { options: { pageSize: { width: number; height: number } } }[];
    debugger: string[];
    windows: { webPreferences: WebPreferences }[];
  };
  quit: { printWindowsLeft: number; backups: string[]; lockLeft: boolean };
  exitCode: number;
  windows: number;
  errorBoxes: unknown;
}

function drive(mode: 'session' | 'refused', prepare?: (dataDir: string) => void): Seen {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-main-'));
  dirs.push(dataDir);
  prepare?.(dataDir);
  const result = spawnSync(process.execPath, [path.join(HERE, 'stand-in/drive-main.mjs'), mode, dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`drive-main ${mode} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { dataDir, ...(JSON.parse(last) as Omit<Seen, 'dataDir'>) };
}

test.afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

test.describe('the built main process', () => {
  test('wires a session: store, IPC, pages, hardening, display window, printing, quit backup', () => {
    const seen = drive('session');

    expect(seen.paths).toEqual({ userData: seen.dataDir, sessionData: path.join(seen.dataDir, 'browser') });
    expect(seen.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(seen.channels).toEqual([...OP_NAMES.map((n) => IPC.op(n)), IPC.pickFolder, IPC.pickBackupFile].sort());

    expect(seen.console.url).toBe('app://frontdesk/index.html');
    expect(seen.console.shown).toBe('active');
    expect(seen.console.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      additionalArguments: ['--frontdesk-window=console'],
    });
    expect(fs.existsSync(seen.console.webPreferences.preload)).toBe(true);

    expect(seen.status).toMatchObject({ ok: true, value: { initialized: false } });
    for (const refusal of Object.values(seen.refused)) expect(refusal).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(seen.setup).toMatchObject({ ok: true });
    expect(seen.eventsToConsole).toContainEqual([IPC.event, { type: 'invalidate', prefixes: ['setup.', 'auth.', 'store.'] }]);
    expect(seen.info).toMatchObject({ ok: true, value: { version: '0.0.0-stand-in', dataDir: seen.dataDir } });
    expect(seen.info.value.schemaVersion).toBe(
      fs.readdirSync(path.join(HERE, '../../electron/core/store/migrations')).filter((f: string) => f.endsWith('.sql')).length,
    );
    expect(seen.pickFolder).toBe('/chosen');
    expect(seen.pickFolderDialog.properties).toContain('openDirectory');

    expect(seen.info.value.stationUrls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(seen.station).toEqual({ status: 200, csp: CONSOLE_CSP });

    expect(seen.pages.index).toEqual({ status: 200, type: 'text/html; charset=utf-8', csp: CONSOLE_CSP });
    expect(seen.pages.asset).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    for (const name of ['dotDot', 'slashDotDot', 'otherHost', 'missing']) expect(seen.pages[name]?.status, name).toBe(404);

    expect(seen.permissions).toEqual({ clipboardWrite: true, media: false, notifications: false, checkGeolocation: false });
    expect(seen.navigation).toEqual({
      away: 'denied',
      file: 'denied',
      ownPage: 'allowed',
      redirect: 'denied',
      webview: 'denied',
      windowOpen: { action: 'deny' },
    });

    expect(seen.display).toMatchObject({
      url: 'app://frontdesk/index.html#/display',
      x: 1920,
      shown: 'inactive',
      fullScreen: true,
      webPreferences: { sandbox: true, contextIsolation: true, additionalArguments: ['--frontdesk-window=display'] },
      closedWhenUnplugged: true,
    });

    // Printing runs on Electron's ports: the system's printers come from getPrintersAsync; pages print
    // silently at an explicit size in microns and dpi, one copy per call; PDFs come from printToPDF;
    // all of it in hidden, sandboxed windows with no preload and no JavaScript, gone after quitting.
    expect(seen.printing.systemPrinters).toEqual({
      ok: true,
      value: { source: 'electron', printers: [{ name: 'Stand_in_Receipt', isDefault: false, status: 'idle' }], message: null },
    });
    expect(seen.printing.pageJob).toMatchObject({ status: 'done', attempts: 1, lastErrorCode: null });
    expect(seen.printing.a4Job).toMatchObject({ status: 'done', attempts: 1, lastErrorCode: null });
    // A test page is tried once: it says at once that the printer is not there, rather than retrying.
    expect(seen.printing.goneJob).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastErrorCode: 'SYSTEM_PRINT_FAILED',
      lastError: expect.stringContaining('this computer has no printer named "Gone_Printer"'),
    });
    expect(seen.printing.rawJob).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastErrorCode: 'UNSUPPORTED',
      lastError: expect.stringContaining('TCP, port 9100'),
    });
    const common = { silent: true, deviceName: 'Stand_in_Receipt', printBackground: true, color: false, landscape: false, copies: 1 };
    const [roll, a4, a5] = seen.printing.prints;
    // 80 mm roll: the stand-in's page measures 400 px, so 106 mm of content and 1 mm to spare.
    expect(roll?.options).toEqual({
      ...common,
      pageSize: { width: 80_000, height: 107_000 },
      dpi: { horizontal: 203, vertical: 203 },
      margins: { marginType: 'none' },
    });
    // A4: the page's own 12 mm margins, as points.
    expect(a4?.options).toEqual({
      ...common,
      pageSize: { width: 210_000, height: 297_000 },
      dpi: { horizontal: 300, vertical: 300 },
      margins: { marginType: 'custom', top: 34, bottom: 34, left: 34, right: 34 },
    });
    expect(a5?.options).toMatchObject({ deviceName: 'Gone_Printer', pageSize: { width: 148_000, height: 210_000 } });
    expect(seen.printing.prints).toHaveLength(3);
    for (const print of seen.printing.prints) expect(print.url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    expect(seen.printing.pdf).toMatchObject({ ok: true, head: '%PDF-1.4' });
    expect(seen.printing.pdfs).toHaveLength(1);
    const [pdf] = seen.printing.pdfs;
    expect(pdf?.options).toMatchObject({
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: true,
      printBackground: true,
    });
    expect(pdf?.options.pageSize.width).toBeCloseTo(148 / 25.4, 6);
    expect(pdf?.options.pageSize.height).toBeCloseTo(210 / 25.4, 6);
    expect(seen.printing.debugger).toEqual(['DOM.getBoxModel', 'DOM.getDocument', 'DOM.querySelector', 'Emulation.setEmulatedMedia']);
    expect(seen.printing.windows.length).toBeGreaterThanOrEqual(4);
    for (const window of seen.printing.windows) {
      expect(window).toMatchObject({
        show: false,
        shown: null,
        openHandler: { action: 'deny' },
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
      });
      expect(window.webPreferences.preload).toBeUndefined();
    }
    expect(seen.quit.printWindowsLeft).toBe(0);

    expect(seen.quit.backups).toEqual([expect.stringMatching(/^frontdesk-quit-\d{8}-\d{6}-\d{3}[+-]\d{4}\.sqlite$/)]);
    expect(seen.quit.lockLeft).toBe(false);
  });

  test('refuses a store written by a newer Frontdesk with a dialog, and leaves it untouched', () => {
    let before = '';
    const seen = drive('refused', (dataDir) => {
      const db = new Database(path.join(dataDir, 'frontdesk.sqlite'));
      db.pragma('user_version = 999');
      db.close();
      before = fs.readFileSync(path.join(dataDir, 'frontdesk.sqlite')).toString('base64');
    });
    expect(seen.exitCode).toBe(1);
    expect(seen.windows).toBe(0);
    expect(seen.errorBoxes).toEqual([['Frontdesk cannot start', expect.stringContaining('newer version of Frontdesk')]]);
    expect(fs.readFileSync(path.join(seen.dataDir, 'frontdesk.sqlite')).toString('base64')).toBe(before);
  });

  test('refuses a store another running Frontdesk holds', () => {
    // This test process holds the folder's lock for real, as a running Frontdesk would.
    let release = () => {};
    const seen = drive('refused', (dataDir) => {
      release = acquireStoreLock(dataDir);
    });
    release();
    expect(seen.exitCode).toBe(1);
    expect(seen.errorBoxes).toEqual([['Frontdesk cannot start', expect.stringContaining(`Another Frontdesk (process ${process.pid})`)]]);
  });
});
