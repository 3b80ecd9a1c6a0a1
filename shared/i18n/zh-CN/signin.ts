import type { signin as en } from '../en/signin.ts';

export const signin: typeof en = {
  title: '现在谁在前台？',
  subtitle: '选择您的名字，然后输入 PIN 码。',
  locked: '已锁定',
  lockedUntil: '锁定至 {{time}}',
  pinFor: '{{name}} 的 PIN 码',
  pinDots: '已输入 {{count}} 位（最多 8 位）',
  signIn: '登录',
  back: '选择其他人',
  deleteDigit: '删除最后一位',
  clear: '清除',
  keyboardHint: '也可以用键盘输入数字：回车登录，退格删除，Esc 返回。',
  demoTitle: '演示门店 PIN 码',
  demoText: '管理员 1111 · 经理 2222 · 前台 3333 · 收银 4444 · 技师 5555',
  noStaff: '没有可登录的在职员工。',
  welcome: '欢迎，{{name}}。',
  lockedSince: '前台已锁定，请登录后继续。',
};
