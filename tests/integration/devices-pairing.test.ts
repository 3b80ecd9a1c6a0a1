import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAIRING_LOCK_MINUTES, PAIRING_MAX_WRONG } from '../../shared/contract/devices.ts';
import { addStaff, count, makeCore, op, removeTempDirs, setUpStore, tryOp, type TestCore } from '../support/core.ts';
import { anyString } from '../support/matchers.ts';

let t: TestCore;
let adminToken: string;
let adminId: number;

beforeEach(async () => {
  t = makeCore();
  ({ adminToken, adminId } = await setUpStore(t.core));
});
afterEach(() => {
  t.core.close();
  removeTempDirs();
});

const newCode = () => op(t.core, 'devices.pairingCode', { kind: 'display' }, adminToken);
const pair = (code: string, name = 'Lobby TV') => tryOp(t.core, 'display.pair', { code, name });
/** A six-digit code other than `code`. */
const other = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const audits = (action: string) => count(t.core, 'audit_log', 'action = ?', action);

describe('pairing codes', () => {
  it('gives a six-digit code valid for ten minutes and stores only its hash', async () => {
    const { code, expiresAt } = await newCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(Date.parse(expiresAt) - t.clock.now()).toBe(10 * 60_000);
    const rows = t.core.db.prepare('SELECT * FROM pairing_codes').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(audits('devices.pairingCode')).toBe(1);
  });

  it('pairs a display once: the same code a second time is refused', async () => {
    const { code } = await newCode();
    const first = await op(t.core, 'display.pair', { code, name: ' Lobby TV ' });
    expect(first.token.length).toBeGreaterThan(30);
    expect(first.device).toMatchObject({
      name: 'Lobby TV',
      kind: 'display',
      pairedById: adminId,
      pairedByName: 'Ada Admin',
      revokedAt: null,
      pairedFrom: 'test',
    });
    expect(JSON.stringify(t.core.db.prepare('SELECT * FROM devices').all())).not.toContain(first.token);
    const again = await pair(code, 'Second TV');
    expect(again).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', fields: { code: 'is wrong' } } });
    expect(count(t.core, 'devices')).toBe(1);
    expect(audits('devices.pair')).toBe(1);
  });

  it('refuses a code after its ten minutes', async () => {
    const { code } = await newCode();
    t.clock.advanceMinutes(10);
    expect(await pair(code)).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(count(t.core, 'devices')).toBe(0);
  });

  it('accepts a code just before it expires', async () => {
    const { code } = await newCode();
    t.clock.advance(10 * 60_000 - 1000);
    expect(await pair(code)).toMatchObject({ ok: true });
  });

  it('replaces the unused code when a new one is made', async () => {
    const first = await newCode();
    let second = await newCode();
    while (second.code === first.code) second = await newCode();
    expect(count(t.core, 'pairing_codes', 'used_at IS NULL')).toBe(1);
    expect(await pair(first.code)).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(await pair(second.code)).toMatchObject({ ok: true });
  });

  it('is for admins only', async () => {
    const manager = await addStaff(t.core, adminToken, 'manager', '24682468');
    expect(await tryOp(t.core, 'devices.pairingCode', { kind: 'display' }, manager.token)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await tryOp(t.core, 'devices.pairingCode', { kind: 'display' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('wrong codes', () => {
  it(`locks all pairing after ${PAIRING_MAX_WRONG} wrong codes in ten minutes, with one audit row for the lockout`, async () => {
    const { code } = await newCode();
    const auditBefore = count(t.core, 'audit_log');
    for (let i = 1; i < PAIRING_MAX_WRONG; i++) {
      const res = await pair(other(code));
      expect(res).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', params: { attemptsLeft: PAIRING_MAX_WRONG - i } } });
      t.clock.advanceMinutes(1);
    }
    expect(count(t.core, 'audit_log')).toBe(auditBefore);
    const locking = await pair(other(code));
    expect(locking).toMatchObject({ ok: false, error: { code: 'LOCKED', params: { lockedUntil: anyString() } } });
    expect(audits('devices.pairingLocked')).toBe(1);
    // Locked: even the right code is refused, and a flood of tries writes no more audit rows.
    for (let i = 0; i < 20; i++) expect(await pair(code)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(count(t.core, 'audit_log')).toBe(auditBefore + 1);
    expect(count(t.core, 'devices')).toBe(0);
    // After the lockout the right (still valid) code works.
    t.clock.advanceMinutes(PAIRING_LOCK_MINUTES - PAIRING_MAX_WRONG + 1);
    const code2 = (await newCode()).code;
    t.clock.advanceMinutes(PAIRING_MAX_WRONG);
    expect(await pair(code2)).toMatchObject({ ok: true });
  });

  it('forgets wrong codes older than ten minutes', async () => {
    const { code } = await newCode();
    for (let i = 0; i < PAIRING_MAX_WRONG - 1; i++) await pair(other(code));
    t.clock.advanceMinutes(10);
    const fresh = (await newCode()).code;
    expect(await pair(other(fresh))).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PIN', params: { attemptsLeft: PAIRING_MAX_WRONG - 1 } },
    });
    expect(await pair(fresh)).toMatchObject({ ok: true });
  });
});

describe('paired devices', () => {
  it('lists, renames and revokes, each change audited', async () => {
    const { device, token } = await op(t.core, 'display.pair', { code: (await newCode()).code, name: 'Lobby TV' });
    expect(await op(t.core, 'devices.list', {}, adminToken)).toEqual([device]);
    const renamed = await op(t.core, 'devices.rename', { id: device.id, name: 'Window TV' }, adminToken);
    expect(renamed.name).toBe('Window TV');
    expect(audits('devices.rename')).toBe(1);
    expect(await tryOp(t.core, 'display.state', {}, token)).toMatchObject({ ok: true });

    const revoked = await op(t.core, 'devices.revoke', { id: device.id }, adminToken);
    expect(revoked.revokedAt).toBe(t.core.nowIso());
    expect(audits('devices.revoke')).toBe(1);
    expect(await tryOp(t.core, 'display.state', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await op(t.core, 'devices.list', {}, adminToken)).toEqual([]);
    expect(await op(t.core, 'devices.list', { includeRevoked: true }, adminToken)).toEqual([revoked]);
    // Revoking again changes nothing and writes nothing.
    await op(t.core, 'devices.revoke', { id: device.id }, adminToken);
    expect(audits('devices.revoke')).toBe(1);
    expect(await tryOp(t.core, 'devices.revoke', { id: 999 }, adminToken)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { id: anyString() } },
    });
  });

  it('notes when a display was last seen, at most once a minute', async () => {
    const { device, token } = await op(t.core, 'display.pair', { code: (await newCode()).code, name: 'Lobby TV' });
    const seen = () =>
      (t.core.db.prepare('SELECT last_seen_at FROM devices WHERE id = ?').get(device.id) as { last_seen_at: string | null }).last_seen_at;
    expect(seen()).toBeNull();
    await op(t.core, 'display.state', {}, token);
    const first = seen();
    expect(first).toBe(t.core.nowIso());
    t.clock.advance(30_000);
    await op(t.core, 'display.state', {}, token);
    expect(seen()).toBe(first);
    t.clock.advance(30_000);
    await op(t.core, 'display.state', {}, token);
    expect(seen()).toBe(t.core.nowIso());
  });

  it('lets the local display window read the display state over IPC without a token, but nothing else', async () => {
    const ipc = { token: null, origin: 'ipc' };
    const { dispatch } = await import('../../electron/core/dispatch.ts');
    expect(await dispatch(t.core, 'display.state', {}, ipc)).toMatchObject({ ok: true });
    expect(await dispatch(t.core, 'store.settings.get', {}, ipc)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // The same call from elsewhere needs a token.
    expect(await tryOp(t.core, 'display.state', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
