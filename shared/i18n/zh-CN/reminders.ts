import type { reminders as en } from '../en/reminders.ts';

/** 提醒：到时各台控制台都会弹出的提醒，以及设置提醒。 */
export const reminders: typeof en = {
  kinds: {
    callback: '回电',
    wakeUp: '叫醒服务',
    appointmentConfirm: '确认预约',
    readyNotCollected: '完工未取',
    followUp: '回访电话',
    custom: '提醒',
  },
  alert: {
    title: '到时提醒（{{count}}）',
    escalatedTitle: '已上报值班经理',
    due: '{{time}} 到时',
    overdue: '已于 {{time}} 到时，已逾期',
    attempts_one: '已 {{count}} 次无人应答',
    attempts_other: '已 {{count}} 次无人应答',
    takenBy: '{{name}} 正在处理',
    take: '我来处理',
    done: '已完成',
    noAnswer: '无人应答',
    room: '{{room}} 房间',
    job: '工单 {{number}}',
    doneToast: '已完成，提醒已关闭。',
    noAnswerToast: '无人应答：{{time}} 再次提醒。',
    escalatedToast: '再次无人应答：已通知值班经理。',
  },
  create: {
    button: '提醒我',
    title: '为 {{name}} 设置提醒',
    kind: '事项',
    dueAt: '时间',
    note: '备注',
    notePlaceholder: '例如：告知新屏幕报价',
    in1h: '一小时后',
    tomorrow: '明天 10:00',
    save: '设置提醒',
    saved: '已设置提醒：{{time}}。',
  },
};
