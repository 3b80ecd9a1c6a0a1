import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { issueTicketTx } from '../../electron/core/services/queue/issue.ts';
import { addStaff, makeCore, ManualClock, op, removeTempDirs, setUpStore } from '../support/core.ts';
import { ROOT } from '../support/station-process.ts';

/**
 * Two counters calling at the same instant never get the same ticket: two OS processes, each with its
 * own connection to the same SQLite file, call "next" as fast as they can until 1,000 tickets are
 * gone. Every ticket must be called exactly once.
 */

afterAll(removeTempDirs);

const TICKETS = 1_000;

interface CallerResult {
  ids: number[];
  started: number;
  finished: number;
  busy: number;
}

function runCaller(args: string[]): Promise<CallerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/integration/queue-caller.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`caller exited with ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) as string) as CallerResult);
    });
  });
}

describe('two counters calling concurrently', () => {
  it(`share ${TICKETS} tickets between two processes without ever calling one twice`, async () => {
    // Real time, so the callers' business day (read from the system clock) is the tickets' day.
    const { core, dataDir } = makeCore({ clock: new ManualClock(Date.now()) });
    const { adminToken, adminId } = await setUpStore(core);
    const services = await Promise.all(
      (['A', 'B'] as const).map((prefix, i) =>
        op(
          core,
          'queue.services.save',
          { prefix, nameZh: `业务${prefix}`, nameEn: `Service ${prefix}`, typicalMinutes: 5, position: i },
          adminToken,
        ),
      ),
    );
    const serviceIds = services.map((s) => s.id);
    const one = await op(core, 'queue.counters.save', { nameZh: '1号窗口', nameEn: 'Counter 1', kind: 'window', serviceIds }, adminToken);
    const two = await op(core, 'queue.counters.save', { nameZh: '2号窗口', nameEn: 'Counter 2', kind: 'window', serviceIds }, adminToken);
    const clerk = await addStaff(core, adminToken, 'reception', '3333');
    await op(core, 'queue.counters.open', { counterId: one.id }, adminToken);
    await op(core, 'queue.counters.open', { counterId: two.id }, clerk.token);
    const ctx = { core, actor: { id: adminId, name: 'Ada Admin', role: 'admin' as const }, origin: 'test' };
    const issued = core.db
      .transaction(() =>
        Array.from(
          { length: TICKETS },
          (_, i) =>
            issueTicketTx(ctx, {
              serviceId: serviceIds[i % 2] as number,
              customerId: null,
              assetId: null,
              priority: i % 7 === 0,
              confirmBusy: true,
              source: 'walkin',
              window: null,
            }).ticket.id,
        ),
      )
      .immediate();
    core.close();

    const dbFile = path.join(dataDir, 'frontdesk.sqlite');
    const barrier = fs.mkdtempSync(path.join(dataDir, 'barrier-'));
    const [a, b] = await Promise.all([
      runCaller([dbFile, String(one.id), String(adminId), barrier, '2']),
      runCaller([dbFile, String(two.id), String(clerk.id), barrier, '2']),
    ]);

    // Both really ran at the same time, and both got a share.
    expect(Math.max(a.started, b.started)).toBeLessThan(Math.min(a.finished, b.finished));
    expect(a.ids.length).toBeGreaterThan(50);
    expect(b.ids.length).toBeGreaterThan(50);
    // Every ticket called exactly once.
    const all = [...a.ids, ...b.ids];
    expect(all).toHaveLength(TICKETS);
    expect(new Set(all).size).toBe(TICKETS);
    expect([...all].sort((x, y) => x - y)).toEqual([...issued].sort((x, y) => x - y));

    const { core: check } = makeCore({ dataDir, clock: new ManualClock(Date.now()) });
    try {
      const calls = check.db
        .prepare("SELECT ticket_id, count(*) AS n FROM ticket_events WHERE action = 'call' GROUP BY ticket_id HAVING n <> 1")
        .all();
      expect(calls).toEqual([]);
      expect(check.db.prepare("SELECT count(*) AS n FROM ticket_events WHERE action = 'call'").get()).toEqual({ n: TICKETS });
      const statuses = check.db.prepare('SELECT status, count(*) AS n FROM tickets GROUP BY status ORDER BY status').all();
      // Each counter still holds its last ticket; every other was finished by the next call.
      expect(statuses).toEqual([
        { status: 'called', n: 2 },
        { status: 'done', n: TICKETS - 2 },
      ]);
      // Each counter's calls are in call order: priority first, then first come first served.
      for (const ids of [a.ids, b.ids]) {
        const rows = ids.map((id) => check.db.prepare('SELECT priority FROM tickets WHERE id = ?').get(id) as { priority: number });
        const firstPlain = rows.findIndex((r) => r.priority === 0);
        expect(rows.slice(firstPlain).every((r) => r.priority === 0)).toBe(true);
      }
    } finally {
      check.close();
    }
  }, 180_000);
});
