import type { Core } from '../../electron/core/core.ts';
import { recordCheck } from '../../electron/core/services/cashier/integrity.ts';
import { op } from './core.ts';

/** Three tills, till1's drawer open with a float, till3's open to be closed, and a big open quick-sale bill to pay against. */
export interface CashierSamples {
  /** A quick sale of 9999 chargers: room for many sample payments. */
  billId: number;
  /** A card payment of 100.00 on the big bill, to refund a fen of at a time. */
  paymentId: number;
  /** The sample card payment's receipt number (what the refund screen finds a bill by). */
  receiptNumber: string;
  /** A quick sale of one charger paid by card, to void (its payment refunded). */
  voidBillId: number;
  /** Till3's float, counted: closing with the same count has no variance. */
  closeCounts: { denominationMinor: number; count: number }[];
  /** A start-up check that found the chain broken, for an admin to acknowledge. */
  brokenCheckId: number;
}

/** What a start-up check finds when the last records were deleted from the file (tests/integration/cashier-verify.test.ts makes it for real). */
const BROKEN_CHAIN = {
  ok: false,
  checked: 6,
  grandTotalMinor: 26_700,
  problem: {
    seq: 7,
    what: 'headMismatch',
    how: 'headMismatch',
    record: null,
    other: { kind: 'payment', id: 3, receipt: 'R2026-000002', method: 'wechat', amountMinor: 8_900, paymentId: null, sessionId: null },
    amountMinor: null,
    writtenMinor: null,
    place: 7,
  },
} as const;

/** Records a start-up check that found the chain broken, as the core does when the console starts. */
function recordBrokenCheck(core: Core): number {
  return recordCheck(core, structuredClone(BROKEN_CHAIN), { trigger: 'startup', actorId: null, origin: 'cli' }).id;
}

export const SAMPLE_TILLS = [
  { key: 'till1', nameZh: '收银台 1', nameEn: 'Till 1' },
  { key: 'till2', nameZh: '收银台 2', nameEn: 'Till 2' },
  { key: 'till3', nameZh: '收银台 3', nameEn: 'Till 3' },
];

export async function buildCashierSamples(core: Core, adminToken: string): Promise<CashierSamples> {
  await op(core, 'cashier.settings.set', { tills: SAMPLE_TILLS }, adminToken);
  await op(core, 'cashier.drawer.open', { till: 'till1', counts: [{ denominationMinor: 10_000, count: 5 }] }, adminToken);
  const closeCounts = [{ denominationMinor: 10_000, count: 2 }];
  await op(core, 'cashier.drawer.open', { till: 'till3', counts: closeCounts }, adminToken);
  const bill = await op(
    core,
    'cashier.openBill',
    { source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 9999 }] } },
    adminToken,
  );
  const paid = await op(
    core,
    'cashier.pay',
    { billId: bill.id, till: 'till1', payments: [{ method: 'card', amountMinor: 10_000 }], print: false },
    adminToken,
  );
  const toVoid = await op(core, 'cashier.openBill', { source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 1 }] } }, adminToken);
  await op(
    core,
    'cashier.pay',
    { billId: toVoid.id, till: 'till1', payments: [{ method: 'card', amountMinor: 8_900 }], print: false },
    adminToken,
  );
  return {
    billId: bill.id,
    paymentId: paid.bill.payments[0]!.id,
    receiptNumber: paid.receipt.number,
    voidBillId: toVoid.id,
    closeCounts,
    brokenCheckId: recordBrokenCheck(core),
  };
}
