import type { nav as en } from '../en/nav.ts';

export const nav: typeof en = {
  screens: '功能',
  reception: '接待',
  queue: '排队叫号',
  jobs: '工单',
  cashier: '收银',
  handover: '交接班',
  reports: '报表',
  settings: '设置',
  audit: '操作日志',
  customers: '顾客',
  appointments: '预约',
  search: '搜索与命令',
  shortcut: '快捷键：{{keys}}',
  notFound: '没有这个页面。',
  goHome: '回到接待',
};
