import type { JobEvent } from '../../../../shared/contract/job-events.ts';
import type { Role } from '../../../../shared/roles.ts';

/**
 * When a demo step happened: a shop-hours clock time so many days back (store time), minutes ago, or
 * today's clock time unless that is less than so many minutes ago (the demo loaded early in the day).
 */
export type DemoWhen = { daysAgo: number; at: string } | { minutesAgo: number } | { todayAt: string; atLeastMinutesAgo: number };

/** How a demo customer pays at the till. */
export type DemoTender = 'cash' | 'card' | 'wechat';

export interface DemoJob {
  /** The customer's main phone, which finds them and their one device. */
  phone: string;
  fault: [zh: string, en: string];
  line: [zh: string, en: string, priceMinor: number];
  deposit: number;
  /** How the customer paid the deposit at the till as the job was taken in (none agreed: null). */
  depositPaidBy: DemoTender | null;
  takenIn: DemoWhen;
  /** The moves after intake, in the order they happened, by role (a customer's answer is dated at its step). */
  moves: [DemoWhen, Role, JobEvent][];
}

const TECH = 'technician';
const ago = (daysAgo: number, at: string): DemoWhen => ({ daysAgo, at });
/** The customer's own yes on the phone, in the demo's language (who answered is free text the trail shows as written). */
const approved = (zh: boolean): JobEvent => ({
  type: 'recordAnswer',
  decision: 'approved',
  answeredBy: zh ? '客户本人' : 'The customer',
  channel: 'phone',
  answeredAt: '',
});

/** Start, repair, both QC checks and ready, at the given instants (a phone's repair: hours, not days). */
function repairedAndReady(
  start: DemoWhen,
  repair: DemoWhen,
  qc: DemoWhen,
  second: DemoWhen,
  ready: DemoWhen,
): [DemoWhen, Role, JobEvent][] {
  return [
    [start, TECH, { type: 'startDiagnosis' }],
    [repair, TECH, { type: 'startRepair' }],
    [qc, TECH, { type: 'submitForQc' }],
    [qc, TECH, { type: 'qcSelfCheck', passed: true, note: '' }],
    [second, 'manager', { type: 'qcSecondCheck', passed: true, note: '' }],
    [ready, TECH, { type: 'markReady' }],
  ];
}

/**
 * The demo's jobs over the last three weeks: two collected long ago, two ready and not collected (one for
 * nine days, one for two), one awaiting the customer's answer since yesterday, one in repair, one taken in
 * minutes ago. A phone's repair takes a couple of hours to a day; waiting for the customer and for a
 * part makes it days. Their intake-to-ready times are what the promise suggestion learns from.
 */
export function demoJobs(zh: boolean): DemoJob[] {
  const phone = (cn: string, us: string) => (zh ? cn : us);
  return [
    {
      phone: phone('13800138000', '+14155550101'),
      fault: ['电池不耐用，半天就没电', 'Battery dies by midday'],
      line: ['更换电池', 'Battery replacement', 19_900],
      deposit: 0,
      depositPaidBy: null,
      takenIn: ago(20, '10:15'),
      moves: [
        ...repairedAndReady(ago(20, '11:00'), ago(20, '14:00'), ago(19, '10:30'), ago(19, '11:00'), ago(19, '11:30')),
        [ago(18, '17:00'), 'manager', { type: 'markPaid' }],
        [ago(18, '17:05'), 'reception', { type: 'deliver' }],
      ],
    },
    {
      phone: phone('15900005678', '+14155550105'),
      fault: ['要按住充电线才能充电', 'Charges only while the cable is held'],
      line: ['充电口清理', 'Charging port cleaning', 3_000],
      deposit: 0,
      depositPaidBy: null,
      takenIn: ago(14, '15:20'),
      moves: [
        ...repairedAndReady(ago(14, '15:40'), ago(14, '16:00'), ago(14, '17:10'), ago(14, '17:30'), ago(14, '17:40')),
        [ago(13, '10:00'), 'manager', { type: 'markPaid' }],
        [ago(13, '10:05'), 'reception', { type: 'deliver' }],
      ],
    },
    {
      phone: phone('13688889999', '+14155550106'),
      fault: ['后摄像头对不上焦', 'Rear camera does not focus'],
      line: ['更换后摄像头', 'Rear camera module', 36_000],
      deposit: 10_000,
      depositPaidBy: 'wechat',
      takenIn: ago(12, '11:00'),
      moves: [
        [ago(12, '14:00'), TECH, { type: 'startDiagnosis' }],
        [
          ago(12, '16:00'),
          TECH,
          {
            type: 'findWork',
            lines: [{ kind: 'labour', description: zh ? '拆装工时' : 'Labour', quantity: 1, unitPriceMinor: 6_000 }],
            note: '',
          },
        ],
        [ago(11, '10:20'), 'reception', approved(zh)],
        [ago(11, '11:00'), TECH, { type: 'startRepair' }],
        [ago(11, '11:30'), TECH, { type: 'waitForParts', note: zh ? '摄像头模组已订货' : 'Camera module ordered' }],
        [ago(10, '15:00'), TECH, { type: 'partsArrived' }],
        [ago(10, '17:00'), TECH, { type: 'submitForQc' }],
        [ago(10, '17:10'), TECH, { type: 'qcSelfCheck', passed: true, note: '' }],
        [ago(9, '09:30'), 'manager', { type: 'qcSecondCheck', passed: true, note: '' }],
        [ago(9, '09:45'), TECH, { type: 'markReady' }],
      ],
    },
    {
      phone: phone('13800138000', '+14155550101'),
      fault: ['屏幕闪烁，亮度自己变暗', 'Screen flickers and dims by itself'],
      line: ['更换屏幕总成', 'Screen assembly', 89_900],
      deposit: 20_000,
      depositPaidBy: 'card',
      takenIn: ago(3, '10:30'),
      moves: repairedAndReady(ago(3, '11:15'), ago(3, '14:00'), ago(2, '10:00'), ago(2, '10:40'), ago(2, '11:00')),
    },
    {
      phone: phone('15900005678', '+14155550105'),
      fault: ['听筒没有声音', 'No sound from the earpiece'],
      line: ['更换听筒', 'Earpiece replacement', 9_000],
      deposit: 9_000,
      depositPaidBy: 'cash',
      takenIn: ago(1, '10:00'),
      moves: [
        [ago(1, '11:00'), TECH, { type: 'startDiagnosis' }],
        [ago(1, '15:30'), TECH, { type: 'startRepair' }],
      ],
    },
    {
      phone: phone('18611112222', '+14155550104'),
      fault: ['充电很慢，要插好几次才能充', 'Charges slowly; has to be plugged in several times'],
      line: ['检测费', 'Diagnosis fee', 5_000],
      deposit: 0,
      depositPaidBy: null,
      takenIn: ago(1, '16:40'),
      moves: [
        [ago(1, '17:30'), TECH, { type: 'startDiagnosis' }],
        [
          ago(1, '18:10'),
          TECH,
          {
            type: 'findWork',
            lines: [{ kind: 'part', description: zh ? '尾插排线' : 'Charging port flex', quantity: 1, unitPriceMinor: 12_000 }],
            note: '',
          },
        ],
      ],
    },
    {
      phone: phone('13700001234', '+14155550103'),
      fault: ['屏幕摔碎，触摸有时失灵', 'Screen cracked after a drop; touch sometimes fails'],
      line: ['更换屏幕总成', 'Screen assembly', 128_000],
      deposit: 20_000,
      depositPaidBy: 'wechat',
      takenIn: { minutesAgo: 25 },
      moves: [],
    },
  ];
}
