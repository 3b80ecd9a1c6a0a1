import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DisplayState } from '../../shared/contract/devices.ts';
import { getOperation, OP_NAMES, type ServerEvent } from '../../shared/contract/index.ts';
import { addStaff, removeTempDirs, setUpStore } from '../support/core.ts';
import { api, startTestStation, type TestStation } from '../support/http.ts';
import { anyNumber } from '../support/matchers.ts';
import { messageText } from '../support/ws.ts';

/**
 * A paired display over the real station: what its token may read and call, what its event socket
 * hears (calls, its own invalidations; never print jobs or backups), masked names, and revocation.
 */

let s: TestStation;
let adminToken: string;
let receptionToken: string;
let displayToken: string;
let deviceId: number;
let serviceId: number;
let counterId: number;

const PHONE = '13800138000';
const NAME = '张三丰';

async function ok<T>(name: string, body: unknown, token: string | null): Promise<T> {
  const res = await api(s.url, name, body, token);
  expect(res.status, `${name}: ${res.text.slice(0, 300)}`).toBe(200);
  return res.body as T;
}

async function pairDisplay(name: string): Promise<{ token: string; device: { id: number } }> {
  const { code } = await ok<{ code: string }>('devices.pairingCode', { kind: 'display' }, adminToken);
  return ok('display.pair', { code, name }, null);
}

/** A WebSocket to /api/events that records every event it hears. */
class Listener {
  readonly events: ServerEvent[] = [];
  readonly ws: WebSocket;
  readonly closed: Promise<number>;
  constructor(token: string) {
    this.ws = new WebSocket(`${s.url.replace(/^http/, 'ws')}api/events?token=${encodeURIComponent(token)}`);
    this.ws.on('message', (data) => this.events.push(JSON.parse(messageText(data)) as ServerEvent));
    this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve(code)));
  }
  waitFor<T extends ServerEvent>(pred: (e: ServerEvent) => e is T, ms?: number): Promise<T>;
  waitFor(pred: (e: ServerEvent) => boolean, ms?: number): Promise<ServerEvent>;
  waitFor(pred: (e: ServerEvent) => boolean, ms = 5000): Promise<ServerEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching event; heard ${JSON.stringify(this.events).slice(0, 500)}`)), ms);
      const check = () => {
        const found = this.events.find(pred);
        if (found) {
          clearTimeout(timer);
          this.ws.off('message', check);
          resolve(found);
        }
      };
      this.ws.on('message', check);
      check();
    });
  }
}

function refusedStatus(token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${s.url.replace(/^http/, 'ws')}api/events?token=${encodeURIComponent(token)}`);
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      ws.close();
      reject(new Error('the socket was accepted'));
    });
    ws.on('error', () => {});
  });
}

beforeAll(async () => {
  s = await startTestStation();
  ({ adminToken } = await setUpStore(s.core));
  ({ token: receptionToken } = await addStaff(s.core, adminToken, 'reception', '70707070', 'Rob Reception'));
  ({ id: serviceId } = await ok<{ id: number }>(
    'queue.services.save',
    { prefix: 'A', nameZh: '维修', nameEn: 'Repair', typicalMinutes: 10 },
    adminToken,
  ));
  ({ id: counterId } = await ok<{ id: number }>(
    'queue.counters.save',
    { nameZh: '2号窗口', nameEn: 'Counter 2', kind: 'window', serviceIds: [serviceId] },
    adminToken,
  ));
  await ok('queue.counters.open', { counterId }, receptionToken);
  ({
    token: displayToken,
    device: { id: deviceId },
  } = await pairDisplay('Lobby TV'));
});
afterAll(async () => {
  await s.close();
  removeTempDirs();
});

describe('a display token over HTTP', () => {
  it('reads the display state as a Bearer token', async () => {
    const state = await ok<DisplayState>('display.state', {}, displayToken);
    expect(state).toMatchObject({ storeName: 'Test Repair Shop', locale: 'en', current: null, recent: [], readyForPickup: [] });
    expect(state.services).toEqual([{ serviceId, prefix: 'A', nameZh: '维修', nameEn: 'Repair', waiting: 0, estimatedMinutes: 0 }]);
  });

  it('is refused with FORBIDDEN (403, not a request to sign in) by every staff operation', async () => {
    for (const name of ['queue.issue', 'staff.list', 'queue.callNext', 'auth.me', 'devices.list', 'store.settings.get']) {
      const res = await api(s.url, name, {}, displayToken);
      expect(res.status, name).toBe(403);
      expect(res.body, name).toMatchObject({ error: { code: 'FORBIDDEN', message: 'A paired display may only show the queue' } });
    }
    const guarded = OP_NAMES.filter((n) => !['public', 'display'].includes(getOperation(n)!.access as string));
    for (const name of guarded) expect((await api(s.url, name, {}, displayToken)).status, name).toBe(403);
  });

  it('never gets a staff session from a pairing', async () => {
    const res = await api(s.url, 'queue.issue', { serviceId, print: false }, displayToken);
    expect(res.status).toBe(403);
    expect((await ok<DisplayState>('display.state', {}, displayToken)).services[0]?.waiting).toBe(0);
  });
});

describe('the display event stream', () => {
  it('hears calls and its own invalidations, never print jobs or backups', async () => {
    const display = new Listener(displayToken);
    const staff = new Listener(adminToken);
    await display.waitFor((e) => e.type === 'hello');
    await staff.waitFor((e) => e.type === 'hello');

    const customerId = Number(
      s.core.db
        .prepare(
          "INSERT INTO customers (name, phone, created_at, updated_at) VALUES (?, ?, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')",
        )
        .run(NAME, PHONE).lastInsertRowid,
    );
    await ok('queue.issue', { serviceId, customerId, print: false }, receptionToken);
    await ok('queue.callNext', { counterId }, receptionToken);
    const heard = await display.waitFor((e): e is Extract<ServerEvent, { type: 'queue.call' }> => e.type === 'queue.call');
    expect(heard.call).toMatchObject({ number: 'A001', counterNameZh: '2号窗口', counterNameEn: 'Counter 2', customerMasked: '张**' });

    const printer = await ok<{ id: number }>(
      'print.printers.save',
      { name: 'Counter printer', connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' },
      adminToken,
    );
    await ok('print.testPage', { printerId: printer.id }, adminToken);
    await ok('backup.create', {}, adminToken);
    await staff.waitFor((e) => e.type === 'invalidate' && e.prefixes.some((p) => p.startsWith('backup.')));
    await staff.waitFor((e) => e.type === 'print.job');
    // A change the display shows, after the others: once it arrives, the others would have too.
    await ok('store.settings.update', { displayNotice: 'Welcome' }, adminToken);
    await display.waitFor((e) => e.type === 'invalidate' && display.events.indexOf(e) > display.events.indexOf(heard));

    for (const e of display.events) {
      expect(['hello', 'queue.call', 'invalidate'], JSON.stringify(e)).toContain(e.type);
      if (e.type === 'invalidate') for (const p of e.prefixes) expect(p === '' || p.startsWith('display.')).toBe(true);
    }
    const text = JSON.stringify(display.events);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(NAME);
    expect(staff.events.some((e) => e.type === 'invalidate' && e.prefixes.some((p) => p.startsWith('print.')))).toBe(true);
    display.ws.close();
    staff.ws.close();
  });

  it('shows the call in the display state with the name masked and no phone', async () => {
    const state = await ok<DisplayState>('display.state', {}, displayToken);
    expect(state.current).toMatchObject({ number: 'A001', counterId, counterNameEn: 'Counter 2', customerMasked: '张**', callCount: 1 });
    expect(state.displayNotice).toBe('Welcome');
    const text = JSON.stringify(state);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(NAME);
  });

  it('keeps the latest call current and the six before it, one per ticket, newest first', async () => {
    for (let i = 0; i < 8; i++) await ok('queue.issue', { serviceId, print: false }, receptionToken);
    const waiting = await ok<DisplayState>('display.state', {}, displayToken);
    expect(waiting.services[0]).toMatchObject({ waiting: 8, estimatedMinutes: anyNumber() });
    expect(waiting.services[0]!.estimatedMinutes).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) await ok('queue.callNext', { counterId }, receptionToken);
    let state = await ok<DisplayState>('display.state', {}, displayToken);
    expect(state.current?.number).toBe('A009');
    expect(state.recent.map((c) => c.number)).toEqual(['A008', 'A007', 'A006', 'A005', 'A004', 'A003']);
    expect(state.services[0]?.waiting).toBe(0);
    // Recalling the current number keeps one entry for it.
    await ok('queue.recall', { ticketId: state.current!.ticketId }, receptionToken);
    state = await ok<DisplayState>('display.state', {}, displayToken);
    expect(state.current).toMatchObject({ number: 'A009', callCount: 2 });
    expect(state.recent.map((c) => c.number)).toEqual(['A008', 'A007', 'A006', 'A005', 'A004', 'A003']);
  });
});

describe('revoking a display', () => {
  it('closes its socket at once and its token stops working', async () => {
    const { token, device } = await pairDisplay('Window TV');
    const tv = new Listener(token);
    const other = new Listener(displayToken);
    await tv.waitFor((e) => e.type === 'hello');
    await other.waitFor((e) => e.type === 'hello');
    await ok('devices.revoke', { id: device.id }, adminToken);
    expect(await tv.closed).toBe(4401);
    expect((await api(s.url, 'display.state', {}, token)).status).toBe(401);
    expect(await refusedStatus(token)).toBe(401);
    // The other display stays connected and paired.
    expect(other.ws.readyState).toBe(WebSocket.OPEN);
    expect((await api(s.url, 'display.state', {}, displayToken)).status).toBe(200);
    other.ws.close();
    expect(deviceId).not.toBe(device.id);
  });
});
