import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { OP_NAMES } from '../../shared/contract/index.ts';
import { whyElectronCannotRun } from './electron-binary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const skipReason = whyElectronCannotRun();

/** What the page's global object looks like from inside page.evaluate (this project type-checks tests without the DOM). */
interface PageGlobals extends Record<string, unknown> {
  frontdesk: { ops: Record<string, (input: unknown, token: string | null) => Promise<unknown>>; window: string };
  open: (url: string) => unknown;
  location: { href: string };
}

test.describe('the Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;
  const consoleErrors: string[] = [];

  test.beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-electron-'));
    app = await electron.launch({
      args: ['.', '--lang=en-US', '--data-dir', dataDir, '--port', '0'],
      cwd: ROOT,
      locale: 'en-US',
      env: { ...process.env, FRONTDESK_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the console on our own page and shows first-run setup', async () => {
    expect(page.url()).toMatch(/^app:\/\/frontdesk\/index\.html(#.*)?$/);
    // First-run setup's title, in English (the test asks for en-US) or, should the locale not take, Chinese.
    await expect(page.getByRole('heading', { level: 1, name: /Welcome to Frontdesk|欢迎使用 Frontdesk/ })).toBeVisible();
    expect(fs.existsSync(path.join(dataDir, 'frontdesk.sqlite'))).toBe(true);
  });

  test('exposes window.frontdesk with one function per operation, and no Node or Electron', async () => {
    const seen = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return {
        keys: Object.keys(w.frontdesk).sort(),
        ops: Object.keys(w.frontdesk.ops).sort(),
        allFunctions: Object.values(w.frontdesk.ops).every((f) => typeof f === 'function'),
        window: w.frontdesk.window,
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        ipcRenderer: typeof w.ipcRenderer,
      };
    });
    expect(seen).toEqual({
      keys: ['onEvent', 'ops', 'pickBackupFile', 'pickFolder', 'window'],
      ops: [...OP_NAMES].sort(),
      allFunctions: true,
      window: 'console',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  test('an operation called through the bridge reaches the store', async () => {
    const result = await page.evaluate(() => (globalThis as unknown as PageGlobals).frontdesk.ops['setup.status']?.({}, null));
    expect(result).toMatchObject({ ok: true, value: { initialized: false } });
  });

  test('runs under the console CSP, with navigation and new windows denied', async () => {
    expect(
      await page.evaluate(() => {
        try {
          return String(eval('"eval ran"'));
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');

    const before = page.url();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null)).toBe(true);
    // The main process answers: a listener added after the shell's own sees the navigation already refused.
    const refused = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<{ url: string; prevented: boolean }>((resolve) => {
          BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (event) =>
            resolve({ url: event.url, prevented: event.defaultPrevented }),
          );
        }),
    );
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    expect(await refused).toEqual({ url: 'https://example.com/', prevented: true });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.href)).toBe(before);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);

    // Refused eval is the policy working (zod probes for it too); any other refusal means the CSP breaks the console.
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e) && !/unsafe-eval/.test(e))).toEqual([]);
  });
});
