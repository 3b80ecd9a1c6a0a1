import { afterAll, describe, expect, it } from 'vitest';
import { checkMoneyChain } from '../../electron/core/lifecycle.ts';
import type { Core } from '../../electron/core/core.ts';
import { op, tryOp } from '../support/core.ts';
import { cashierStore } from '../support/cashier.ts';
import { dayOfTrade, tamper } from '../support/cashier-tamper.ts';
import { closeJobsStores } from '../support/jobs-store.ts';

/**
 * The money chain's checks: one runs as the console starts, and a manager runs one from Settings. A
 * broken chain warns everyone signed in (a cashier too) until an admin acknowledges it with a note;
 * the same break found again does not warn again, a new one does. Checks are written once and kept.
 */

afterAll(closeJobsStores);

/** The start-up check, as the station and the app run it, awaited through the event it announces. */
async function startupCheck(core: Core): Promise<void> {
  const announced = new Promise<void>((resolve) => {
    const stop = core.events.subscribe((e) => {
      if (e.type === 'invalidate' && e.prefixes.includes('cashier.integrity.')) {
        stop();
        resolve();
      }
    });
  });
  checkMoneyChain(core, 'cli');
  await announced;
}

const auditActions = (core: Core) =>
  (core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'cashier.integrity.%' ORDER BY id").all() as { action: string }[]).map(
    (r) => r.action,
  );

describe('the money chain checks', () => {
  it('a whole chain: the start-up check is recorded, nobody is warned, and a manager checks again from Settings', async () => {
    const s = await cashierStore();
    await dayOfTrade(s);
    await startupCheck(s.core);
    const status = await op(s.core, 'cashier.integrity.status', {}, s.cashier.token);
    expect(status.warning).toBeNull();
    expect(status.latest).toMatchObject({ trigger: 'startup', ok: true, checked: 7, byName: null, problem: null, acknowledged: null });
    // A whole start-up check is its own row, not an audit row; a check from Settings is audited.
    expect(auditActions(s.core)).toEqual([]);

    const manual = await op(s.core, 'cashier.integrity.check', {}, s.manager.token);
    expect(manual).toMatchObject({ trigger: 'manual', ok: true, checked: 7, grandTotalMinor: 26_700 });
    expect(manual.byName).toBeTruthy();
    expect(auditActions(s.core)).toEqual(['cashier.integrity.check']);
    expect(await tryOp(s.core, 'cashier.integrity.check', {}, s.cashier.token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Nothing broken: nothing to acknowledge.
    expect(await tryOp(s.core, 'cashier.integrity.acknowledge', { checkId: manual.id, note: 'fine' }, s.admin.token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { checkId: 'found the chain whole' } },
    });
  });

  it('a payment edited in the file warns everyone until an admin acknowledges it; the same break does not warn again, a new one does', async () => {
    const s = await cashierStore();
    const { wechat } = await dayOfTrade(s);
    const core = tamper(s, 'UPDATE payments SET amount_minor = 100, applied_minor = 100, tendered_minor = 100 WHERE id = ?', wechat.id);
    await startupCheck(core);

    const seen = await op(core, 'cashier.integrity.status', {}, s.cashier.token);
    expect(seen.warning).toMatchObject({
      trigger: 'startup',
      ok: false,
      checked: 5,
      problem: { seq: 6, how: 'amount', amountMinor: 100, writtenMinor: 8_900, record: { kind: 'payment', id: wechat.id } },
      acknowledged: null,
    });
    expect(auditActions(core)).toEqual(['cashier.integrity.check']);
    const checkId = seen.warning!.id;

    // Only an admin acknowledges, and only with a note.
    for (const token of [s.cashier.token, s.manager.token])
      expect(await tryOp(core, 'cashier.integrity.acknowledge', { checkId, note: 'seen' }, token)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    expect(await tryOp(core, 'cashier.integrity.acknowledge', { checkId, note: '   ' }, s.admin.token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { note: 'must say what was found or done' } },
    });
    expect((await op(core, 'cashier.integrity.status', {}, s.cashier.token)).warning?.id).toBe(checkId);

    const acknowledged = await op(
      core,
      'cashier.integrity.acknowledge',
      { checkId, note: 'the owner edited it by mistake; restored' },
      s.admin.token,
    );
    expect(acknowledged.acknowledged).toMatchObject({ note: 'the owner edited it by mistake; restored' });
    expect(acknowledged.acknowledged!.byName).toBeTruthy();
    expect((await op(core, 'cashier.integrity.status', {}, s.cashier.token)).warning).toBeNull();
    expect(await tryOp(core, 'cashier.integrity.acknowledge', { checkId, note: 'again' }, s.admin.token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { checkId: 'is already acknowledged' } },
    });
    expect(auditActions(core)).toEqual(['cashier.integrity.check', 'cashier.integrity.acknowledge']);

    // The next start finds the same first broken link: recorded, no warning.
    await startupCheck(core);
    const again = await op(core, 'cashier.integrity.status', {}, s.cashier.token);
    expect(again.latest).toMatchObject({ ok: false, acknowledged: null });
    expect(again.latest!.id).toBeGreaterThan(checkId);
    expect(again.warning).toBeNull();
    expect(again.known).toMatchObject({ note: 'the owner edited it by mistake; restored' });

    // An earlier record deleted: a new first broken link, and the warning is back.
    s.core = core;
    const deleted = tamper(s, "DELETE FROM drawer_movements WHERE kind = 'float'");
    await startupCheck(deleted);
    const back = await op(deleted, 'cashier.integrity.status', {}, s.cashier.token);
    expect(back.warning).toMatchObject({ ok: false, checked: 0, problem: { seq: 1, how: 'gap', other: null } });
    deleted.close();
  });

  it('the store keeps every check as it was found: a finding is never changed, an acknowledgement is added once, nothing is deleted', async () => {
    const s = await cashierStore();
    await startupCheck(s.core);
    const { latest } = await op(s.core, 'cashier.integrity.status', {}, s.admin.token);
    const db = s.core.db;
    expect(() => db.prepare('UPDATE chain_checks SET ok = 0, problem = ? WHERE id = ?').run('{}', latest!.id)).toThrow(/written once/);
    expect(() => db.prepare('DELETE FROM chain_checks WHERE id = ?').run(latest!.id)).toThrow(/kept/);
    expect(() =>
      db
        .prepare("UPDATE chain_checks SET acknowledged_by = 1, acknowledged_at = 'x', acknowledged_note = 'n' WHERE id = ?")
        .run(latest!.id),
    ).toThrow(/CHECK constraint/);
  });
});
