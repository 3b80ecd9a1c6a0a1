import type { Locale } from '../../../shared/contract/fields.ts';
import type { CallContext } from '../context.ts';
import { seedDemoAppointments } from './appointments/index.ts';
import { seedDemoCustomers } from './customers/index.ts';
import { seedDemoJobs, type DemoTill } from './jobs/index.ts';
import { seedDemoQueue } from './queue/index.ts';
import { initializeStore, type NewStaff } from './setup.ts';

const STAFF: Record<Locale, NewStaff[]> = {
  'zh-CN': [
    { name: '王店长', role: 'admin', pin: '1111' },
    { name: '李经理', role: 'manager', pin: '2222' },
    { name: '张前台', role: 'reception', pin: '3333' },
    { name: '陈收银', role: 'cashier', pin: '4444' },
    { name: '刘技师', role: 'technician', pin: '5555' },
  ],
  en: [
    { name: 'Alex Owner', role: 'admin', pin: '1111' },
    { name: 'Morgan Manager', role: 'manager', pin: '2222' },
    { name: 'Riley Reception', role: 'reception', pin: '3333' },
    { name: 'Casey Cashier', role: 'cashier', pin: '4444' },
    { name: 'Taylor Tech', role: 'technician', pin: '5555' },
  ],
};

/**
 * The demo PINs' scrypt hashes, made once with `hashPin`: the PINs are published on the sign-in
 * screen, so a hash made in advance hides nothing, and the demo loads without six scrypt derivations
 * (about 0.6 s of CPU). Signing in still checks the PIN against its hash as for any store.
 */
const DEMO_PIN_HASHES: Record<string, string> = {
  '1111': 'scrypt$16384$8$1$9XXMDbpDoxLhl92GB/LpHw==$VYMNs+TzTf9msWzAcEchDfQSWczCMB6jY+gcMRXkKW0=',
  '2222': 'scrypt$16384$8$1$GptV/IsfmVPscuv2ioJG5A==$GN/s85ckq5enTQrdtRfnPlMOkOjRcIrcvNkcTIxazvw=',
  '3333': 'scrypt$16384$8$1$IYPZO+pw4DORsvBPzxNxkQ==$kbwDBMBvOB7X77GWPix/FzYr0mb7XxRBqo3JEDWo/Os=',
  '4444': 'scrypt$16384$8$1$ovkmK41A8ym3ZGWEONFqVA==$dv1BY6e3u8wC4vOyFIYZ2Y/by9Cit2UheFxHDyq0ReA=',
  '5555': 'scrypt$16384$8$1$bJ1T4ZzBJejRd/1II2COJA==$2BK/i4YGXxXt4K0QIITJ6ysJH4R2jbvAEJsWDj04f/8=',
};

/**
 * Fills an empty store with a clearly-marked demo shop: staff for every role (their PINs are shown on
 * the sign-in screen), a few customers, bookings and repair jobs in several statuses, the deposits paid
 * and a till with yesterday's closed drawer and today's open one, so a new user can try everything.
 */
export async function loadDemo(
  ctx: CallContext,
  locale: Locale,
  /**
   * The till's side of the demo, from the cashier (handed in by the setup handler: the cashier's public
   * module stays light, as the jobs area reads it, and the till's demo reaches into the jobs' rules).
   */
  till: (ctx: CallContext, zh: boolean) => DemoTill,
): Promise<NewStaff[]> {
  const zh = locale === 'zh-CN';
  const staff = STAFF[locale];
  const ids = await initializeStore(
    ctx,
    {
      name: zh ? '示例手机维修店' : 'Demo Phone Repair',
      address: zh ? '上海市徐汇区示例路 88 号' : '88 Sample Street, Springfield',
      phone: zh ? '021-5555-0000' : '+1 415 555 0100',
      currency: zh ? 'CNY' : 'USD',
      taxMode: zh ? 'inclusive' : 'exclusive',
      taxRateBp: zh ? 600 : 875,
      locale,
      timeZone: zh ? 'Asia/Shanghai' : 'America/Los_Angeles',
    },
    staff.map((s) => ({ ...s, pinHash: DEMO_PIN_HASHES[s.pin] })),
    true,
    // The customers go in the setup transaction: a failure leaves no half-filled demo store behind.
    // Every row says where the call that loaded the demo came from, as any other row does.
    () => {
      seedDemoCustomers(ctx, locale);
      const repairIntake = seedDemoQueue(ctx);
      seedDemoAppointments(ctx, zh);
      seedDemoJobs(ctx, zh, repairIntake, till(ctx, zh));
    },
  );
  return staff.map((s, i) => ({ ...s, id: ids[i] }));
}
