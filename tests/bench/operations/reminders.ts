import { call, dispatch } from '../../../electron/core/dispatch.ts';
import type { Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';

const PENDING = 10_000;

/** Issue 13 (reminders): what the consoles ask whenever the alarm rings. */
export const reminders: Measurement[] = [
  {
    name: 'reminders.due',
    what: `reminders.due through dispatch as a receptionist among ${PENDING.toLocaleString('en')} pending reminders (written by generated SQL before timing: spread over the next 30 days, 20 of them already due, and 5 escalated): the due ones and the escalated ones with their customer, job and owner names.`,
    floor: 'floor.lookup',
    cost: 'read',
    target: { kind: 'p95_ms', max: 5 },
    async prepare(ctx) {
      const who = staffFor(ctx, ['reception', 'manager', 'admin']);
      const now = Date.now();
      ctx.core.db.exec(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${PENDING})
        INSERT INTO reminders (kind, customer_id, room, due_at, next_at, status, attempts, owner_id, created_at, created_by)
        SELECT CASE i % 3 WHEN 0 THEN 'callback' WHEN 1 THEN 'wakeUp' ELSE 'followUp' END,
               CASE WHEN i % 3 = 1 THEN NULL ELSE 1 + i % ${Math.max(1, ctx.seeded.maxCustomerId)} END,
               CASE WHEN i % 3 = 1 THEN printf('%d', 100 + i % 400) ELSE '' END,
               t, t, CASE WHEN i <= 5 THEN 'escalated' ELSE 'pending' END, CASE WHEN i <= 5 THEN 3 ELSE 0 END, ${who.id},
               t, ${who.id}
          FROM (SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ', (${now} + (i - 25) * ${Math.floor((30 * 86_400_000) / PENDING)}) / 1000.0, 'unixepoch') AS t FROM n);
      `);
      const { token } = await call(ctx.core, 'auth.signIn', { staffId: who.id, pin: who.pin }, { origin: 'bench' });
      return async () => {
        const result = await dispatch(ctx.core, 'reminders.due', {}, { token, origin: 'bench' });
        if (!result.ok) throw new Error(`reminders.due failed: ${result.error.code} ${result.error.message}`);
      };
    },
  },
];
