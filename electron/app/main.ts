import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { IPC } from '../../shared/bridge.ts';
import { openCore } from '../core/open-core.ts';
import { APP_NAME } from '../core/data-dir.ts';
import { backupOnQuit, checkMoneyChain, loadDemoIfEmpty, startDailyBackups, startReaders, startReminderAlarm } from '../core/lifecycle.ts';
import { startPrinting } from '../core/printing/index.ts';
import { startupRefusal } from '../core/startup.ts';
import type { Station } from '../core/server/station.ts';
import { parseShellArgs } from './args.ts';
import { hardenSession } from './hardening.ts';
import { startInAppStation } from './in-app-station.ts';
import { bindIpc, fromOurPage } from './ipc-binding.ts';
import { registerPagesScheme, servePages } from './pages.ts';
import { ElectronPdfRenderer, ElectronSystemPrinting } from './printing.ts';
import { FrontdeskWindows } from './windows.ts';

// Built layout: out/main/index.js (this file), out/main/reader-worker.js, out/main/migrations,
// out/preload/index.cjs, out/renderer.
const here = path.dirname(fileURLToPath(import.meta.url));
const MIGRATIONS_DIR = path.join(here, 'migrations');
const READER_WORKER = path.join(here, 'reader-worker.js');
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_DIR = path.join(here, '../renderer');

const args = parseShellArgs(process.argv);

app.setName(APP_NAME);
// The store and Chromium's profile share one folder per shop, as the station server expects; the
// single-instance lock below is taken per folder, so a test's temporary folder runs alongside.
app.setPath('userData', args.dataDir);
app.setPath('sessionData', path.join(args.dataDir, 'browser'));
registerPagesScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start).catch(refuseToStart);
}

/**
 * Start-up failed, typically because the store was written by a newer Frontdesk or another process
 * holds it (the core leaves such a store untouched): say why in a dialog and quit.
 */
function refuseToStart(err: unknown): void {
  const { title, message } = startupRefusal(err, args.locale ?? systemLocale(), args.dataDir);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** The system's language as far as Frontdesk speaks it: Chinese for any zh locale, else English. */
function systemLocale(): 'zh-CN' | 'en' {
  return app.getLocale().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A native open dialog, attached to the window that asked. */
async function pick(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  const core = openCore({ dataDir: args.dataDir, version: app.getVersion(), migrationsDir: MIGRATIONS_DIR, readerEntry: READER_WORKER });
  startReaders(core);

  if (args.demo) {
    const locale = args.locale ?? systemLocale();
    if (await loadDemoIfEmpty(core, locale, 'app')) console.log('Loaded the demo store (clearly marked DEMO in the console).');
  }
  checkMoneyChain(core, 'app');

  if (app.isPackaged && process.platform !== 'darwin') Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession);
  servePages(RENDERER_DIR);

  // Quit when the last window closes once the console has been open. The hidden print windows come
  // and go on their own (a job left in the queue prints at start, before the console opens), and
  // with no listener here Electron would quit as the first of them closed.
  let consoleOpened = false;
  app.on('window-all-closed', () => {
    if (consoleOpened) app.quit();
  });

  // The print queue's worker, with Electron's own PDFs and system printers (hidden windows, made on
  // first use). Started before IPC and the station so every print operation finds these ports. The
  // worker's bound on a system job is kept above the longest job the Electron port allows, so the
  // worker never gives up on a job that is still printing its copies.
  const systemPrinting = new ElectronSystemPrinting();
  const printing = startPrinting(core, {
    pdf: new ElectronPdfRenderer(),
    system: systemPrinting,
    systemTimeoutMs: systemPrinting.jobLimitMs + 10_000,
  });

  const windows = new FrontdeskWindows(PRELOAD);
  bindIpc(ipcMain, {
    core,
    isTrustedSender: (event: IpcMainInvokeEvent) => fromOurPage(event, (id) => windows.owns(id)),
    pickFolder: (event) => pick(event, { properties: ['openDirectory', 'createDirectory'] }),
    pickBackupFile: (event) => pick(event, { properties: ['openFile'], filters: [{ name: 'Frontdesk backup', extensions: ['sqlite'] }] }),
  });
  const stopEvents = core.events.subscribe((event) => {
    for (const window of windows.all()) window.webContents.send(IPC.event, event);
  });
  const stopBackups = startDailyBackups(core);
  const stopAlarm = startReminderAlarm(core);
  // The station server runs inside the app on the same core: on loopback always, on the LAN while
  // the admin setting is on, so a TV or a second counter PC can join without a separate process.
  const station: Station | null = await startInAppStation(core, RENDERER_DIR, args.port);
  if (station) console.log(`Frontdesk station server ready at ${station.url} (data: ${args.dataDir})`);

  app.on('second-instance', () => windows.focusConsole());
  windows.openConsole(() => app.quit());
  consoleOpened = true;
  windows.watchSecondMonitor();

  // Quitting takes the quit backup first: hold the quit, back up, then let it go.
  let state: 'running' | 'backing-up' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'backing-up') return;
    state = 'backing-up';
    void (async () => {
      stopBackups();
      stopAlarm();
      stopEvents();
      await station?.close();
      try {
        // Aborts a print in flight (the job goes back to the queue) and closes the hidden windows.
        await printing.stop();
      } catch (err) {
        console.error('Printing did not stop cleanly:', (err as Error).message);
      }
      try {
        await backupOnQuit(core);
      } catch (err) {
        console.error('The quit backup failed:', (err as Error).message);
      }
      state = 'done';
      app.quit();
    })();
  });
  app.on('will-quit', () => core.close());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}
