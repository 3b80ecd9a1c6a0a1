import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OP_NAMES } from '../../shared/contract/index.ts';
import { resources } from '../../shared/i18n/index.ts';
import { makeCore, op, removeTempDirs, tryOp, type TestCore } from '../support/core.ts';
import { buildSampleWorld, SAMPLES } from '../support/samples.ts';

/**
 * The audit screen's change view names fields in words, not keys: every key the services write at
 * the top of an audit row's before and after has a label in both languages. The keys are collected
 * from a real store's audit log after every sample write (and the demo store, which writes the rest).
 */

const cores: TestCore[] = [];
let keys: Set<string>;

function fieldKeys(t: TestCore): string[] {
  const rows = t.core.db.prepare('SELECT before_json, after_json FROM audit_log').all() as {
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.flatMap((r) =>
    [r.before_json, r.after_json].flatMap((json) => {
      const value = json ? (JSON.parse(json) as unknown) : null;
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    }),
  );
}

beforeAll(async () => {
  const shared = makeCore();
  cores.push(shared);
  const w = await buildSampleWorld(shared.core);
  // Sign-out and a restore last or not at all: they end the session or swap the store.
  for (const name of OP_NAMES.filter((n) => n !== 'auth.signOut' && n !== 'backup.restore' && n !== 'setup.loadDemo')) {
    const sample = SAMPLES[name];
    if (sample) await tryOp(shared.core, name, sample(w), w.adminToken);
  }
  const demo = makeCore();
  cores.push(demo);
  const { staff } = await op(demo.core, 'setup.loadDemo', { locale: 'en' });
  const demoKeys = fieldKeys(demo);
  // Then the demo is wiped for a real shop: the fresh store's one row says what went.
  const admin = staff.find((s) => s.role === 'admin')!;
  const { token } = await op(demo.core, 'auth.signIn', { staffId: admin.id, pin: admin.pin });
  await op(demo.core, 'setup.startRealShop', { confirm: 'Demo Phone Repair' }, token);
  keys = new Set([...fieldKeys(shared), ...demoKeys, ...fieldKeys(demo)]);
}, 120_000);

afterAll(() => {
  for (const t of cores) t.core.close();
  removeTempDirs();
});

describe('audit field labels', () => {
  it('collects a real set of keys from the audit log', () => {
    for (const key of ['lockoutMinutes', 'name', 'phones', 'printerId', 'startsAt', 'wipedDemo', 'auditRows']) expect(keys).toContain(key);
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`labels every key an audit row carries in ${locale}`, () => {
      const labels: Record<string, string> = resources[locale].auditFields;
      const missing = [...keys].filter((k) => typeof labels[k] !== 'string' || labels[k] === '').sort();
      expect(missing, `no ${locale} label for these audit fields`).toEqual([]);
    });
  }
});
