import { describe, expect, it } from 'vitest';
import { startupRefusal } from '../../electron/core/startup.ts';
import { StoreLockedError } from '../../electron/core/store/lock.ts';
import { NewerStoreError } from '../../electron/core/store/migrate.ts';
import { stringMatching } from '../support/matchers.ts';

describe('the start-up refusal', () => {
  it('says why in English', () => {
    expect(startupRefusal(new NewerStoreError(9, 7), 'en', '/data')).toEqual({
      title: 'Frontdesk cannot start',
      message: stringMatching(/^This data was written by a newer version of Frontdesk \(schema 9; this version knows up to 7\)/),
    });
    expect(startupRefusal(new StoreLockedError('/data', 4321), 'en', '/data').message).toBe(
      'Another Frontdesk (process 4321) is already using the data in /data. Close it first.',
    );
    expect(startupRefusal(new Error('disk I/O error'), 'en', '/data').message).toBe(
      'The data in /data could not be opened: disk I/O error',
    );
  });

  it('and in Chinese', () => {
    expect(startupRefusal(new NewerStoreError(9, 7), 'zh-CN', '/data')).toEqual({
      title: 'Frontdesk 无法启动',
      message: '这些数据由更新版本的 Frontdesk 写入（结构版本 9；本版本最高支持 7）。请安装新版本后再打开；数据未作任何改动。',
    });
    expect(startupRefusal(new StoreLockedError('D:\\店里', 4321), 'zh-CN', 'D:\\店里').message).toBe(
      '另一个 Frontdesk（进程 4321）正在使用 D:\\店里 中的数据。请先关闭它。',
    );
    expect(startupRefusal('odd', 'zh-CN', '/data').message).toBe('无法打开 /data 中的数据：odd');
  });
});
