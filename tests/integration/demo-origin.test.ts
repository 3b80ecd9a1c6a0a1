import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { loadDemoIfEmpty } from '../../electron/core/lifecycle.ts';
import { makeCore, removeTempDirs } from '../support/core.ts';
import { api, startTestStation } from '../support/http.ts';

afterAll(() => removeTempDirs());

/** Every origin the store's records carry: the audit log's and the print jobs'. */
function origins(core: Core): string[] {
  return (
    core.db
      .prepare(
        "SELECT origin FROM audit_log UNION SELECT origin FROM print_jobs UNION SELECT issue_origin FROM tickets WHERE issue_origin <> ''",
      )
      .pluck()
      .all() as string[]
  ).sort();
}

describe('the demo shop records where it was loaded from', () => {
  it('over HTTP: every row, the demo customers and bookings included, says the caller’s address', async () => {
    const s = await startTestStation();
    try {
      const res = await api(s.url, 'setup.loadDemo', { locale: 'en' });
      expect(res.status).toBe(200);
      const recorded = origins(s.core);
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatch(/^http (::ffff:)?127\.0\.0\.1$/);
      // Customers, assets, services, counters and bookings all came from that one call.
      const actions = s.core.db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').pluck().all() as string[];
      expect(actions).toEqual(expect.arrayContaining(['asset.create', 'customer.create', 'queue.service.create', 'appointment.book']));
    } finally {
      await s.close();
    }
  });

  it('from the desktop app’s --demo start: every row says `app`, none `cli` or `demo`', async () => {
    const { core } = makeCore();
    expect(await loadDemoIfEmpty(core, 'zh-CN', 'app')).toBe(true);
    expect(origins(core)).toEqual(['app']);
    expect(await loadDemoIfEmpty(core, 'zh-CN', 'app')).toBe(false);
    core.close();
  });
});
