import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import ts from 'typescript';
import { IPC } from '../../shared/bridge.ts';
import { OP_NAMES } from '../../shared/contract/index.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { call } from '../../electron/core/dispatch.ts';
import { setUpStore } from '../support/core.ts';

/**
 * Checks on the built shell that need no Electron binary: the sandboxed preload really is
 * self-contained CommonJS exposing one function per operation, the migrations travel with main, and
 * every package main imports is one electron-builder will put in the installer.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const out = (...parts: string[]) => path.join(ROOT, 'out', ...parts);

interface Invocation {
  channel: string;
  args: unknown[];
}

/** Runs the built preload the way a sandboxed renderer does: only `electron` can be required. */
function runPreload(argv: string[]) {
  const required: string[] = [];
  const invocations: Invocation[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const exposed: Record<string, unknown> = {};
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      invocations.push({ channel, args });
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer,
  };
  const module = { exports: {} };
  const sandbox = {
    module,
    exports: module.exports,
    process: { argv, env: {}, platform: process.platform, sandboxed: true, contextIsolated: true, type: 'renderer' },
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    },
  };
  vm.runInNewContext(fs.readFileSync(out('preload', 'index.cjs'), 'utf8'), sandbox, { filename: 'index.cjs' });
  return { required, invocations, listeners, exposed, ipcRenderer };
}

test.describe('the built shell', () => {
  test('the preload is sandbox-safe CommonJS and exposes one function per contract operation', async () => {
    const { required, invocations, listeners, exposed, ipcRenderer } = runPreload(['/usr/bin/electron', '--frontdesk-window=console']);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(Object.keys(exposed)).toEqual(['frontdesk']);

    const bridge = exposed.frontdesk as {
      ops: Record<string, (input: unknown, token: string | null) => Promise<unknown>>;
      onEvent: (listener: (event: unknown) => void) => () => void;
      pickFolder: (token: string | null) => Promise<unknown>;
      pickBackupFile: (token: string | null) => Promise<unknown>;
      window: string;
    };
    expect(Object.keys(bridge.ops).sort()).toEqual([...OP_NAMES].sort());
    for (const name of OP_NAMES) expect(typeof bridge.ops[name]).toBe('function');
    expect(bridge.window).toBe('console');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);

    await bridge.ops['auth.signIn']?.({ staffId: 1, pin: '1234' }, 'tok');
    await bridge.pickFolder('tok');
    await bridge.pickBackupFile('tok');
    expect(invocations).toEqual([
      { channel: IPC.op('auth.signIn'), args: [{ staffId: 1, pin: '1234' }, 'tok'] },
      { channel: IPC.pickFolder, args: ['tok'] },
      { channel: IPC.pickBackupFile, args: ['tok'] },
    ]);

    const seen: unknown[] = [];
    const stop = bridge.onEvent((event) => seen.push(event));
    const [forward] = listeners.get(IPC.event) ?? [];
    forward?.({ sender: 'ipc event, not passed on' }, { type: 'hello' });
    expect(seen).toEqual([{ type: 'hello' }]);
    stop();
    expect(listeners.get(IPC.event)?.size).toBe(0);
  });

  test('the preload tells the display window apart from the console', () => {
    const { exposed } = runPreload(['/usr/bin/electron', '--frontdesk-window=display']);
    expect((exposed.frontdesk as { window: string }).window).toBe('display');
  });

  test('the store migrations are copied next to the bundled main', () => {
    const source = path.join(ROOT, 'electron/core/store/migrations');
    const sql = fs
      .readdirSync(source)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(sql.length).toBeGreaterThan(0);
    expect(fs.readdirSync(out('main', 'migrations')).sort()).toEqual(sql);
    for (const file of sql)
      expect(fs.readFileSync(out('main', 'migrations', file), 'utf8')).toBe(fs.readFileSync(path.join(source, file), 'utf8'));
  });

  test('the reader worker is built next to main and runs the heavy reads on a real store', async () => {
    const entry = out('main', 'reader-worker.js');
    expect(fs.existsSync(entry)).toBe(true);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-reader-'));
    const core = openCore({ dataDir, readerEntry: entry, migrationsDir: out('main', 'migrations') });
    try {
      const { adminToken } = await setUpStore(core);
      await core.readers.start();
      expect(core.readers.workers).toBeGreaterThan(0);
      const page = await call(core, 'audit.list', { action: 'auth.' }, { token: adminToken, origin: 'test' });
      expect(page.rows.map((r) => r.action)).toContain('auth.signIn');
    } finally {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('every package the bundled main imports is a runtime dependency the installer keeps', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const builder = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    // Whole packages or scopes left out: '!node_modules/NAME/**' and '!node_modules/{A,B}/**', in either quotes.
    const excludedNames = new Set(
      [...builder.matchAll(/["']!node_modules\/(?:\{([^}]+)\}|([^/{}"']+))\/\*\*["']/g)].flatMap((m) => (m[1] ?? m[2] ?? '').split(',')),
    );
    expect(excludedNames.has('react') && excludedNames.has('@mantine')).toBe(true); // the pattern really reads the file
    const isExcluded = (p: string) => excludedNames.has(p) || excludedNames.has(p.split('/')[0] as string);

    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    // index.js, the reader worker and the chunks they share.
    const bundled = fs
      .readdirSync(out('main'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(out('main', f), 'utf8'));
    expect(bundled.length).toBeGreaterThanOrEqual(2);
    const packages = bundled
      .flatMap((code) => ts.preProcessFile(code, true, true).importedFiles)
      .map((f) => f.fileName)
      .filter((s) => !s.startsWith('.') && !builtins.has(s) && !builtins.has(s.split('/')[0] as string))
      .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] as string)));
    expect(packages).toContain('better-sqlite3');

    const problems = [...new Set(packages)]
      .filter((p) => p !== 'electron')
      .filter((p) => !Object.hasOwn(pkg.dependencies, p) || isExcluded(p))
      .map((p) => (isExcluded(p) ? `${p} is excluded by electron-builder.yml` : `${p} is not in package.json dependencies`));
    expect(problems).toEqual([]);
  });
});
