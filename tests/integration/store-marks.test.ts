import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateWait } from '../../electron/core/services/queue/estimate.ts';
import { queueLayout } from '../../electron/core/services/queue/layout.ts';
import { addStaff, op, tryOp } from '../support/core.ts';
import { closeQueueStores, queueStore, type QueueStore } from '../support/queue.ts';

afterEach(closeQueueStores);

/** A second connection to the same store file, as another process would have. */
function otherConnection(w: QueueStore): Database.Database {
  const db = new Database(path.join(w.dataDir, 'frontdesk.sqlite'));
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Lets the turn of the event loop end, so marks read in it are read again. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('reads kept between calls (store/marks.ts)', () => {
  it('a session ended, or its staff member deactivated, is refused on the next call', async () => {
    const w = await queueStore();
    const front = await addStaff(w.core, w.token, 'reception', '24681357');
    expect((await tryOp(w.core, 'queue.overview', {}, front.token)).ok).toBe(true);
    await op(w.core, 'auth.signOut', {}, front.token);
    expect(await tryOp(w.core, 'queue.overview', {}, front.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const again = await op(w.core, 'auth.signIn', { staffId: front.id, pin: '24681357' });
    expect((await tryOp(w.core, 'queue.overview', {}, again.token)).ok).toBe(true);
    // Another connection (another process) deactivates them: its commit is seen at once.
    const other = otherConnection(w);
    other.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(front.id);
    other.close();
    await nextTurn();
    expect(await tryOp(w.core, 'queue.overview', {}, again.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('the layout follows writes on this connection, a rollback, and other connections', async () => {
    const w = await queueStore();
    const db = w.core.db;
    const nameOfA = () => queueLayout(db).services.get(w.services.A)?.name_en;
    expect(nameOfA()).toBe('Repair intake');

    // Read inside a transaction that renamed A, then rolled back: the rename must not stick...
    expect(() =>
      db
        .transaction(() => {
          db.prepare("UPDATE services SET name_en = 'Rolled back' WHERE id = ?").run(w.services.A);
          expect(nameOfA()).toBe('Rolled back');
          throw new Error('undo');
        })
        .immediate(),
    ).toThrow('undo');
    expect(nameOfA()).toBe('Repair intake');
    await nextTurn();
    expect(nameOfA()).toBe('Repair intake');
    // ...nor come back when a later committed write brings the marks to where they were.
    db.prepare("UPDATE services SET name_en = 'Repairs' WHERE id = ?").run(w.services.A);
    expect(nameOfA()).toBe('Repairs');

    const other = otherConnection(w);
    other.prepare("UPDATE services SET name_en = 'Repairs desk' WHERE id = ?").run(w.services.A);
    other.prepare('UPDATE counters SET open_staff_id = ? WHERE id = ?').run(w.adminId, w.counters.c1);
    other.close();
    await nextTurn();
    expect(nameOfA()).toBe('Repairs desk');
    expect(queueLayout(db).counters.get(w.counters.c1)?.open).toBe(true);
  });

  it("a finish written straight to the store moves the service's occupancy and so the estimate", async () => {
    const w = await queueStore();
    const db = w.core.db;
    for (let i = 0; i < 3; i++) await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    // Nobody has finished an A yet: 10 typical minutes a customer, over A's two counters.
    expect(estimateWait(w.core, w.services.A, 3)).toBe(15);
    const at = (minutesAgo: number) => new Date(w.clock.now() - minutesAgo * 60_000).toISOString();
    const insert = db.prepare(
      `INSERT INTO tickets (business_day, prefix, number, service_id, original_service_id, source, status, issued_at, queued_at, called_at, started_at, finished_at)
       VALUES ('2026-03-01', 'A', ?, ?, ?, 'walkin', 'done', ?, ?, ?, ?, ?)`,
    );
    for (let n = 1; n <= 5; n++) insert.run(n, w.services.A, w.services.A, at(60), at(60), at(22), at(21), at(20));
    await nextTurn();
    // Five samples of 2 minutes each (call to finish): fully trusted, 3 x 2 / 2 counters.
    expect(estimateWait(w.core, w.services.A, 3)).toBe(3);
  });
});
