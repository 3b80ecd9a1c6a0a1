import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, removeTempDirs } from '../support/core.ts';
import { api, startTestStation, type TestStation } from '../support/http.ts';
import { buildSampleWorld, type SampleWorld } from '../support/samples.ts';
import { stringMatching } from '../support/matchers.ts';

let s: TestStation;
let w: SampleWorld;
beforeAll(async () => {
  s = await startTestStation();
  w = await buildSampleWorld(s.core);
});
afterAll(async () => {
  await s.close();
  removeTempDirs();
});

describe('a full database', () => {
  it('answers STORE_FULL, rolls the whole write back and keeps serving reads', async () => {
    const { core } = s;
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);

    // Audited writes until the file has no room left; each stays whole or is refused whole.
    let refused: { status: number; body: unknown; name: string } | null = null;
    for (let i = 0; i < 2000 && !refused; i++) {
      const name = `Filler ${String(i).padStart(4, '0')} ${'x'.repeat(24)}`;
      const staffBefore = count(core, 'staff');
      const auditBefore = count(core, 'audit_log');
      const res = await api(s.url, 'store.settings.update', { lockoutMinutes: 1 + (i % 60) }, w.adminToken);
      const res2 = res.status === 200 ? await api(s.url, 'staff.update', { id: w.receptionId, name }, w.adminToken) : res;
      if (res2.status !== 200) {
        refused = { status: res2.status, body: res2.body, name };
        // Nothing of the refused call remains: no renamed staff row, no audit row for it.
        expect(count(core, 'staff')).toBe(staffBefore);
        expect(count(core, 'staff', 'name = ?', name)).toBe(0);
        const auditAfter = count(core, 'audit_log');
        expect(auditAfter - auditBefore).toBe(res.status === 200 ? 1 : 0);
      } else {
        expect(count(core, 'staff', 'name = ?', name)).toBe(1);
      }
    }
    expect(refused, 'the store never filled up').not.toBeNull();
    expect(refused!.status).toBe(507);
    expect(refused!.body).toMatchObject({ error: { code: 'STORE_FULL', message: stringMatching(/full.*nothing was saved/i) } });
    expect(core.db.inTransaction).toBe(false);

    // Reads still work, over HTTP and in the file.
    const list = await api(s.url, 'staff.list', {}, w.adminToken);
    expect(list.status).toBe(200);
    expect((await api(s.url, 'audit.list', { limit: 5 }, w.adminToken)).status).toBe(200);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Once there is room again, the same write goes through.
    core.db.pragma('max_page_count = 1073741823');
    const retry = await api(s.url, 'staff.update', { id: w.receptionId, name: refused!.name }, w.adminToken);
    expect(retry.status).toBe(200);
    expect(count(core, 'staff', 'name = ?', refused!.name)).toBe(1);
  });
});
