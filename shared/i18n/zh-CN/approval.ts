import type { approval as en } from '../en/approval.ts';

export const approval: typeof en = {
  title: '经理授权',
  intro: '由经理或管理员输入 PIN 码授权。授权人的姓名会与此操作一起记录。',
  approver: '授权人',
  approverPlaceholder: '选择经理或管理员',
  pin: '授权人 PIN 码',
  approve: '授权',
  noApprovers: '没有可以授权的在职经理或管理员。',
  lockedUntil: '锁定至 {{time}}',
};
