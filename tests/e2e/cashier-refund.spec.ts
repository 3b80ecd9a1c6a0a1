import fs from 'node:fs';
import { parseEscPos, startFakePrinter } from '../integration/print-fake-printer.ts';
import { startStationProcess } from '../support/station-process.ts';
import { forgetSession, moneyIn, routeReceipts, settled } from './cashier-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { call, slipText } from './queue-pages.ts';

/**
 * Refunds and voids at the till, in both languages: the owner sells two quick sales paid by card; the
 * cashier opens the refund screen from the till, finds the first by its receipt number, refunds part of
 * the card payment with a reason; a manager's wrong PIN is refused in the dialog, the right one refunds
 * and the refund receipt reaches the loopback printer. Then the second bill is voided, the manager
 * approving: its payment refunded, the bill marked voided.
 */

const SHOTS = '/tmp/shots-refund';

const WORDS = {
  en: {
    owner: 'Alex Owner',
    cashier: 'Casey Cashier',
    manager: /Morgan Manager/,
    approval: "Manager's approval",
    approver: 'Approved by',
    pin: "Approver's PIN",
    wrongPin: 'Wrong PIN',
    approveRefund: 'Approve the refund',
    approveVoid: 'Approve the void',
    reason: 'The charger does not charge',
    voidReason: 'Customer changed their mind',
  },
  'zh-CN': {
    owner: '王店长',
    cashier: '陈收银',
    manager: /李经理/,
    approval: '经理授权',
    approver: '授权人',
    pin: '授权人 PIN 码',
    wrongPin: 'PIN 错误',
    approveRefund: '批准退款',
    approveVoid: '批准作废',
    reason: '充电器无法充电',
    voidReason: '顾客改变主意',
  },
} as const;

for (const locale of ['en', 'zh-CN'] as const) {
  test(`refund and void in ${locale}: a cashier's partial card refund approved by a manager's PIN (a wrong one refused), then a paid bill voided`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const w = WORDS[locale];
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    const printer = await startFakePrinter('status');
    try {
      const url = station.url;
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      if (zh) await page.getByText('中文', { exact: true }).click();

      // The owner routes receipts to the loopback printer and sells two chargers, each paid by card.
      await signIn(page, w.owner, '1111');
      await routeReceipts(page, url, printer);
      const sell = async () => {
        const bill = await call<{ id: number; dueMinor: number; currency: string }>(page, url, 'cashier.openBill', {
          source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 1 }] },
        });
        const paid = await call<{ receipt: { number: string } }>(page, url, 'cashier.pay', {
          billId: bill.id,
          till: 'till1',
          payments: [{ method: 'card', amountMinor: bill.dueMinor, reference: 'slip 7' }],
          print: false,
        });
        return { ...bill, receipt: paid.receipt.number };
      };
      const first = await sell();
      const second = await sell();
      const money = moneyIn(zh ? 'zh-CN' : 'en', first.currency);
      await forgetSession(page);

      // The cashier goes from the till to refunds and finds the first sale by its receipt number.
      await signIn(page, w.cashier, '4444');
      await expect(page.getByTestId('till-screen')).toBeVisible();
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/till-start-${locale}.png` });
      await page.getByTestId('till-refunds').click();
      await expect(page).toHaveURL(/#\/cashier\/refund/);
      await expect(page.getByTestId('refund-number')).toBeFocused();
      await page.keyboard.type(first.receipt.toLowerCase());
      await page.keyboard.press('Enter');
      const bill = page.getByTestId('refund-bill');
      await expect(bill).toHaveAttribute('data-bill-id', String(first.id));
      await expect(bill).toHaveAttribute('data-status', 'settled');
      const payment = page.getByTestId('refund-payment');
      await expect(payment).toHaveAttribute('data-left', String(first.dueMinor));
      await payment.click();

      // Part of it back to the card; more than was paid is refused on the amount field before anything is sent.
      const amount = page.getByTestId('refund-amount');
      await expect(amount).toHaveValue((first.dueMinor / 100).toFixed(2));
      await amount.fill(((first.dueMinor + 100) / 100).toFixed(2));
      await page.getByTestId('refund-reason').fill(w.reason);
      await page.getByTestId('refund-submit').click();
      await expect(page.getByTestId('refund-form')).toContainText(zh ? '超过此笔付款剩余可退的金额' : 'more than is left to refund');
      const part = 3_900;
      await amount.fill((part / 100).toFixed(2));
      await page.screenshot({ path: `${SHOTS}/refund-form-${locale}.png` });
      await page.getByTestId('refund-submit').click();

      // A manager approves: a wrong PIN is refused in the dialog, the right one refunds.
      const approval = page.getByRole('dialog', { name: w.approval });
      await expect(approval).toBeVisible();
      const approver = approval.getByRole('combobox', { name: w.approver });
      const manager = page.getByRole('option', { name: w.manager });
      await expect(async () => {
        if (!(await manager.isVisible())) await approver.click();
        await manager.click({ timeout: 2_000 });
        await expect(approver).toHaveValue(w.manager, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await approval.getByLabel(w.pin).fill('9999');
      await approval.getByRole('button', { name: w.approveRefund }).click();
      await expect(approval).toContainText(w.wrongPin);
      await expect(page.getByTestId('refund-done')).toHaveCount(0);
      await approval.getByLabel(w.pin).fill('2222');
      await approval.getByRole('button', { name: w.approveRefund }).click();
      await expect(approval).toBeHidden();
      const done = page.getByTestId('refund-done-title');
      await expect(done).toHaveAttribute('data-receipts', /^R\d{4}-\d{6}$/);
      const refundReceipt = (await done.getAttribute('data-receipts')) ?? '';
      await expect(payment).toHaveAttribute('data-left', String(first.dueMinor - part));

      // The refund receipt's bytes reach the loopback printer; the screen says it printed.
      const printed = await printer.nextJob(15_000);
      expect(slipText(printed.bytes)).toContain(refundReceipt);
      expect(parseEscPos(printed.bytes).some((tok) => 'cmd' in tok && tok.cmd === 'drawer')).toBe(false);
      await expect(page.locator('[data-testid="print-status"][data-document="receipt"]')).toHaveAttribute('data-status', 'done', {
        timeout: 15_000,
      });
      await expect(bill).toContainText(money(part));
      await page.screenshot({ path: `${SHOTS}/refund-done-${locale}.png` });

      // The second sale is voided, the manager approving: its card payment comes back, the bill is voided.
      await page.getByTestId('refund-number').fill(second.receipt);
      await page.keyboard.press('Enter');
      await expect(bill).toHaveAttribute('data-bill-id', String(second.id));
      await settled(page);
      await page.getByTestId('void-open').click();
      await page.getByTestId('void-reason').fill(w.voidReason);
      await page.getByTestId('void-submit').click();
      await expect(approval).toBeVisible();
      await expect(async () => {
        if (!(await manager.isVisible())) await approver.click();
        await manager.click({ timeout: 2_000 });
        await expect(approver).toHaveValue(w.manager, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await approval.getByLabel(w.pin).fill('2222');
      await approval.getByRole('button', { name: w.approveVoid }).click();
      await expect(approval).toBeHidden();
      await expect(bill).toHaveAttribute('data-status', 'voided');
      await expect(page.getByTestId('refund-bill-voided')).toContainText(w.voidReason);
      await expect(payment).toHaveAttribute('data-left', '0');
      const voidPrint = slipText((await printer.nextJob(15_000)).bytes);
      expect(voidPrint).toContain(second.receipt);
      await page.screenshot({ path: `${SHOTS}/refund-voided-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
      await printer.close();
    }
  });
}
