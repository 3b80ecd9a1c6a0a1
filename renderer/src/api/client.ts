import type { OpInput, OpName, OpOutput, ServerEvent } from '../../../shared/contract/index.ts';
import type { Role } from '../../../shared/roles.ts';
import type { FrontdeskBridge } from '../../../shared/bridge.ts';
import { ApiError } from './errors.ts';
import { httpTransport } from './transport-http.ts';
import { ipcTransport } from './transport-ipc.ts';
import type { ConnectionState, Transport } from './transport.ts';
import type { LockedBy } from './locked-by.ts';

export type { LockedBy } from './locked-by.ts';

const TOKEN_KEY = 'frontdesk.session';

/** What a locked session may still call; every other call waits until it is unlocked. */
const WHILE_LOCKED = new Set<string>(['auth.unlock', 'auth.lock', 'auth.signOut', 'auth.signIn', 'auth.staffList', 'setup.status']);

interface Lock {
  by: LockedBy;
  /** Settles when the session is unlocked (resolves) or ends (rejects). */
  opened: Promise<void>;
  open: () => void;
  fail: (error: ApiError) => void;
}

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
  private readonly lockListeners = new Set<(by: LockedBy | null) => void>();
  private lock: Lock | null = null;
  /** When this console last called the station (ms): the idle lock's keep-alive reads it. */
  lastCallAt = Date.now();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Calls an operation with the session's token. While the session is locked, a call waits for the
   * PIN (and fails if the session ends instead); a call the station refuses because the session locked
   * (idle past the store's limit) locks the console and runs once it is opened again.
   */
  async call<K extends OpName>(name: K, ...[input]: InputArgs<K>): Promise<OpOutput<K>> {
    if (this.lock && !WHILE_LOCKED.has(name)) await this.lock.opened;
    const token = this.token;
    this.lastCallAt = Date.now();
    try {
      return (await this.transport.call(name, input ?? {}, token)) as OpOutput<K>;
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
      if (error.code === 'UNAUTHENTICATED' && token && token === this.token) this.endSession();
      if (error.code === 'NETWORK' && this.token) this.setState('offline');
      if (error.code === 'SESSION_LOCKED' && token && token === this.token && !WHILE_LOCKED.has(name)) {
        this.holdLocked({
          staffId: Number(error.params.staffId),
          staffName: String(error.params.staffName),
          role: error.params.role as Role,
        });
        return this.call(name, ...([input] as InputArgs<K>));
      }
      throw error;
    }
  }

  /** Whose locked session this console holds, or null while it is open. */
  get lockedBy(): LockedBy | null {
    return this.lock?.by ?? null;
  }

  /** Locks the session here and at the station (the Lock button, Ctrl+L, the idle timer). */
  lockSession(by: LockedBy): void {
    const token = this.token;
    if (!token || this.lock) return;
    this.holdLocked(by);
    this.transport.call('auth.lock', {}, token).catch(() => undefined);
  }

  /** Opens the locked session with its staff member's PIN; the calls that waited then run. Throws ApiError. */
  async unlockSession(pin: string): Promise<void> {
    await this.call('auth.unlock', { pin });
    const lock = this.lock;
    this.lock = null;
    lock?.open();
    this.notifyLock();
  }

  private holdLocked(by: LockedBy): void {
    if (this.lock) return;
    let open = () => {};
    let fail: (error: ApiError) => void = () => {};
    const opened = new Promise<void>((resolve, reject) => {
      open = resolve;
      fail = reject;
    });
    // Nobody may be waiting when the session ends: that is no unhandled rejection.
    opened.catch(() => undefined);
    this.lock = { by, opened, open, fail };
    this.notifyLock();
  }

  /** The calls still waiting for the PIN fail: the session they belonged to is over. */
  private dropLock(): void {
    const lock = this.lock;
    if (!lock) return;
    this.lock = null;
    lock.fail(new ApiError({ code: 'UNAUTHENTICATED', message: 'The locked session ended' }));
    this.notifyLock();
  }

  private notifyLock(): void {
    for (const listener of this.lockListeners) listener(this.lockedBy);
  }

  onLockChange(listener: (by: LockedBy | null) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  get sessionToken(): string | null {
    return this.token;
  }

  get connection(): ConnectionState {
    return this.state;
  }

  /** Keeps the token for the next calls and (re)starts the event stream for it. */
  setToken(token: string | null): void {
    if (token !== this.token) this.dropLock();
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
