import type { roles as en } from '../en/roles.ts';

export const roles: typeof en = {
  reception: '前台接待',
  cashier: '收银员',
  technician: '技师',
  manager: '经理',
  admin: '管理员',
};
