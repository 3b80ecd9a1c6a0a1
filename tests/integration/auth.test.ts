import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { addStaff, ADMIN_PIN, count, makeCore, op, PROFILE, removeTempDirs, setUpStore, tryOp, type TestCore } from '../support/core.ts';
import { anyString } from '../support/matchers.ts';

let current: TestCore | null = null;
function fresh(): TestCore {
  current = makeCore();
  return current;
}
afterEach(() => {
  current?.core.close();
  current = null;
});
afterAll(removeTempDirs);

const errorOf = async (core: Core, name: string, input: unknown, token: string | null = null) => {
  const result = await tryOp(core, name, input, token);
  if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.value)}`);
  return result.error;
};

const staffRow = (core: Core, id: number) =>
  core.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as {
    pin_hash: string;
    failed_attempts: number;
    locked_until: string | null;
    active: number;
    role: string;
  };

describe('first-run setup and sign-in', () => {
  it('sets up once, then signs the admin in', async () => {
    const { core } = fresh();
    expect(await op(core, 'setup.status', {})).toMatchObject({ initialized: false, storeName: null });
    expect((await errorOf(core, 'auth.signIn', { staffId: 1, pin: '1234' })).code).toBe('SETUP_REQUIRED');
    expect((await errorOf(core, 'auth.staffList', {})).code).toBe('SETUP_REQUIRED');

    const { adminId, adminToken } = await setUpStore(core);
    expect(await op(core, 'setup.status', {})).toMatchObject({ initialized: true, storeName: PROFILE.name, locale: 'en', demo: false });
    const me = await op(core, 'auth.me', {}, adminToken);
    expect(me.staff).toMatchObject({ id: adminId, role: 'admin', active: true });
    expect(me.profile).toMatchObject({ name: PROFILE.name, currency: 'CNY', taxRateBp: 600 });
    expect(await op(core, 'auth.staffList', {})).toEqual([{ id: adminId, name: 'Ada Admin', role: 'admin', lockedUntil: null }]);

    const again = await errorOf(core, 'setup.initialize', { profile: PROFILE, admin: { name: 'Eve', pin: '1234' } });
    expect(again.code).toBe('ALREADY_SET_UP');
    expect(count(core, 'staff')).toBe(1);

    const actions = (core.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['store.profile.create', 'staff.create', 'auth.signIn']);
  });

  it('refuses a wrong PIN and says how many tries are left', async () => {
    const { core } = fresh();
    const { adminId } = await setUpStore(core);
    const error = await errorOf(core, 'auth.signIn', { staffId: adminId, pin: '0000' });
    expect(error).toMatchObject({ code: 'WRONG_PIN', fields: { pin: 'is wrong' }, params: { attemptsLeft: 4 } });
  });

  it('stores PINs only as salted scrypt hashes', async () => {
    const { core } = fresh();
    const { adminToken } = await setUpStore(core);
    const a = await addStaff(core, adminToken, 'cashier', '86420975', 'Cat One');
    const b = await addStaff(core, adminToken, 'cashier', '86420975', 'Cat Two');
    const hashA = staffRow(core, a.id).pin_hash;
    const hashB = staffRow(core, b.id).pin_hash;
    expect(hashA).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hashA).not.toBe(hashB); // salted: the same PIN hashes differently
    await op(core, 'staff.setPin', { id: a.id, pin: '19283746' }, adminToken);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    // Neither PIN appears anywhere in the store's files: not in a column, not in the audit log.
    for (const suffix of ['', '-wal']) {
      const file = core.dbFile + suffix;
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file).toString('latin1');
      for (const pin of ['86420975', '19283746', ADMIN_PIN]) expect(bytes.includes(pin), `${pin} in ${file}`).toBe(false);
    }
    expect((await op(core, 'auth.signIn', { staffId: a.id, pin: '19283746' })).staff.id).toBe(a.id);
  });
});

describe('lockout after five wrong PINs', () => {
  it('locks for the configured minutes, refuses the right PIN while locked, and unlocks when the time has passed', async () => {
    const { core, clock } = fresh();
    const { adminToken } = await setUpStore(core);
    await op(core, 'store.settings.update', { lockoutMinutes: 10 }, adminToken);
    const { id } = await addStaff(core, adminToken, 'reception', '24681357', 'Rita Reception');

    for (let i = 1; i <= 4; i++) {
      const error = await errorOf(core, 'auth.signIn', { staffId: id, pin: '11111111' });
      expect(error).toMatchObject({ code: 'WRONG_PIN', params: { attemptsLeft: 5 - i } });
    }
    const locked = await errorOf(core, 'auth.signIn', { staffId: id, pin: '11111111' });
    const until = new Date(clock.now() + 10 * 60_000).toISOString();
    expect(locked).toMatchObject({ code: 'LOCKED', params: { lockedUntil: until } });
    expect(staffRow(core, id).locked_until).toBe(until);
    expect(count(core, 'audit_log', "action = 'staff.locked' AND entity_id = ?", String(id))).toBe(1);
    expect(count(core, 'audit_log', "action = 'auth.signIn.wrongPin' AND entity_id = ?", String(id))).toBe(5);
    // The audit log's action filter: a known action is itself only, anything else a prefix.
    const signIns = await op(core, 'audit.list', { action: 'auth.signIn' }, adminToken);
    expect(new Set(signIns.rows.map((r) => r.action))).toEqual(new Set(['auth.signIn']));
    const anySignIn = await op(core, 'audit.list', { action: 'auth.signIn.' }, adminToken);
    expect(anySignIn.rows.map((r) => r.action)).toEqual(Array(5).fill('auth.signIn.wrongPin'));
    // The sign-in screen shows the lock.
    expect((await op(core, 'auth.staffList', {})).find((s) => s.id === id)?.lockedUntil).toBe(until);

    clock.advanceMinutes(9);
    const stillLocked = await errorOf(core, 'auth.signIn', { staffId: id, pin: '24681357' });
    expect(stillLocked.code).toBe('LOCKED');
    const sessionsBefore = count(core, 'sessions');

    clock.advanceMinutes(1.01);
    const signedIn = await op(core, 'auth.signIn', { staffId: id, pin: '24681357' });
    expect(signedIn.staff).toMatchObject({ id, lockedUntil: null });
    expect(count(core, 'sessions')).toBe(sessionsBefore + 1);
    expect(staffRow(core, id)).toMatchObject({ failed_attempts: 0, locked_until: null });
  });

  it('a manager can unlock a locked account early; a right PIN resets the count', async () => {
    const { core } = fresh();
    const { adminToken } = await setUpStore(core);
    const manager = await addStaff(core, adminToken, 'manager', '55554444', 'Max Manager');
    const { id } = await addStaff(core, adminToken, 'cashier', '12121212', 'Cy Cashier');
    for (let i = 0; i < 3; i++) await errorOf(core, 'auth.signIn', { staffId: id, pin: '99999999' });
    await op(core, 'auth.signIn', { staffId: id, pin: '12121212' });
    expect(staffRow(core, id).failed_attempts).toBe(0);
    for (let i = 0; i < 5; i++) await errorOf(core, 'auth.signIn', { staffId: id, pin: '99999999' });
    expect((await errorOf(core, 'auth.signIn', { staffId: id, pin: '12121212' })).code).toBe('LOCKED');
    const unlocked = await op(core, 'staff.unlock', { id }, manager.token);
    expect(unlocked.lockedUntil).toBeNull();
    await op(core, 'auth.signIn', { staffId: id, pin: '12121212' });
  });
});

describe('sessions and roles', () => {
  it('refuses what a role may not do, and records the refusal', async () => {
    const { core } = fresh();
    const { adminToken } = await setUpStore(core);
    const reception = await addStaff(core, adminToken, 'reception', '31313131', 'Rae Reception');
    const manager = await addStaff(core, adminToken, 'manager', '42424242', 'Mo Manager');

    const forbidden = await errorOf(core, 'staff.create', { name: 'Sneaky', role: 'admin', pin: '1234' }, reception.token);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', params: { role: 'reception' } });
    expect(count(core, 'staff', "name = 'Sneaky'")).toBe(0);
    expect(count(core, 'audit_log', "action = 'access.denied' AND actor_id = ? AND entity_id = 'staff.create'", reception.id)).toBe(1);

    expect((await errorOf(core, 'audit.list', {}, reception.token)).code).toBe('FORBIDDEN');
    expect((await errorOf(core, 'staff.create', { name: 'X', role: 'cashier', pin: '1234' }, manager.token)).code).toBe('FORBIDDEN');
    expect((await op(core, 'staff.list', {}, manager.token)).length).toBe(3);
    expect((await op(core, 'auth.me', {}, reception.token)).staff.role).toBe('reception');

    expect((await errorOf(core, 'auth.me', {})).code).toBe('UNAUTHENTICATED');
    expect((await errorOf(core, 'auth.me', {}, 'not-a-token')).code).toBe('UNAUTHENTICATED');
  });

  it('ends sessions on sign-out, on deactivation, and 24 hours after the PIN (locked after 30 idle minutes before that)', async () => {
    const { core, clock } = fresh();
    const { adminToken } = await setUpStore(core);
    const a = await addStaff(core, adminToken, 'cashier', '10101010', 'Al Cashier');
    await op(core, 'auth.signOut', {}, a.token);
    expect((await errorOf(core, 'auth.me', {}, a.token)).code).toBe('UNAUTHENTICATED');

    const b = await addStaff(core, adminToken, 'technician', '20202020', 'Bo Tech');
    await op(core, 'staff.update', { id: b.id, active: false }, adminToken);
    expect((await errorOf(core, 'auth.me', {}, b.token)).code).toBe('UNAUTHENTICATED');
    expect((await errorOf(core, 'auth.signIn', { staffId: b.id, pin: '20202020' })).code).toBe('NOT_FOUND');

    // In use all along (a call every 25 minutes): no cut at 12 hours, the end at 24.
    for (let minutes = 25; minutes < 24 * 60; minutes += 25) {
      clock.advanceMinutes(25);
      await op(core, 'auth.me', {}, adminToken);
    }
    clock.advanceMinutes(25);
    expect((await errorOf(core, 'auth.me', {}, adminToken)).code).toBe('UNAUTHENTICATED');
  });

  it('never leaves the store without an active admin', async () => {
    const { core } = fresh();
    const { adminId, adminToken } = await setUpStore(core);
    const deactivate = await errorOf(core, 'staff.update', { id: adminId, active: false }, adminToken);
    expect(deactivate).toMatchObject({ code: 'CONFLICT', fields: { active: anyString() } });
    const demote = await errorOf(core, 'staff.update', { id: adminId, role: 'manager' }, adminToken);
    expect(demote).toMatchObject({ code: 'CONFLICT', fields: { role: anyString() } });
    expect(staffRow(core, adminId)).toMatchObject({ active: 1, role: 'admin' });

    const second = await addStaff(core, adminToken, 'admin', '76767676', 'Second Admin');
    const updated = await op(core, 'staff.update', { id: adminId, active: false }, second.token);
    expect(updated.active).toBe(false);
    expect((await errorOf(core, 'staff.update', { id: second.id, active: false }, second.token)).code).toBe('CONFLICT');
  });

  it('refuses a second active staff member with the same name', async () => {
    const { core } = fresh();
    const { adminToken } = await setUpStore(core);
    await addStaff(core, adminToken, 'cashier', '13131313', 'Same Name');
    const clash = await errorOf(core, 'staff.create', { name: 'Same Name', role: 'technician', pin: '1234' }, adminToken);
    expect(clash).toMatchObject({ code: 'CONFLICT', fields: { name: anyString() } });
  });

  it('changes your own PIN only with the current one', async () => {
    const { core } = fresh();
    const { adminId, adminToken } = await setUpStore(core);
    expect((await errorOf(core, 'staff.changeOwnPin', { currentPin: '00000000', newPin: '5678' }, adminToken)).fields).toEqual({
      currentPin: 'is wrong',
    });
    await op(core, 'staff.changeOwnPin', { currentPin: ADMIN_PIN, newPin: '5678' }, adminToken);
    expect((await errorOf(core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN })).code).toBe('WRONG_PIN');
    await op(core, 'auth.signIn', { staffId: adminId, pin: '5678' });
  });
});

describe('manager approval', () => {
  it('accepts only an active manager or admin, counts wrong PINs towards their lockout, and records the approver', async () => {
    const { core } = fresh();
    const { adminToken } = await setUpStore(core);
    const cashier = await addStaff(core, adminToken, 'cashier', '30303030', 'Cass Cashier');
    const manager = await addStaff(core, adminToken, 'manager', '40404040', 'Meg Manager');
    const reception = await addStaff(core, adminToken, 'reception', '50505050', 'Ray Reception');

    const wrongRole = await errorOf(
      core,
      'auth.checkApproval',
      { approval: { approverId: reception.id, pin: '50505050' }, action: 'discount' },
      cashier.token,
    );
    expect(wrongRole).toMatchObject({ code: 'APPROVAL_REQUIRED', fields: { 'approval.approverId': anyString() } });

    const wrongPin = await errorOf(
      core,
      'auth.checkApproval',
      { approval: { approverId: manager.id, pin: '11112222' }, action: 'discount' },
      cashier.token,
    );
    expect(wrongPin).toMatchObject({ code: 'WRONG_PIN', fields: { 'approval.pin': 'is wrong' }, params: { attemptsLeft: 4 } });
    expect(staffRow(core, manager.id).failed_attempts).toBe(1);
    expect(
      count(core, 'audit_log', "action = 'approval.wrongPin' AND entity_id = ? AND actor_id = ?", String(manager.id), cashier.id),
    ).toBe(1);

    const granted = await op(
      core,
      'auth.checkApproval',
      { approval: { approverId: manager.id, pin: '40404040' }, action: 'discount' },
      cashier.token,
    );
    expect(granted).toEqual({ approverId: manager.id, approverName: 'Meg Manager' });
    const row = core.db.prepare("SELECT actor_id, approver_id, entity_id FROM audit_log WHERE action = 'approval.granted'").get();
    expect(row).toEqual({ actor_id: cashier.id, approver_id: manager.id, entity_id: 'discount' });
    const listed = await op(core, 'audit.list', { action: 'approval.granted' }, adminToken);
    expect(listed.rows[0]).toMatchObject({ actorName: 'Cass Cashier', approverName: 'Meg Manager' });

    // Five wrong approval PINs lock the manager out of approving and of signing in.
    for (let i = 0; i < 4; i++)
      await errorOf(
        core,
        'auth.checkApproval',
        { approval: { approverId: manager.id, pin: '11112222' }, action: 'discount' },
        cashier.token,
      );
    expect(
      (
        await errorOf(
          core,
          'auth.checkApproval',
          { approval: { approverId: manager.id, pin: '11112222' }, action: 'discount' },
          cashier.token,
        )
      ).code,
    ).toBe('LOCKED');
    expect(
      (
        await errorOf(
          core,
          'auth.checkApproval',
          { approval: { approverId: manager.id, pin: '40404040' }, action: 'discount' },
          cashier.token,
        )
      ).code,
    ).toBe('LOCKED');
    expect((await errorOf(core, 'auth.signIn', { staffId: manager.id, pin: '40404040' })).code).toBe('LOCKED');
  });
});
