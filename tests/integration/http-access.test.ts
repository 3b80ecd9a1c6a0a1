import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { getOperation, OP_NAMES } from '../../shared/contract/index.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { addStaff, count, removeTempDirs } from '../support/core.ts';
import { api, request, startTestStation, type TestStation } from '../support/http.ts';
import { buildSampleWorld, type SampleWorld } from '../support/samples.ts';
import { anyString, stringContaining } from '../support/matchers.ts';
import { messageText } from '../support/ws.ts';

let s: TestStation;
let w: SampleWorld;
const tokens = {} as Record<Role, { id: number; token: string }>;

beforeAll(async () => {
  s = await startTestStation();
  w = await buildSampleWorld(s.core);
  tokens.admin = { id: w.adminId, token: w.adminToken };
  tokens.manager = { id: w.managerId, token: w.managerToken };
  tokens.reception = { id: w.receptionId, token: w.receptionToken };
  tokens.cashier = await addStaff(s.core, w.adminToken, 'cashier', '81818181', 'Cal Cashier');
  tokens.technician = await addStaff(s.core, w.adminToken, 'technician', '91919191', 'Tia Tech');
});
afterAll(async () => {
  await s.close();
  removeTempDirs();
});

const denials = (where = '1 = 1', ...args: unknown[]) => count(s.core, 'audit_log', `action = 'access.denied' AND ${where}`, ...args);

describe('HTTP access control', () => {
  const guarded = OP_NAMES.filter((n) => getOperation(n)!.access !== 'public');

  it('answers 401 to every guarded operation without a token, or with a bad one, and audits each refusal', async () => {
    expect(guarded.length).toBeGreaterThan(5);
    for (const name of guarded) {
      for (const token of [null, 'not-a-real-token']) {
        const before = denials('entity_id = ?', name);
        const res = await api(s.url, name, {}, token);
        expect(res.status, `${name} with token ${token}`).toBe(401);
        expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: anyString(), fields: {} } });
        expect(denials('entity_id = ? AND actor_id IS NULL', name), `${name} refusal audited`).toBe(before + 1);
      }
    }
    const row = s.core.db
      .prepare("SELECT origin, after_json FROM audit_log WHERE action = 'access.denied' ORDER BY id DESC LIMIT 1")
      .get() as { origin: string; after_json: string };
    expect(row.origin).toBe('http 127.0.0.1');
    expect(JSON.parse(row.after_json)).toEqual({ reason: 'not signed in' });
  });

  it('answers 403 to every role an operation does not allow, and audits who tried', async () => {
    let checked = 0;
    for (const name of guarded) {
      const access = getOperation(name)!.access;
      if (typeof access === 'string') continue;
      for (const role of ROLES.filter((r) => !access.includes(r))) {
        const who = tokens[role];
        const before = denials('entity_id = ? AND actor_id = ?', name, who.id);
        const res = await api(s.url, name, {}, who.token);
        expect(res.status, `${role} calling ${name}`).toBe(403);
        expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN', fields: {} } });
        expect(denials('entity_id = ? AND actor_id = ?', name, who.id), `${role} calling ${name} audited`).toBe(before + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('lets an allowed role through', async () => {
    const res = await api(s.url, 'staff.list', {}, tokens.manager.token);
    expect(res.status).toBe(200);
    expect((res.body as unknown[]).length).toBe(5);
  });

  it('answers an unknown operation, a wrong method and a malformed body with a clear 4xx', async () => {
    const unknown = await api(s.url, 'staff.fire', {}, w.adminToken);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'UNKNOWN_OPERATION', message: stringContaining('staff.fire') } });
    const get = await request(s.url, '/api/staff.list', { method: 'GET', token: w.adminToken });
    expect(get.status).toBe(405);
    const broken = await api(s.url, 'staff.create', '{"name": "x", ', w.adminToken);
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: 'BAD_JSON', fields: { input: anyString() } } });
  });

  it('refuses a body over the size limit without falling over', async () => {
    const staffBefore = count(s.core, 'staff');
    const huge = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) });
    const res = await api(s.url, 'staff.create', huge, w.adminToken).catch((err: Error) => ({ status: -1, body: err.message, text: '' }));
    // The server may answer 413 or cut the upload off; either way it must not accept it and must stay up.
    if (res.status !== -1) {
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    }
    expect(count(s.core, 'staff')).toBe(staffBefore);
    expect((await api(s.url, 'setup.status', {})).status).toBe(200);
  });
});

describe('the /api/events WebSocket', () => {
  const wsUrl = (token?: string) =>
    `${s.url.replace(/^http/, 'ws')}api/events${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

  function refusal(url: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('open', () => {
        ws.close();
        reject(new Error(`${url} was accepted`));
      });
      ws.on('error', () => {});
    });
  }

  it('refuses a connection without a valid session token', async () => {
    expect(await refusal(wsUrl())).toBe(401);
    expect(await refusal(wsUrl(''))).toBe(401);
    expect(await refusal(wsUrl('forged-token'))).toBe(401);
    const { token } = await addStaff(s.core, w.adminToken, 'reception', '12341234', 'Soon Signed Out');
    await api(s.url, 'auth.signOut', {}, token);
    expect(await refusal(wsUrl(token))).toBe(401);
  });

  it('says hello, then pushes an invalidate event after a write', async () => {
    const ws = new WebSocket(wsUrl(w.receptionToken));
    const messages: { type: string; prefixes?: string[] }[] = [];
    const waitFor = (pred: (m: (typeof messages)[number]) => boolean) =>
      new Promise<(typeof messages)[number]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event; got ${JSON.stringify(messages)}`)), 5000);
        const check = () => {
          const found = messages.find(pred);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        ws.on('message', check);
        check();
      });
    ws.on('message', (data) => messages.push(JSON.parse(messageText(data)) as (typeof messages)[number]));
    try {
      await waitFor((m) => m.type === 'hello');
      expect(messages.filter((m) => m.type === 'invalidate')).toEqual([]);
      const res = await api(s.url, 'staff.create', { name: 'Evan Event', role: 'cashier', pin: '4321' }, w.adminToken);
      expect(res.status).toBe(200);
      const event = await waitFor((m) => m.type === 'invalidate');
      expect(event.prefixes).toEqual(expect.arrayContaining(['staff.', 'auth.staffList']));
      // A read pushes nothing.
      const count = messages.length;
      await api(s.url, 'staff.list', {}, w.adminToken);
      await new Promise((r) => setTimeout(r, 200));
      expect(messages.length).toBe(count);
    } finally {
      ws.close();
    }
  });
});
