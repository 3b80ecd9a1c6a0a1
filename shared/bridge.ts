import type { OpName, ServerEvent } from './contract/index.ts';
import type { ErrorBody } from './errors.ts';

export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: ErrorBody };

/**
 * What the Electron preload exposes as `window.frontdesk`: one function per contract operation
 * (built from the contract's names, never raw ipcRenderer), the event stream, and native pickers.
 */
export interface FrontdeskBridge {
  readonly ops: { readonly [K in OpName]: (input: unknown, token: string | null) => Promise<BridgeResult> };
  onEvent: (listener: (event: ServerEvent) => void) => () => void;
  /** A native folder picker (manual backups) for the signed-in admin, approving the folder picked; null when cancelled or not an admin. */
  pickFolder: (token: string | null) => Promise<string | null>;
  /** A native file picker for a backup to restore, approving its folder; null when cancelled or not an admin. */
  pickBackupFile: (token: string | null) => Promise<string | null>;
  /** Which window this is: the staff console or the customer-facing display. */
  readonly window: 'console' | 'display';
}

/** IPC channel names, shared by preload and main. */
export const IPC = {
  op: (name: string) => `op:${name}`,
  event: 'frontdesk:event',
  pickFolder: 'frontdesk:pick-folder',
  pickBackupFile: 'frontdesk:pick-backup-file',
} as const;
