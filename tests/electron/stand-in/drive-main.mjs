// Runs the built main process (out/main/index.js) against the Electron stand-in and a real data
// directory, plays a short session, and prints what the shell did as one JSON line.
// Usage: node drive-main.mjs <session|refused> <dataDir>
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, dataDir] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../../', import.meta.url));
register('./hooks.mjs', import.meta.url);
process.argv = [process.execPath, root, '--inspect=0', '--data-dir', dataDir, '--port', '0'];

const electron = await import('electron');
const { app, BrowserWindow, calls, ipcHandlers, permissionHandlers, protocolHandlers, screen } = electron;
await import(path.join(root, 'out/main/index.js'));
electron.becomeReady();

const until = async (check, what) => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const report = (value) => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
  process.exit(0);
};

if (mode === 'refused') {
  await until(() => app.exitCode !== null, 'the app to give up');
  report({
    exitCode: app.exitCode,
    errorBoxes: calls.filter((c) => c[0] === 'showErrorBox').map((c) => c.slice(1)),
    windows: BrowserWindow.created.length,
  });
}

await until(() => BrowserWindow.created[0]?.shown, 'the console window');
const consoleWindow = BrowserWindow.created[0];
const seen = {
  paths: app.paths,
  schemes: calls.find((c) => c[0] === 'registerSchemesAsPrivileged')?.[1],
  channels: [...ipcHandlers.keys()].sort(),
  console: { url: consoleWindow.url, webPreferences: consoleWindow.options.webPreferences, shown: consoleWindow.shown },
};

// IPC, from our page and from elsewhere.
const fromFrame = (url, extra = {}) => ({ sender: consoleWindow.webContents, senderFrame: { url, parent: null }, ...extra });
const ours = fromFrame('app://frontdesk/index.html#/setup');
const call = (name, input, token = null, event = ours) => ipcHandlers.get(`op:${name}`)(event, input, token);
seen.status = await call('setup.status', {});
seen.refused = {
  otherPage: await call('setup.status', {}, null, fromFrame('https://example.com/')),
  subFrame: await call('setup.status', {}, null, {
    sender: consoleWindow.webContents,
    senderFrame: { url: 'app://frontdesk/index.html', parent: {} },
  }),
  otherContents: await call('setup.status', {}, null, {
    sender: { id: 9999 },
    senderFrame: { url: 'app://frontdesk/index.html', parent: null },
  }),
};
const profile = {
  name: 'Stand-in Shop',
  address: '1 Road',
  phone: '021 5555 0000',
  currency: 'CNY',
  taxMode: 'inclusive',
  taxRateBp: 600,
  locale: 'en',
  timeZone: 'Asia/Shanghai',
};
seen.setup = await call('setup.initialize', { profile, admin: { name: 'Ada', pin: '73915604' } });
seen.eventsToConsole = consoleWindow.webContents.sent;
const signIn = await call('auth.signIn', { staffId: seen.setup.value.adminId, pin: '73915604' });
seen.info = await call('system.info', {}, signIn.value.token);
seen.pickFolder = await ipcHandlers.get('frontdesk:pick-folder')(ours, signIn.value.token);
seen.pickFolderDialog = calls.find((c) => c[0] === 'showOpenDialog')?.[1];

// The in-app station answers on loopback.
const stationUrl = seen.info.value.stationUrls[0];
const station = await fetch(stationUrl);
seen.station = { status: station.status, csp: station.headers.get('content-security-policy') };

// The app:// pages.
const serve = protocolHandlers.get('app');
const get = async (url) => {
  const res = await serve(new Request(url));
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy') };
};
const asset = fs.readdirSync(path.join(root, 'out/renderer/assets')).find((f) => f.endsWith('.js'));
seen.pages = {
  index: await get('app://frontdesk/index.html'),
  asset: await get(`app://frontdesk/assets/${asset}`),
  dotDot: await get('app://frontdesk/%2e%2e/package.json'),
  slashDotDot: await get('app://frontdesk/..%2fpackage.json'),
  otherHost: await get('app://elsewhere/index.html'),
  missing: await get('app://frontdesk/missing.js'),
};

// Permissions, navigation, new windows.
const ask = (permission) => new Promise((resolve) => permissionHandlers.request(consoleWindow.webContents, permission, resolve));
seen.permissions = {
  clipboardWrite: await ask('clipboard-sanitized-write'),
  media: await ask('media'),
  notifications: await ask('notifications'),
  checkGeolocation: permissionHandlers.check(consoleWindow.webContents, 'geolocation', 'app://frontdesk', {}),
};
const attempt = (eventName, url) => {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  consoleWindow.webContents.emit(eventName, event);
  return event.defaultPrevented ? 'denied' : 'allowed';
};
seen.navigation = {
  away: attempt('will-navigate', 'https://example.com/'),
  file: attempt('will-navigate', 'file:///etc/passwd'),
  ownPage: attempt('will-navigate', 'app://frontdesk/index.html'),
  redirect: attempt('will-redirect', 'https://example.com/'),
  webview: attempt('will-attach-webview', 'about:blank'),
  windowOpen: consoleWindow.webContents.openHandler({ url: 'https://example.com/' }),
};

// A second monitor comes and goes.
const tv = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
screen.displays.push(tv);
screen.emit('display-added', {}, tv);
await until(() => BrowserWindow.created[1]?.shown, 'the display window');
const displayWindow = BrowserWindow.created[1];
seen.display = {
  url: displayWindow.url,
  x: displayWindow.options.x,
  shown: displayWindow.shown,
  fullScreen: displayWindow.fullScreen,
  webPreferences: displayWindow.options.webPreferences,
};
screen.displays.pop();
screen.emit('display-removed', {}, tv);
seen.display.closedWhenUnplugged = displayWindow.destroyed;

// Printing through Electron's ports: the system's printers, test pages on a driver printer, on one
// the system does not have and on one set up for raw ESC/POS, and a PDF.
const token = signIn.value.token;
const jobWhen = async (jobId, check) => {
  for (let i = 0; i < 200; i++) {
    const { value } = await call('print.jobs.list', {}, token);
    const job = value.rows.find((r) => r.id === jobId);
    if (job && check(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for print job ${jobId}`);
};
const testPageOn = async (printer) => {
  const saved = await call('print.printers.save', { connection: 'system', ...printer }, token);
  if (!saved.ok) throw new Error(`could not save the printer: ${JSON.stringify(saved)}`);
  const queued = await call('print.testPage', { printerId: saved.value.id }, token);
  if (!queued.ok) throw new Error(`could not queue the test page: ${JSON.stringify(queued)}`);
  return queued.value.id;
};
const pick = (job) => ({ status: job.status, attempts: job.attempts, lastErrorCode: job.lastErrorCode, lastError: job.lastError });
seen.printing = { systemPrinters: await call('print.systemPrinters', {}, token) };
const pageJob = await testPageOn({ name: 'Counter', systemName: 'Stand_in_Receipt', language: 'page', paper: '80mm' });
seen.printing.pageJob = pick(await jobWhen(pageJob, (j) => j.status === 'done' || j.status === 'failed'));
const a4Job = await testPageOn({ name: 'Office', systemName: 'Stand_in_Receipt', language: 'page', paper: 'A4' });
seen.printing.a4Job = pick(await jobWhen(a4Job, (j) => j.status === 'done' || j.status === 'failed'));
const goneJob = await testPageOn({ name: 'Gone', systemName: 'Gone_Printer', language: 'page', paper: 'A5' });
seen.printing.goneJob = pick(await jobWhen(goneJob, (j) => j.lastErrorCode !== null));
const rawJob = await testPageOn({ name: 'Raw', systemName: 'Stand_in_Receipt', language: 'escpos', paper: '58mm' });
seen.printing.rawJob = pick(await jobWhen(rawJob, (j) => j.status === 'failed'));
const pdf = await call('print.pdf', { document: { kind: 'testPage' }, paper: 'A5' }, token);
seen.printing.pdf = { ok: pdf.ok, bytes: pdf.value?.bytes, head: pdf.ok ? fs.readFileSync(pdf.value.file, 'latin1').slice(0, 8) : null };
seen.printing.prints = calls.filter((c) => c[0] === 'print').map((c) => ({ options: c[1], url: c[2] }));
seen.printing.pdfs = calls.filter((c) => c[0] === 'printToPDF').map((c) => ({ options: c[1], url: c[2] }));
const printWindows = () => BrowserWindow.created.filter((w) => w.options.webPreferences?.javascript === false);
seen.printing.windows = printWindows().map((w) => ({
  webPreferences: w.options.webPreferences,
  show: w.options.show,
  shown: w.shown ?? null,
  openHandler: w.webContents.openHandler?.({ url: 'https://example.com/' }),
}));
seen.printing.debugger = [...new Set(printWindows().flatMap((w) => w.webContents.debugger.commands.map((c) => c[0])))].sort();
seen.printing.windowsLeftOpen = printWindows().filter((w) => !w.destroyed).length;

// Quit: the quit backup is taken before the app goes, and the store's lock is released.
app.quit();
await until(() => app.quitted, 'the app to quit');
seen.quit = {
  printWindowsLeft: printWindows().filter((w) => !w.destroyed).length,
  backups: fs.readdirSync(path.join(dataDir, 'backups')),
  lockLeft: fs.existsSync(path.join(dataDir, 'frontdesk.lock')),
};
report(seen);
