import type { OpInput, OpName, OpOutput, ServerEvent } from '../../../shared/contract/index.ts';
import type { FrontdeskBridge } from '../../../shared/bridge.ts';
import { ApiError } from './errors.ts';
import { httpTransport } from './transport-http.ts';
import { ipcTransport } from './transport-ipc.ts';
import type { ConnectionState, Transport } from './transport.ts';

const TOKEN_KEY = 'frontdesk.session';

/** Operations whose input may be left out because every field is optional. */
type InputArgs<K extends OpName> = Record<string, never> extends OpInput<K> ? [input?: OpInput<K>] : [input: OpInput<K>];

declare global {
  interface Window {
    frontdesk?: FrontdeskBridge;
  }
}

function readStoredToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be unavailable (private windows); the token then lives in memory only.
  }
}

/**
 * The console's one way to the core: typed by the contract, with the session token and the event
 * stream. The transport is chosen once at start-up.
 */
class ApiClient {
  readonly transport: Transport;
  private token: string | null = readStoredToken();
  private state: ConnectionState = 'reconnecting';
  private stopListening: (() => void) | null = null;
  private readonly eventListeners = new Set<(event: ServerEvent) => void>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly sessionEndListeners = new Set<() => void>();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  async call<K extends OpName>(name: K, ...[input]: InputArgs<K>): Promise<OpOutput<K>> {
    const token = this.token;
    try {
      return (await this.transport.call(name, input ?? {}, token)) as OpOutput<K>;
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
      if (error.code === 'UNAUTHENTICATED' && token && token === this.token) this.endSession();
      if (error.code === 'NETWORK' && this.token) this.setState('offline');
      throw error;
    }
  }

  get sessionToken(): string | null {
    return this.token;
  }

  get connection(): ConnectionState {
    return this.state;
  }

  /** Keeps the token for the next calls and (re)starts the event stream for it. */
  setToken(token: string | null): void {
    this.token = token;
    storeToken(token);
    this.stopListening?.();
    this.stopListening = null;
    if (token) {
      let dropped = false;
      let connectedOnce = false;
      this.setState('reconnecting');
      this.stopListening = this.transport.listen(
        token,
        (event) => {
          if (event.type === 'hello') {
            // Changes made while the stream was down were not announced: refresh everything.
            if (dropped && connectedOnce) this.emit({ type: 'invalidate', prefixes: [''] });
            dropped = false;
            connectedOnce = true;
          }
          this.emit(event);
        },
        (state) => {
          if (state !== 'connected' && !dropped) {
            dropped = true;
            // The stream may have dropped because the session ended (a restore, an expiry): ask.
            this.call('auth.me').catch(() => undefined);
          }
          // Once the station is known to be unreachable, another failed reconnect does not make it "reconnecting" again.
          if (!(state === 'reconnecting' && this.state === 'offline')) this.setState(state);
        },
      );
    }
  }

  /** Forgets the session (the station already ended it) and tells the console to show sign-in. */
  endSession(): void {
    this.setToken(null);
    for (const listener of this.sessionEndListeners) listener();
  }

  onEvent(listener: (event: ServerEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onSessionEnd(listener: () => void): () => void {
    this.sessionEndListeners.add(listener);
    return () => this.sessionEndListeners.delete(listener);
  }

  private emit(event: ServerEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

export const api = new ApiClient(window.frontdesk ? ipcTransport(window.frontdesk) : httpTransport());
