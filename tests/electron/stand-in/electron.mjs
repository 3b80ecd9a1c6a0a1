// A stand-in for the parts of Electron's main-process API the shell uses, so the built main
// (out/main/index.js) can run in plain Node where Electron's binary is missing. It records what the
// shell asks for; drive-main.mjs plays the user and the OS.
import { EventEmitter } from 'node:events';

export const calls = [];
let markReady;
const readyPromise = new Promise((resolve) => (markReady = resolve));
export const becomeReady = () => markReady();

class App extends EventEmitter {
  isPackaged = false;
  paths = {};
  quitted = false;
  exitCode = null;
  setName(name) {
    calls.push(['setName', name]);
  }
  setPath(name, value) {
    this.paths[name] = value;
  }
  getPath(name) {
    return this.paths[name];
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return readyPromise;
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  getLocale() {
    return 'en-US';
  }
  quit() {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', {});
    this.quitted = true;
  }
  exit(code) {
    this.exitCode = code;
  }
}
export const app = new App();

// What the stand-in's system offers for printing: one printer, as CUPS would describe it.
export const printers = [
  {
    name: 'Stand_in_Receipt',
    displayName: 'Stand-in Receipt',
    description: 'Stand-in thermal printer',
    options: { 'printer-state': '3', 'printer-is-accepting-jobs': 'true' },
  },
];

// The DevTools protocol, as far as the print windows use it: the <html> box is 400 px tall.
class Debugger {
  attached = false;
  commands = [];
  isAttached() {
    return this.attached;
  }
  attach(version) {
    this.attached = true;
    this.version = version;
  }
  detach() {
    this.attached = false;
  }
  async sendCommand(method, params = {}) {
    if (!this.attached) throw new Error('Debugger is not attached');
    this.commands.push([method, params]);
    switch (method) {
      case 'DOM.getDocument':
        return { root: { nodeId: 1 } };
      case 'DOM.querySelector':
        return { nodeId: 2 };
      case 'DOM.getBoxModel':
        return { model: { width: 302, height: 400 } };
      default:
        return {};
    }
  }
}

let nextId = 1;
class WebContents extends EventEmitter {
  constructor(window) {
    super();
    this.id = nextId++;
    this.window = window;
    this.sent = [];
    this.debugger = new Debugger();
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler;
  }
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
  getURL() {
    return this.window.url;
  }
  #live(what) {
    if (this.window.destroyed) throw new Error(`${what}: Object has been destroyed`);
  }
  async getPrintersAsync() {
    this.#live('getPrintersAsync');
    calls.push(['getPrintersAsync']);
    return structuredClone(printers);
  }
  print(options, callback) {
    this.#live('print');
    calls.push(['print', options, this.window.url?.slice(0, 40)]);
    const known = printers.some((p) => p.name === options.deviceName);
    setTimeout(() => callback?.(known, known ? '' : 'Invalid deviceName provided'), 1);
  }
  async printToPDF(options) {
    this.#live('printToPDF');
    calls.push(['printToPDF', options, this.window.url?.slice(0, 40)]);
    return Buffer.from('%PDF-1.4\n% stand-in\n%%EOF\n');
  }
}

export class BrowserWindow extends EventEmitter {
  static created = [];
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents(this);
    this.destroyed = false;
    BrowserWindow.created.push(this);
  }
  loadURL(url) {
    this.url = url;
    setTimeout(() => this.emit('ready-to-show'), 1);
    return Promise.resolve();
  }
  loadFile(file) {
    return this.loadURL(`file://${file}`);
  }
  setContentSize(width, height) {
    this.contentSize = [width, height];
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  maximize() {}
  show() {
    this.shown = 'active';
  }
  showInactive() {
    this.shown = 'inactive';
  }
  setFullScreen(on) {
    this.fullScreen = on;
  }
  setBounds(bounds) {
    this.bounds = bounds;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
  static fromWebContents(contents) {
    return contents.window;
  }
  static getAllWindows() {
    return BrowserWindow.created.filter((w) => !w.destroyed);
  }
}

export const dialog = {
  showErrorBox: (title, message) => calls.push(['showErrorBox', title, message]),
  showOpenDialog: async (...args) => {
    calls.push(['showOpenDialog', args.at(-1)]);
    return { canceled: false, filePaths: ['/chosen'] };
  },
};

export const ipcHandlers = new Map();
export const ipcMain = {
  handle(channel, handler) {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
};

export const Menu = { setApplicationMenu: (menu) => calls.push(['setApplicationMenu', menu]) };

export const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => calls.push(['registerSchemesAsPrivileged', schemes]),
  handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
};

class Screen extends EventEmitter {
  displays = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
  getPrimaryDisplay() {
    return this.displays[0];
  }
  getAllDisplays() {
    return this.displays;
  }
}
export const screen = new Screen();

export const permissionHandlers = {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (permissionHandlers.request = handler),
    setPermissionCheckHandler: (handler) => (permissionHandlers.check = handler),
  },
};

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session };
