import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PIN, count, makeCore, op, removeTempDirs, setUpStore, tryOp, type TestCore } from '../support/core.ts';
import { api, startTestStation } from '../support/http.ts';

afterAll(() => removeTempDirs());

const MINUTE = 60_000;
const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.core.close();
});

async function signedIn() {
  const t = makeCore();
  cores.push(t);
  const { adminId, adminToken } = await setUpStore(t.core);
  return { ...t, adminId, token: adminToken };
}

const lastActive = (t: TestCore) => t.core.db.prepare('SELECT last_active_at FROM sessions').pluck().get() as string;
const lockedAt = (t: TestCore) => t.core.db.prepare('SELECT locked_at FROM sessions').pluck().get() as string | null;

describe('a staff session locks after the store’s idle minutes, not at a fixed hour', () => {
  it('stays open while used, locks once idle past the limit (30 minutes by default), and opens again with the PIN', async () => {
    const t = await signedIn();
    expect((await op(t.core, 'store.settings.get', {}, t.token)).autoLockMinutes).toBe(30);
    // A whole shift of calls every 20 minutes, well past the old 12-hour cut: never locked.
    for (let i = 0; i < 45; i++) {
      t.clock.advanceMinutes(20);
      expect((await tryOp(t.core, 'auth.me', {}, t.token)).ok).toBe(true);
    }
    const lastCall = t.clock.now();
    t.clock.advance(30 * MINUTE);
    expect((await tryOp(t.core, 'auth.me', {}, t.token)).ok, 'exactly at the limit is not past it').toBe(true);
    t.clock.advance(30 * MINUTE + 1);
    const refused = await tryOp(t.core, 'store.settings.get', {}, t.token);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED', params: { staffId: t.adminId, staffName: 'Ada Admin', role: 'admin' } },
    });
    // The lock is dated when the limit passed, and holds however the call comes.
    expect(lockedAt(t)).toBe(new Date(lastCall + 60 * MINUTE).toISOString());
    expect(await tryOp(t.core, 'auth.me', {}, t.token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(count(t.core, 'audit_log', "action = 'access.denied'")).toBe(0);

    expect(await op(t.core, 'auth.unlock', { pin: ADMIN_PIN }, t.token)).toEqual({
      expiresAt: new Date(t.clock.now() + 24 * 60 * MINUTE).toISOString(),
    });
    expect(lockedAt(t)).toBeNull();
    expect((await op(t.core, 'auth.me', {}, t.token)).staff.id).toBe(t.adminId);
    expect(count(t.core, 'audit_log', "action = 'auth.unlock' AND actor_id = ?", t.adminId)).toBe(1);
  });

  it('ends for good 24 hours after its PIN was last given (a safety limit no shift reaches); unlocking renews it', async () => {
    const t = await signedIn();
    for (let i = 0; i < 23 * 3; i++) {
      t.clock.advanceMinutes(20);
      expect((await tryOp(t.core, 'auth.me', {}, t.token)).ok).toBe(true);
    }
    await op(t.core, 'auth.lock', {}, t.token);
    await op(t.core, 'auth.unlock', { pin: ADMIN_PIN }, t.token);
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(20);
      expect((await tryOp(t.core, 'auth.me', {}, t.token)).ok, 'renewed at the unlock').toBe(true);
    }
    for (let i = 0; i < 24 * 3; i++) {
      t.clock.advanceMinutes(20);
      await tryOp(t.core, 'auth.me', {}, t.token);
    }
    expect(await tryOp(t.core, 'auth.me', {}, t.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('counts wrong PINs to unlock towards the account’s lockout, audited; another staff member’s PIN does not open it', async () => {
    const t = await signedIn();
    const { id: riley } = await op(t.core, 'staff.create', { name: 'Riley', role: 'reception', pin: '24682468' }, t.token);
    await op(t.core, 'auth.lock', {}, t.token);
    expect(count(t.core, 'audit_log', "action = 'auth.lock' AND actor_id = ?", t.adminId)).toBe(1);
    expect(await tryOp(t.core, 'auth.unlock', { pin: '24682468' }, t.token)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PIN', fields: { pin: 'is wrong' }, params: { attemptsLeft: 4 } },
    });
    for (let i = 0; i < 3; i++) await tryOp(t.core, 'auth.unlock', { pin: '00000000' }, t.token);
    expect(await tryOp(t.core, 'auth.unlock', { pin: '00000000' }, t.token)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(count(t.core, 'audit_log', "action = 'auth.unlock.wrongPin' AND entity_id = ?", String(t.adminId))).toBe(5);
    expect(count(t.core, 'audit_log', "action = 'staff.locked'")).toBe(1);
    // Locked out: even the right PIN waits for the lockout; the session stays locked.
    expect(await tryOp(t.core, 'auth.unlock', { pin: ADMIN_PIN }, t.token)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(lockedAt(t)).not.toBeNull();
    // Another staff member signs in instead, and the locked session is signed out.
    const other = await op(t.core, 'auth.signIn', { staffId: riley, pin: '24682468' });
    expect((await op(t.core, 'auth.me', {}, other.token)).staff.name).toBe('Riley');
    expect(await op(t.core, 'auth.signOut', {}, t.token)).toEqual({ ok: true });
    expect(await tryOp(t.core, 'auth.unlock', { pin: ADMIN_PIN }, t.token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('follows the admin’s setting at once, and never locks a paired display', async () => {
    const t = await signedIn();
    await op(t.core, 'store.settings.update', { autoLockMinutes: 5 }, t.token);
    const { code } = await op(t.core, 'devices.pairingCode', { kind: 'display' }, t.token);
    const display = await op(t.core, 'display.pair', { code, name: 'Lobby TV' });
    t.clock.advance(5 * MINUTE + 1);
    expect(await tryOp(t.core, 'display.state', {}, t.token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(400);
      expect((await tryOp(t.core, 'display.state', {}, display.token)).ok).toBe(true);
    }
    await op(t.core, 'auth.unlock', { pin: ADMIN_PIN }, t.token);
    expect(await tryOp(t.core, 'store.settings.update', { autoLockMinutes: 0 }, t.token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { autoLockMinutes: 'must be at least 1' } },
    });
  });

  it('writes the last activity at most once a minute and after the call has answered, so a busy desk adds no write per call', async () => {
    const t = await signedIn();
    const signedInAt = lastActive(t);
    const { id: serviceId } = await op(
      t.core,
      'queue.services.save',
      { prefix: 'A', nameZh: '维修', nameEn: 'Repair', typicalMinutes: 10, opensAt: '00:00', closesAt: '24:00' },
      t.token,
    );
    t.clock.advance(1_000);
    for (let i = 0; i < 50; i++) {
      t.clock.advance(1_000);
      await op(t.core, 'queue.issue', { serviceId }, t.token);
    }
    expect(lastActive(t)).toBe(signedInAt);
    t.clock.advance(10_000);
    await op(t.core, 'queue.issue', { serviceId }, t.token);
    expect(lastActive(t), 'not inside the call: the number waited for its own commit only').toBe(signedInAt);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lastActive(t), 'written once the minute has passed, after the answer').toBe(new Date(t.clock.now()).toISOString());
  });

  it('writes the activity still waiting when the store closes', async () => {
    const t = await signedIn();
    t.clock.advanceMinutes(2);
    await op(t.core, 'auth.me', {}, t.token);
    const at = new Date(t.clock.now()).toISOString();
    t.core.close();
    cores.splice(0);
    const reopened = new Database(t.core.dbFile, { readonly: true });
    try {
      expect(reopened.prepare('SELECT last_active_at FROM sessions').pluck().get()).toBe(at);
    } finally {
      reopened.close();
    }
  });

  it('survives a restart: idle time before it counts, from the last activity written', async () => {
    const t = await signedIn();
    t.clock.advanceMinutes(10);
    await op(t.core, 'auth.me', {}, t.token);
    t.core.close();
    cores.splice(0);
    const again = makeCore({ dataDir: t.dataDir, clock: t.clock });
    cores.push(again);
    t.clock.advanceMinutes(25);
    expect((await tryOp(again.core, 'auth.me', {}, t.token)).ok).toBe(true);
    again.core.close();
    cores.splice(0);
    const third = makeCore({ dataDir: t.dataDir, clock: t.clock });
    cores.push(third);
    t.clock.advanceMinutes(31);
    expect(await tryOp(third.core, 'auth.me', {}, t.token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('sees a lock written by another connection (the kept session read follows the store)', async () => {
    const t = await signedIn();
    expect((await tryOp(t.core, 'auth.me', {}, t.token)).ok).toBe(true);
    const other = new Database(t.core.dbFile);
    other.prepare("UPDATE sessions SET locked_at = '2026-03-02T01:00:00.000Z'").run();
    other.close();
    expect(await tryOp(t.core, 'auth.me', {}, t.token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });
});

describe('over HTTP', () => {
  it('answers a locked session 423 SESSION_LOCKED until auth.unlock, which it may call', async () => {
    const s = await startTestStation();
    try {
      const { adminToken } = await setUpStore(s.core);
      expect((await api(s.url, 'auth.lock', {}, adminToken)).status).toBe(200);
      const refused = await api(s.url, 'staff.list', {}, adminToken);
      expect(refused.status).toBe(423);
      expect(refused.body).toMatchObject({ error: { code: 'SESSION_LOCKED', params: { staffName: 'Ada Admin' } } });
      expect((await api(s.url, 'auth.unlock', { pin: ADMIN_PIN }, adminToken)).status).toBe(200);
      expect((await api(s.url, 'staff.list', {}, adminToken)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
