import { afterAll, describe, expect, it } from 'vitest';
import { makeCore, op, removeTempDirs, tryOp } from '../support/core.ts';

afterAll(() => removeTempDirs());

/**
 * The demo's PIN hashes are made in advance (services/demo.ts): every demo staff member signs in with
 * the PIN the ready dialog shows, and only with it, in both languages.
 */
describe('the demo staff', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`sign in with the PINs the demo shows (${locale})`, async () => {
      const { core } = makeCore();
      const { staff } = await op(core, 'setup.loadDemo', { locale });
      expect(staff.length).toBeGreaterThanOrEqual(5);
      for (const member of staff) {
        const session = await op(core, 'auth.signIn', { staffId: member.id, pin: member.pin });
        expect(session.staff.id).toBe(member.id);
        expect(await tryOp(core, 'auth.signIn', { staffId: member.id, pin: member.pin === '9999' ? '8888' : '9999' })).toMatchObject({
          ok: false,
          error: { code: 'WRONG_PIN' },
        });
      }
      core.close();
    });
});
