import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { IPC, type BridgeResult } from '../../shared/bridge.ts';
import { OP_NAMES } from '../../shared/contract/index.ts';
import type { Core } from '../../electron/core/core.ts';
import { bindIpc, fromOurPage, type IpcMainLike } from '../../electron/app/ipc-binding.ts';
import { pageUrl } from '../../electron/app/page-url.ts';
import path from 'node:path';
import { ADMIN_PIN, addStaff, count, makeCore, makeTempDir, PROFILE, removeTempDirs, setUpStore, snapshot } from '../support/core.ts';

/** Stands in for ipcMain's sender check: which window a call came from. */
interface FakeEvent {
  trusted: boolean;
}

type Listener = (event: FakeEvent, ...args: unknown[]) => unknown;

/** Records what the shell binds, the way ipcMain would (ipcMain also refuses a second handler). */
class IpcRecorder implements IpcMainLike<FakeEvent> {
  readonly calls: string[] = [];
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    this.calls.push(channel);
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, event: FakeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`nothing bound on ${channel}`);
    return Promise.resolve(listener(event, ...args));
  }
}

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});
afterAll(removeTempDirs);

function bound() {
  const { core } = makeCore();
  cores.push(core);
  const ipc = new IpcRecorder();
  const picked: string[] = [];
  const chosen = makeTempDir('frontdesk-chosen-');
  const backupFolder = makeTempDir('frontdesk-chosen-backups-');
  const returned = bindIpc(ipc, {
    core,
    isTrustedSender: (event) => event.trusted,
    pickFolder: () => {
      picked.push('folder');
      return Promise.resolve(chosen);
    },
    pickBackupFile: () => {
      picked.push('file');
      return Promise.resolve(path.join(backupFolder, 'backup.sqlite'));
    },
  });
  return { core, ipc, returned, picked, chosen, backupFolder };
}

const TRUSTED: FakeEvent = { trusted: true };
const STRANGER: FakeEvent = { trusted: false };

describe('the Electron IPC binding', () => {
  it('binds every contract operation exactly once, the two pickers, and nothing else', () => {
    const { ipc, returned } = bound();
    const expected = [...OP_NAMES.map((name) => IPC.op(name)), IPC.pickFolder, IPC.pickBackupFile];

    expect(OP_NAMES.length).toBeGreaterThan(10);
    expect(ipc.calls).toHaveLength(new Set(ipc.calls).size);
    expect([...ipc.calls].sort()).toEqual([...expected].sort());
    expect(returned).toEqual(ipc.calls);
  });

  it('dispatches into the real core: first-run setup, sign-in, a sign-out whose input is not an object refused, a signed-in call, audited as ipc', async () => {
    const { core, ipc } = bound();

    const status = (await ipc.invoke(IPC.op('setup.status'), TRUSTED, {}, null)) as BridgeResult;
    expect(status).toMatchObject({ ok: true, value: { initialized: false } });

    const setup = (await ipc.invoke(
      IPC.op('setup.initialize'),
      TRUSTED,
      { profile: PROFILE, admin: { name: 'Ada Admin', pin: ADMIN_PIN } },
      null,
    )) as BridgeResult;
    expect(setup.ok).toBe(true);
    const adminId = (setup as { value: { adminId: number } }).value.adminId;

    const signIn = (await ipc.invoke(IPC.op('auth.signIn'), TRUSTED, { staffId: adminId, pin: ADMIN_PIN }, null)) as BridgeResult;
    expect(signIn.ok).toBe(true);
    const token = (signIn as { value: { token: string } }).value.token;

    for (const input of [null, undefined, [], 'sign out']) {
      const signOut = (await ipc.invoke(IPC.op('auth.signOut'), TRUSTED, input, token)) as BridgeResult;
      expect(signOut, `auth.signOut with ${String(input)}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { input: 'the body must be a JSON object' } },
      });
    }

    const me = (await ipc.invoke(IPC.op('auth.me'), TRUSTED, {}, token)) as BridgeResult;
    expect(me).toMatchObject({ ok: true, value: { staff: { id: adminId, name: 'Ada Admin' }, profile: { name: PROFILE.name } } });

    expect(count(core, 'audit_log', "origin = 'ipc'")).toBeGreaterThan(0);
    expect(count(core, 'audit_log', "origin <> 'ipc'")).toBe(0);
  });

  it('answers bad input with a validation error naming the field, and writes nothing', async () => {
    const { core, ipc } = bound();
    const before = snapshot(core);
    const result = (await ipc.invoke(
      IPC.op('setup.initialize'),
      TRUSTED,
      { profile: { ...PROFILE, currency: 42 }, admin: { name: 'A', pin: ADMIN_PIN } },
      null,
    )) as BridgeResult;
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(Object.keys((result as { error: { fields: object } }).error.fields)).toContain('profile.currency');
    expect(snapshot(core)).toEqual(before);
  });

  it('treats a token that is not a string as no token', async () => {
    const { ipc } = bound();
    const result = (await ipc.invoke(IPC.op('auth.me'), TRUSTED, {}, { token: 'forged' })) as BridgeResult;
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses calls from a sender that is not one of our windows, writing nothing and opening no picker', async () => {
    const { core, ipc, picked } = bound();
    const before = snapshot(core);

    const result = (await ipc.invoke(
      IPC.op('setup.initialize'),
      STRANGER,
      { profile: PROFILE, admin: { name: 'Eve', pin: ADMIN_PIN } },
      null,
    )) as BridgeResult;
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipc.invoke(IPC.pickFolder, STRANGER)).toBeNull();
    expect(await ipc.invoke(IPC.pickBackupFile, STRANGER)).toBeNull();
    expect(picked).toEqual([]);
    expect(snapshot(core)).toEqual(before);
  });

  it('opens the pickers only for an admin signed in on our windows, and approves the folders picked, audited', async () => {
    const { core, ipc, picked, chosen, backupFolder } = bound();
    const { adminId, adminToken } = await setUpStore(core);
    const manager = await addStaff(core, adminToken, 'manager', '60606060', 'Mia Manager');
    expect(await ipc.invoke(IPC.pickFolder, TRUSTED)).toBeNull();
    expect(await ipc.invoke(IPC.pickFolder, TRUSTED, manager.token)).toBeNull();
    expect(await ipc.invoke(IPC.pickFolder, STRANGER, adminToken)).toBeNull();
    expect(picked).toEqual([]);

    expect(await ipc.invoke(IPC.pickFolder, TRUSTED, adminToken)).toBe(chosen);
    expect(await ipc.invoke(IPC.pickBackupFile, TRUSTED, adminToken)).toBe(path.join(backupFolder, 'backup.sqlite'));
    expect(picked).toEqual(['folder', 'file']);
    const approved = (await ipc.invoke(IPC.op('backup.folders.list'), TRUSTED, {}, adminToken)) as BridgeResult;
    expect(approved).toMatchObject({ ok: true, value: [{ folder: chosen, via: 'dialog', approvedBy: adminId }, { folder: backupFolder }] });
    expect(count(core, 'audit_log', "action = 'backup.folder.approve' AND origin = 'ipc' AND actor_id = ?", adminId)).toBe(2);
    const made = (await ipc.invoke(IPC.op('backup.create'), TRUSTED, { folder: chosen }, manager.token)) as BridgeResult;
    expect(made).toMatchObject({ ok: true });
  });
});

describe('which senders count as our pages', () => {
  const OURS = 7;
  const owns = (id: number) => id === OURS;
  const from = (url: string, options: { id?: number; parent?: unknown; noFrame?: boolean } = {}) =>
    fromOurPage(
      { sender: { id: options.id ?? OURS }, senderFrame: options.noFrame ? null : { url, parent: options.parent ?? null } },
      owns,
    );

  it('accepts the console and the display, on any route', () => {
    expect(pageUrl()).toBe('app://frontdesk/index.html');
    expect(from(pageUrl())).toBe(true);
    expect(from(pageUrl('#/display'))).toBe(true);
    expect(from('app://frontdesk/index.html#/settings/staff')).toBe(true);
  });

  it('refuses other pages, other schemes, sub-frames, unknown windows and gone frames', () => {
    expect(from('app://frontdesk/other.html')).toBe(false);
    expect(from('app://elsewhere/index.html')).toBe(false);
    expect(from('file:///opt/Frontdesk/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(from('https://frontdesk/index.html')).toBe(false);
    expect(from('http://127.0.0.1:4780/index.html')).toBe(false);
    expect(from('not a url')).toBe(false);
    expect(from(pageUrl(), { parent: { url: pageUrl() } })).toBe(false);
    expect(from(pageUrl(), { id: OURS + 1 })).toBe(false);
    expect(from(pageUrl(), { noFrame: true })).toBe(false);
  });
});
