import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Display } from 'electron';
import { hardenContents, secureWebPreferences, type WindowKind } from './hardening.ts';
import { pageUrl } from './page-url.ts';

/** The windows showing our pages; IPC from anything else is refused. */
export class FrontdeskWindows {
  readonly #windows = new Set<BrowserWindow>();
  #console: BrowserWindow | null = null;
  #display: { window: BrowserWindow; displayId: number } | null = null;

  constructor(private readonly preload: string) {}

  /** True when `webContentsId` belongs to one of our live windows. */
  owns(webContentsId: number): boolean {
    for (const window of this.#windows) if (!window.isDestroyed() && window.webContents.id === webContentsId) return true;
    return false;
  }

  all(): BrowserWindow[] {
    return [...this.#windows].filter((w) => !w.isDestroyed());
  }

  #create(kind: WindowKind, options: BrowserWindowConstructorOptions): BrowserWindow {
    const window = new BrowserWindow({
      ...options,
      show: false,
      title: 'Frontdesk',
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(this.preload, kind),
    });
    hardenContents(window.webContents);
    this.#windows.add(window);
    window.on('closed', () => this.#windows.delete(window));
    void window.loadURL(pageUrl(kind === 'display' ? '#/display' : ''));
    return window;
  }

  /** The staff console: one window, maximised; closing it quits the app. */
  openConsole(onClosed: () => void): BrowserWindow {
    if (this.#console && !this.#console.isDestroyed()) return this.#console;
    const window = this.#create('console', { width: 1366, height: 800, minWidth: 1024, minHeight: 640 });
    window.once('ready-to-show', () => {
      window.maximize();
      window.show();
    });
    window.on('closed', () => {
      this.#console = null;
      onClosed();
    });
    this.#console = window;
    return window;
  }

  focusConsole(): void {
    const window = this.#console;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  /**
   * The customer display: full screen on the first monitor that is not the primary one, opened when
   * such a monitor is present (now or later) and closed when it goes away.
   */
  watchSecondMonitor(): void {
    const sync = () => this.#syncDisplay();
    screen.on('display-added', sync);
    screen.on('display-removed', sync);
    screen.on('display-metrics-changed', sync);
    sync();
  }

  #syncDisplay(): void {
    const primary = screen.getPrimaryDisplay();
    const target: Display | undefined = screen.getAllDisplays().find((d) => d.id !== primary.id);
    const current = this.#display;
    if (current && !current.window.isDestroyed() && target && current.displayId === target.id) return;
    if (current && !current.window.isDestroyed()) current.window.close();
    this.#display = null;
    if (!target) return;

    const { x, y, width, height } = target.bounds;
    const window = this.#create('display', { x, y, width, height, frame: false, autoHideMenuBar: true });
    window.once('ready-to-show', () => {
      window.setBounds(target.bounds);
      window.showInactive();
      window.setFullScreen(true);
    });
    window.on('closed', () => {
      if (this.#display?.window === window) this.#display = null;
    });
    this.#display = { window, displayId: target.id };
  }
}
