import { afterEach, expect, it } from 'vitest';
import { ADMIN_PIN, PROFILE, makeCore, op, removeTempDirs } from '../support/core.ts';

afterEach(removeTempDirs);

it.each(['en', 'zh-CN'] as const)('a %s store speaks its own language on the display until an admin chooses otherwise', async (locale) => {
  const { core } = makeCore();
  try {
    const { adminId } = await op(core, 'setup.initialize', {
      profile: { ...PROFILE, locale },
      admin: { name: 'Ada Admin', pin: ADMIN_PIN },
    });
    const { token } = await op(core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN });
    expect((await op(core, 'store.settings.get', {}, token)).voiceLanguages).toBe(locale);
    await op(core, 'store.settings.update', { voiceLanguages: 'both' }, token);
    expect((await op(core, 'store.settings.get', {}, token)).voiceLanguages).toBe('both');
  } finally {
    core.close();
  }
});
