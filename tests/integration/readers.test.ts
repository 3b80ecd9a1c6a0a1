import { afterEach, describe, expect, it } from 'vitest';
import { contract, READER_OP_NAMES } from '../../shared/contract/index.ts';
import type { Core } from '../../electron/core/core.ts';
import { reads } from '../../electron/core/handlers/reads.ts';
import { addStaff, makeCore, op, removeTempDirs, setUpStore, tryOp } from '../support/core.ts';
import { setUpQueue } from '../support/queue.ts';

/** The heavy reads (`runsOn: 'reader'`) run in reader workers on read-only connections, off the core's thread. */

/** What makes the worker of tests/support/crashing-reader.ts exit mid-call. */
const CRASH_TEXT = 'crash the reader';

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  removeTempDirs();
});

async function world(options: Parameters<typeof makeCore>[0] = {}) {
  const t = makeCore(options);
  cores.push(t.core);
  const { adminToken, adminId } = await setUpStore(t.core);
  const queue = await setUpQueue(t.core, adminToken);
  return { ...t, ...queue, adminToken, adminId };
}

/** Writes `n` audit rows straight into the log, each with a few hundred bytes of JSON for a text filter to scan. */
function padAuditLog(core: Core, n: number): void {
  const insert = core.db.prepare(
    `INSERT INTO audit_log (at, actor_id, action, entity, entity_id, before_json, after_json, origin)
     VALUES (?, NULL, 'customer.update', 'customer', ?, ?, ?, 'test')`,
  );
  const before = JSON.stringify({ name: '张三', note: 'x'.repeat(200), phones: ['13800138000'] });
  const after = JSON.stringify({ name: '张三丰', note: 'y'.repeat(200), phones: ['13800138001'] });
  core.db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run('2025-01-01T00:00:00.000Z', String(i), before, after);
  })();
}

describe('heavy reads in reader workers', () => {
  it('are the contract operations marked runsOn reader, with a read for each', () => {
    expect([...READER_OP_NAMES].sort()).toEqual(['audit.list', 'cashier.verify', 'customers.history', 'print.jobs.list']);
    expect(Object.keys(reads).sort()).toEqual([...READER_OP_NAMES].sort());
    for (const name of READER_OP_NAMES) expect(contract[name].invalidates, name).toEqual([]);
  });

  it('give the same answers in the worker as on the core’s own connection', async () => {
    const w = await world();
    const customer = await op(w.core, 'customers.create', { name: '张三', phones: ['13800138000'] }, w.adminToken);
    for (let i = 0; i < 3; i++)
      await op(
        w.core,
        'queue.issue',
        { serviceId: w.services.A, customerId: customer.id, print: false, confirmDuplicate: true },
        w.adminToken,
      );
    padAuditLog(w.core, 50);
    const actor = { id: w.adminId, name: 'Ada Admin', role: 'admin' as const };
    const ctx = { actor, now: w.clock.now() };

    const audits = [{}, { limit: 7 }, { action: 'auth.' }, { text: '张三丰', limit: 20 }, { entity: 'customer', beforeId: 30 }];
    for (const q of audits) {
      const inWorker = await op(w.core, 'audit.list', q, w.adminToken);
      expect(inWorker, JSON.stringify(q)).toEqual(reads['audit.list'](w.core.db, contract['audit.list'].input.parse(q), ctx));
      expect(inWorker.rows.length).toBeGreaterThan(0);
    }
    const history = await op(w.core, 'customers.history', { id: customer.id, limit: 2 }, w.adminToken);
    expect(history.tickets).toMatchObject({ more: true });
    expect(history).toEqual(reads['customers.history'](w.core.db, { id: customer.id, limit: 2 }, ctx));
    const jobs = await op(w.core, 'print.jobs.list', { problems: true }, w.adminToken);
    expect(jobs).toEqual(reads['print.jobs.list'](w.core.db, { problems: true, limit: 50 }, ctx));
    // It really ran in a worker: one was started for it.
    expect(w.core.readers.workers).toBeGreaterThan(0);
  });

  it('see each write as soon as it is committed', async () => {
    const w = await world();
    await w.core.readers.start();
    const customer = await op(w.core, 'customers.create', { name: '李四', phones: ['13912345678'] }, w.adminToken);
    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.B, customerId: customer.id, print: false }, w.adminToken);
    const history = await op(w.core, 'customers.history', { id: customer.id }, w.adminToken);
    expect(history.tickets.entries.map((t) => t.id)).toEqual([issued.ticket.id]);
  });

  it('check the caller and the input on the core’s thread before any worker starts', async () => {
    const w = await world();
    const desk = await addStaff(w.core, w.adminToken, 'reception', '24682468');
    expect(await tryOp(w.core, 'audit.list', {}, desk.token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await tryOp(w.core, 'audit.list', {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const tooMany = await tryOp(w.core, 'audit.list', { limit: 501 }, w.adminToken);
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(tooMany.ok ? [] : Object.keys(tooMany.error.fields)).toEqual(['limit']);
    expect(await tryOp(w.core, 'customers.history', { id: 'x' }, desk.token)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(w.core.readers.workers).toBe(0);
    // An error the read throws comes back as the same AppError.
    expect(await tryOp(w.core, 'customers.history', { id: 999 }, desk.token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(w.core.readers.workers).toBe(1);
  });

  it('let a number be issued while a long read runs: the issue finishes first', async () => {
    const w = await world({ readers: 1 });
    padAuditLog(w.core, 200_000);
    await w.core.readers.start();
    const order: string[] = [];
    const startedAt = performance.now();
    // A text filter that matches nothing: the read scans every row's JSON.
    const slow = op(w.core, 'audit.list', { text: 'nobody wrote this' }, w.adminToken).then((page) => {
      order.push('read');
      return { page, ms: performance.now() - startedAt };
    });
    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.adminToken);
    order.push('issue');
    const issueMs = performance.now() - startedAt;
    const read = await slow;
    expect(issued.ticket.number).toBe('A001');
    expect(read.page.rows).toEqual([]);
    expect(order).toEqual(['issue', 'read']);
    expect(issueMs).toBeLessThan(read.ms);
  });

  it('a worker that dies fails only the call it was running, and the next call gets a fresh one', async () => {
    const w = await world({ readerEntry: new URL('../support/crashing-reader.ts', import.meta.url), readers: 1 });
    const customer = await op(w.core, 'customers.create', { name: '王五', phones: ['13700137000'] }, w.adminToken);
    await w.core.readers.start();
    const crash = tryOp(w.core, 'audit.list', { text: CRASH_TEXT }, w.adminToken);
    // Queued behind the crash on the same (only) worker.
    const after = tryOp(w.core, 'customers.history', { id: customer.id }, w.adminToken);
    const issued = await op(w.core, 'queue.issue', { serviceId: w.services.C, print: false }, w.adminToken);
    const crashed = await crash;
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(crashed.ok ? '' : crashed.error.message).toMatch(/reader worker stopped/);
    expect(await after).toMatchObject({ ok: true, value: { customerId: customer.id } });
    expect(issued.ticket.number).toBe('C001');
    expect((await op(w.core, 'audit.list', { action: 'auth.' }, w.adminToken)).rows.length).toBeGreaterThan(0);
    expect(w.core.readers.workers).toBe(1);
  });

  it('read the restored file after a restore, and stop with the core', async () => {
    const w = await world();
    const manager = await addStaff(w.core, w.adminToken, 'manager', '60606060');
    const kept = await op(w.core, 'customers.create', { name: '赵六', phones: ['13600136000'] }, w.adminToken);
    const backup = await op(w.core, 'backup.create', {}, w.adminToken);
    const later = await op(w.core, 'customers.create', { name: '钱七', phones: ['13500135000'] }, w.adminToken);
    expect(await tryOp(w.core, 'customers.history', { id: later.id }, w.adminToken)).toMatchObject({ ok: true });
    await op(w.core, 'backup.restore', { file: backup.file, approval: { approverId: manager.id, pin: '60606060' } }, w.adminToken);
    expect(await tryOp(w.core, 'customers.history', { id: later.id }, w.adminToken)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await tryOp(w.core, 'customers.history', { id: kept.id }, w.adminToken)).toMatchObject({ ok: true });
    const restoreRow = (await op(w.core, 'audit.list', { action: 'backup.restore' }, w.adminToken)).rows;
    expect(restoreRow).toHaveLength(1);

    const pending = w.core.readers.run('audit.list', contract['audit.list'].input.parse({}), { actor: null, now: 0 });
    w.core.close();
    cores.splice(cores.indexOf(w.core), 1);
    await expect(pending).rejects.toThrow(/store is closed/);
    await expect(w.core.readers.run('audit.list', {}, { actor: null, now: 0 })).rejects.toThrow(/store is closed/);
  });
});
