import path from 'node:path';
import { IPC, type BridgeResult } from '../../shared/bridge.ts';
import { OP_NAMES } from '../../shared/contract/index.ts';
import type { Core } from '../core/core.ts';
import { dispatch } from '../core/dispatch.ts';
import { admitSession } from '../core/services/auth.ts';
import { approveFolder } from '../core/services/folders.ts';
import { isOurPage } from './page-url.ts';

/** The part of Electron's `ipcMain` the shell uses; a plain-Node test passes a recorder instead. */
export interface IpcMainLike<E> {
  handle: (channel: string, listener: (event: E, ...args: unknown[]) => unknown) => void;
}

/** The parts of an IpcMainInvokeEvent that say who is calling. */
export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * A call is ours when it comes from the top frame of one of our windows (`ownsContents`) while that
 * frame shows our own page: not a sub-frame, not a page navigated elsewhere, not some other window.
 */
export function fromOurPage(event: SenderLike, ownsContents: (webContentsId: number) => boolean): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && ownsContents(event.sender.id) && isOurPage(frame.url);
}

export interface IpcBindingOptions<E> {
  core: Core;
  /** True when the call comes from one of our windows showing our own pages. */
  isTrustedSender: (event: E) => boolean;
  pickFolder: (event: E) => Promise<string | null>;
  pickBackupFile: (event: E) => Promise<string | null>;
}

const REFUSED: BridgeResult = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window may not call Frontdesk operations', fields: {} },
};

/**
 * Binds the whole IPC surface: one `op:<name>` channel per contract operation, each dispatching into
 * the core exactly as the station server does, plus the two native pickers (for a signed-in admin). Returns the channels bound.
 */
export function bindIpc<E>(ipc: IpcMainLike<E>, options: IpcBindingOptions<E>): string[] {
  const channels: string[] = [];
  const bind = (channel: string, listener: (event: E, ...args: unknown[]) => unknown) => {
    ipc.handle(channel, listener);
    channels.push(channel);
  };

  for (const name of OP_NAMES) {
    bind(IPC.op(name), async (event, input, token): Promise<BridgeResult> => {
      if (!options.isTrustedSender(event)) return REFUSED;
      return dispatch(options.core, name, input, { token: typeof token === 'string' ? token : null, origin: 'ipc' });
    });
  }
  bind(IPC.pickFolder, (event, token) => pickApproved(options, event, token, options.pickFolder, (picked) => picked));
  bind(IPC.pickBackupFile, (event, token) => pickApproved(options, event, token, options.pickBackupFile, (picked) => path.dirname(picked)));
  return channels;
}

/**
 * Opens a native picker for an admin signed in on one of our windows, and approves the folder they
 * chose (a picked backup file approves its folder) for backups, restores and exports, audited. Anyone
 * else gets null and no dialog.
 */
async function pickApproved<E>(
  options: IpcBindingOptions<E>,
  event: E,
  token: unknown,
  pick: (event: E) => Promise<string | null>,
  folderOf: (picked: string) => string,
): Promise<string | null> {
  if (!options.isTrustedSender(event) || typeof token !== 'string') return null;
  const { core } = options;
  const session = admitSession(core.db, token, core.clock.now());
  if (!session || session.locked || session.actor.role !== 'admin') return null;
  const admin = session.actor;
  const picked = await pick(event);
  if (picked === null) return null;
  try {
    approveFolder({ core, actor: admin, origin: 'ipc' }, folderOf(picked), 'dialog');
  } catch (err) {
    // Not a folder on this computer after all: a backup there is refused, with the field named.
    console.error(`The folder picked could not be approved: ${(err as Error).message}`);
  }
  return picked;
}
