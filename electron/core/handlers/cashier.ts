import type { Contract } from '../../../shared/contract/index.ts';
import { openBill } from '../services/cashier/bills.ts';
import { printDrawerReport } from '../services/cashier/drawer-print.ts';
import { closeDrawer, drawerStatus, moveDrawer, openDrawer } from '../services/cashier/drawer.ts';
import { payBill } from '../services/cashier/pay.ts';
import { quoteBill } from '../services/cashier/quote.ts';
import { readBill } from '../services/cashier/read-bill.ts';
import { reprintReceipt } from '../services/cashier/receipt-reprint.ts';
import { findBills } from '../services/cashier/find-bills.ts';
import { refundPayment } from '../services/cashier/refund.ts';
import { voidBill } from '../services/cashier/void.ts';
import { getCashierSettings, setCashierSettings } from '../services/cashier/settings.ts';
import type { HandlerTable } from './types.ts';

type CashierOps = Exclude<keyof Contract & `cashier.${string}`, 'cashier.verify' | `cashier.integrity.${string}`>;

export const cashierHandlers: HandlerTable<CashierOps> = {
  'cashier.settings.get': (_input, { core }) => getCashierSettings(core.db),
  'cashier.settings.set': (input, ctx) => setCashierSettings(ctx, input),
  'cashier.quote': (input, { core }) => quoteBill(core.db, input),
  'cashier.openBill': (input, ctx) => openBill(ctx, input),
  'cashier.bill': (input, { core }) => readBill(core.db, input.billId),
  'cashier.pay': (input, ctx) => payBill(ctx, input),
  'cashier.refund': (input, ctx) => refundPayment(ctx, input),
  'cashier.reprintReceipt': (input, ctx) => reprintReceipt(ctx, input.receiptNumber),
  'cashier.void': (input, ctx) => voidBill(ctx, input),
  'cashier.findBills': (input, { core }) => findBills(core.db, input.number),
  'cashier.drawer.open': (input, ctx) => openDrawer(ctx, input),
  'cashier.drawer.move': (input, ctx) => moveDrawer(ctx, input),
  'cashier.drawer.close': (input, ctx) => closeDrawer(ctx, input),
  'cashier.drawer.status': (input, ctx) => drawerStatus(ctx, input.till),
  'cashier.drawer.printReport': (input, ctx) => printDrawerReport(ctx, input),
};
