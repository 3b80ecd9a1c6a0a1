import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type BridgeResult, type FrontdeskBridge } from '../../shared/bridge.ts';
import { OP_NAMES, type OpName, type ServerEvent } from '../../shared/contract/index.ts';

/**
 * `window.frontdesk`: one function per contract operation, built from the contract's names; the
 * page never sees ipcRenderer, Node or Electron. Main checks every call's sender and validates input.
 */
const ops = Object.fromEntries(
  OP_NAMES.map((name) => [
    name,
    (input: unknown, token: string | null): Promise<BridgeResult> => ipcRenderer.invoke(IPC.op(name), input, token),
  ]),
) as Record<OpName, (input: unknown, token: string | null) => Promise<BridgeResult>>;

const windowKind = process.argv.includes('--frontdesk-window=display') ? 'display' : 'console';

const bridge: FrontdeskBridge = {
  ops,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, event: ServerEvent) => listener(event);
    ipcRenderer.on(IPC.event, forward);
    return () => {
      ipcRenderer.removeListener(IPC.event, forward);
    };
  },
  pickFolder: (token) => ipcRenderer.invoke(IPC.pickFolder, token),
  pickBackupFile: (token) => ipcRenderer.invoke(IPC.pickBackupFile, token),
  window: windowKind,
};

contextBridge.exposeInMainWorld('frontdesk', bridge);
