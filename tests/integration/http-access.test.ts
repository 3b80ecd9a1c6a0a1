import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { getOperation, OP_NAMES } from '../../shared/contract/index.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { addStaff, count, removeTempDirs, tryOp } from '../support/core.ts';
import { api, request, startTestStation, type TestStation } from '../support/http.ts';
import { buildSampleWorld, type SampleWorld } from '../support/samples.ts';
import { anyString, objectContaining, stringContaining } from '../support/matchers.ts';
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

/** The unauthenticated refusals recorded so far: how many rows, and the refusals they count. */
function refusals(): { rows: number; count: number; operations: string[]; origins: string[]; reasons: string[] } {
  const rows = s.core.db.prepare("SELECT origin, after_json FROM audit_log WHERE action = 'access.denied' AND actor_id IS NULL").all() as {
    origin: string;
    after_json: string;
  }[];
  const afters = rows.map((r) => JSON.parse(r.after_json) as { reason: string; count: number; operations: string[] });
  return {
    rows: rows.length,
    count: afters.reduce((sum, a) => sum + a.count, 0),
    operations: afters.flatMap((a) => a.operations),
    origins: [...new Set(rows.map((r) => r.origin))],
    reasons: [...new Set(afters.map((a) => a.reason))],
  };
}

const denials = (where = '1 = 1', ...args: unknown[]) => count(s.core, 'audit_log', `action = 'access.denied' AND ${where}`, ...args);

describe('HTTP access control', () => {
  const guarded = OP_NAMES.filter((n) => getOperation(n)!.access !== 'public');

  it('answers 401 to every guarded operation without a token, or with a bad one, and audits the refusals coalesced per origin and minute', async () => {
    expect(guarded.length).toBeGreaterThan(5);
    const before = refusals();
    for (const name of guarded) {
      for (const token of [null, 'not-a-real-token']) {
        const res = await api(s.url, name, {}, token);
        expect(res.status, `${name} with token ${token}`).toBe(401);
        expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: anyString(), fields: {} } });
      }
    }
    const after = refusals();
    // One row per minute the loop spanned (it takes seconds), each counting its refusals.
    expect(after.rows - before.rows).toBeLessThanOrEqual(2);
    expect(after.count - before.count).toBe(guarded.length * 2);
    expect(after.origins).toEqual(['http 127.0.0.1']);
    expect(after.reasons).toEqual(['not signed in']);
    expect(after.operations).toContain(guarded[0]);
  });

  it('a flood of unauthenticated calls adds at most one audit row per minute, with its count', async () => {
    const before = refusals();
    for (let i = 0; i < 300; i++) expect((await api(s.url, 'staff.list', {}, null)).status).toBe(401);
    const after = refusals();
    expect(after.rows - before.rows).toBeLessThanOrEqual(2);
    expect(after.count - before.count).toBe(300);
    expect(after.operations).toContain('staff.list');
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
    // The sample world's admin, manager, receptionist and jobs technician, and this suite's cashier and technician.
    expect((res.body as unknown[]).length).toBe(6);
  });

  it('answers an unknown operation, a wrong method and a malformed body with a clear 4xx', async () => {
    const unknown = await api(s.url, 'staff.fire', {}, w.adminToken);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'UNKNOWN_OPERATION', message: stringContaining('staff.fire') } });
    const get = await request(s.url, '/api/staff.list', { method: 'GET', token: w.adminToken });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(get.body).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED', message: stringContaining('POST') } });
    const broken = await api(s.url, 'staff.create', '{"name": "x", ', w.adminToken);
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: 'BAD_JSON', fields: { input: anyString() } } });
  });

  it('refuses a body that is not a JSON object (null, a list, text, a number), so null cannot sign out or back up', async () => {
    const backups = count(s.core, 'audit_log', "action = 'backup.create'");
    for (const body of ['null', '[]', '"sign me out"', '42', 'true']) {
      for (const name of ['auth.signOut', 'backup.create', 'setup.status']) {
        const res = await api(s.url, name, body, w.adminToken);
        expect(res.status, `${name} with ${body}`).toBe(400);
        expect(res.body).toMatchObject({
          error: {
            code: 'VALIDATION',
            message: stringContaining('the body must be a JSON object'),
            fields: { input: 'the body must be a JSON object' },
          },
        });
      }
    }
    expect((await api(s.url, 'auth.me', {}, w.adminToken)).status, 'the admin is still signed in').toBe(200);
    expect(count(s.core, 'audit_log', "action = 'backup.create'")).toBe(backups);
    expect((await api(s.url, 'setup.status', '')).status, 'an empty body is no input at all').toBe(200);
  });

  it('refuses an in-process call whose input is not an object, as the IPC binding passes it on', async () => {
    for (const input of [null, undefined, [], 'text', 7]) {
      for (const name of ['auth.signOut', 'backup.create']) {
        const result = await tryOp(s.core, name, input, w.adminToken);
        expect(result, `${name} with ${String(input)}`).toEqual({
          ok: false,
          error: objectContaining({ code: 'VALIDATION', fields: { input: 'the body must be a JSON object' } }),
        });
      }
    }
    expect((await tryOp(s.core, 'auth.me', {}, w.adminToken)).ok, 'the admin is still signed in').toBe(true);
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
      // A read pushes nothing: after it, a write's event is the next to arrive (one socket keeps the order).
      const count = messages.length;
      await api(s.url, 'staff.list', {}, w.adminToken);
      await api(s.url, 'staff.create', { name: 'Later Write', role: 'cashier', pin: '4322' }, w.adminToken);
      await waitFor((m) => messages.indexOf(m) >= count && m.type === 'invalidate');
      expect(messages.slice(count)).toEqual([{ type: 'invalidate', prefixes: event.prefixes }]);
    } finally {
      ws.close();
    }
  });

  /** Opens a console's event stream and resolves with it once the station said hello. */
  function openStream(token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl(token));
      const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
      ws.once('message', () => resolve({ ws, closed }));
      ws.once('error', reject);
    });
  }

  it("closes a session's event stream as soon as it signs out, and leaves the others open", async () => {
    const leaving = await addStaff(s.core, w.adminToken, 'reception', '56785678', 'Sid Signout');
    const staying = await openStream(w.adminToken);
    const stream = await openStream(leaving.token);
    expect((await api(s.url, 'auth.signOut', {}, leaving.token)).status).toBe(200);
    expect(await stream.closed).toBe(4402);
    // The admin's stream still hears events: a later write reaches it.
    const heard = new Promise((r) => staying.ws.once('message', r));
    await api(s.url, 'staff.create', { name: 'Stay Tuned', role: 'cashier', pin: '8765' }, w.adminToken);
    await heard;
    expect(staying.ws.readyState).toBe(WebSocket.OPEN);
    staying.ws.close();
  });

  it("closes a deactivated staff member's event streams at once", async () => {
    const member = await addStaff(s.core, w.adminToken, 'cashier', '24682468', 'Dee Activated');
    const stream = await openStream(member.token);
    expect((await api(s.url, 'staff.update', { id: member.id, active: false }, w.adminToken)).status).toBe(200);
    expect(await stream.closed).toBe(4402);
  });
});
