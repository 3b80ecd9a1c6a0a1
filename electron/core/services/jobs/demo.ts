import type { JobEvent } from '../../../../shared/contract/job-events.ts';
import { intakeInput } from '../../../../shared/contract/jobs.ts';
import type { Role } from '../../../../shared/roles.ts';
import type { CallContext } from '../../context.ts';
import { demoSignature } from './demo-signature.ts';
import { intakeJob } from './intake.ts';
import { moveJob } from './move.ts';
import { getJobsSettings } from './settings.ts';

interface DemoJob {
  /** The customer's main phone, which finds them and their one device. */
  phone: string;
  fault: [zh: string, en: string];
  line: [zh: string, en: string, priceMinor: number];
  deposit: number;
  /** The moves after intake, by role. */
  moves: [Role, JobEvent][];
}

const TECH = 'technician';
const approve = (at: string): JobEvent => ({
  type: 'recordAnswer',
  decision: 'approved',
  answeredBy: 'customer',
  channel: 'phone',
  answeredAt: at,
});
const qc: [Role, JobEvent][] = [
  [TECH, { type: 'submitForQc' }],
  [TECH, { type: 'qcSelfCheck', passed: true, note: '' }],
  ['manager', { type: 'qcSecondCheck', passed: true, note: '' }],
];
const started: [Role, JobEvent][] = [
  [TECH, { type: 'startDiagnosis' }],
  [TECH, { type: 'startRepair' }],
];

/** Jobs in several statuses, one per demo customer with a device; the first is delivered, so the board shows open ones. */
function demoJobs(zh: boolean, now: string): DemoJob[] {
  const phone = (cn: string, us: string) => (zh ? cn : us);
  return [
    {
      phone: phone('13800138000', '+14155550101'),
      fault: ['电池不耐用，半天就没电', 'Battery dies by midday'],
      line: ['更换电池', 'Battery replacement', 19_900],
      deposit: 0,
      moves: [...started, ...qc, [TECH, { type: 'markReady' }], ['manager', { type: 'markPaid' }], ['reception', { type: 'deliver' }]],
    },
    {
      phone: phone('13700001234', '+14155550103'),
      fault: ['屏幕摔碎，触摸有时失灵', 'Screen cracked after a drop; touch sometimes fails'],
      line: ['更换屏幕总成', 'Screen assembly', 128_000],
      deposit: 20_000,
      moves: [],
    },
    {
      phone: phone('18611112222', '+14155550104'),
      fault: ['充电很慢，要插好几次才能充', 'Charges slowly; has to be plugged in several times'],
      line: ['检测费', 'Diagnosis fee', 5_000],
      deposit: 0,
      moves: [
        [TECH, { type: 'startDiagnosis' }],
        [
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
      phone: phone('15900005678', '+14155550105'),
      fault: ['听筒没有声音', 'No sound from the earpiece'],
      line: ['更换听筒', 'Earpiece replacement', 9_000],
      deposit: 9_000,
      moves: [...started],
    },
    {
      phone: phone('13688889999', '+14155550106'),
      fault: ['后摄像头对不上焦', 'Rear camera does not focus'],
      line: ['更换后摄像头', 'Rear camera module', 36_000],
      deposit: 10_000,
      moves: [
        [TECH, { type: 'startDiagnosis' }],
        [
          TECH,
          {
            type: 'findWork',
            lines: [{ kind: 'labour', description: zh ? '拆装工时' : 'Labour', quantity: 1, unitPriceMinor: 6_000 }],
            note: '',
          },
        ],
        ['reception', approve(now)],
        [TECH, { type: 'startRepair' }],
        ...qc,
        [TECH, { type: 'markReady' }],
      ],
    },
  ];
}

/**
 * The demo shop's jobs, taken in and moved through the jobs service (numbers, trails, audit rows, a drawn
 * signature) inside the caller's setup transaction, each step by a demo member of staff of the right role.
 */
export function seedDemoJobs(ctx: CallContext, zh: boolean): void {
  const { db } = ctx.core;
  const staff = db.prepare('SELECT id, name, role FROM staff WHERE active = 1 ORDER BY id').all() as {
    id: number;
    name: string;
    role: Role;
  }[];
  const as = (role: Role): CallContext => {
    const member = staff.find((s) => s.role === role);
    return member ? { ...ctx, actor: member } : ctx;
  };
  const conditionKeys = getJobsSettings(db).conditionChecklist.filter((i) => (i.appliesTo as string[]).includes('device'));
  demoJobs(zh, ctx.core.nowIso()).forEach((j, i) => {
    const owner = db
      .prepare(
        'SELECT p.customer_id, a.id AS asset_id FROM customer_phones p JOIN assets a ON a.customer_id = p.customer_id WHERE p.phone = ?',
      )
      .get(j.phone) as { customer_id: number; asset_id: number } | undefined;
    if (!owner) return;
    const job = intakeJob(
      as('reception'),
      intakeInput.parse({
        customerId: owner.customer_id,
        assetId: owner.asset_id,
        source: { kind: 'customer' },
        fault: zh ? j.fault[0] : j.fault[1],
        accessories: i % 2 === 0 ? ['case'] : [],
        condition: Object.fromEntries(conditionKeys.map((c) => [c.key, { state: c.key === 'scratches' ? 'damaged' : 'ok', note: '' }])),
        lines: [{ kind: 'part', description: zh ? j.line[0] : j.line[1], quantity: 1, unitPriceMinor: j.line[2] }],
        depositMinor: j.deposit,
        warranty: { category: 'phone', part: 'handset' },
        signature: demoSignature(i),
      }),
    );
    for (const [role, event] of j.moves) moveJob(as(role), job.id, event);
  });
}
