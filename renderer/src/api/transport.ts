import type { ServerEvent } from '../../../shared/contract/index.ts';

export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

/**
 * How calls and events travel: Electron IPC through the preload bridge, or HTTP and a WebSocket to the
 * station server. Screens never see which one is in use.
 */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  /** Resolves with the operation's output or rejects with an ApiError. */
  call: (name: string, input: unknown, token: string | null) => Promise<unknown>;
  /** Starts the event stream for a signed-in session; returns a function that stops it. */
  listen: (token: string, onEvent: (event: ServerEvent) => void, onState: (state: ConnectionState) => void) => () => void;
}
