import type { startup as en } from '../en/startup.ts';

export const startup: typeof en = {
  title: 'Frontdesk 无法启动',
  newerStore:
    '这些数据由更新版本的 Frontdesk 写入（结构版本 {{found}}；本版本最高支持 {{supported}}）。请安装新版本后再打开；数据未作任何改动。',
  locked: '另一个 Frontdesk（进程 {{pid}}）正在使用 {{dataDir}} 中的数据。请先关闭它。',
  other: '无法打开 {{dataDir}} 中的数据：{{message}}',
};
