import type { DisplayState } from '../../../../shared/contract/devices.ts';
import type { OpInput, OpOutput } from '../../../../shared/contract/index.ts';
import { api } from '../../api/client.ts';

/**
 * How the display reaches the station. It never holds a staff session: a TV browser calls with the
 * display token it got when paired (kept in localStorage, so it survives restarts); the Electron display
 * window calls over IPC with no token at all, which the core trusts because only our windows reach it.
 */

const TOKEN_KEY = 'frontdesk.displayToken';

/** The Electron window on the second monitor: paired by being ours. */
export function isDisplayWindow(): boolean {
  return window.frontdesk?.window === 'display';
}

export function readDisplayToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveDisplayToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Without storage the pairing lasts until the page is reloaded.
  }
}

type DisplayOp = 'display.state' | 'display.pair' | 'setup.status';

/** One call as this display, through whichever transport the page runs on. Rejects with an ApiError. */
export function displayCall<K extends DisplayOp>(name: K, input: OpInput<K>, token: string | null): Promise<OpOutput<K>> {
  return api.transport.call(name, input, token) as Promise<OpOutput<K>>;
}

export const DISPLAY_STATE_KEY = ['display', 'state'] as const;

export type { DisplayState };
