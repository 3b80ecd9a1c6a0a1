import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startFakePrinter } from '../integration/print-fake-printer.ts';
import { startStationProcess } from '../support/station-process.ts';
import { closeDemoDrawer, countOf, fillCount, forgetSession, moneyIn, routeReceipts, settled } from './cashier-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { intakeCoveredJob } from './jobs-page-pages.ts';
import { call, slipText } from './queue-pages.ts';
import { CountedKeys } from './reception-pages.ts';

/**
 * The cashier at the till, in both languages: the drawer opened with a counted float; a job's bill
 * (its warranty line at no charge) paid partly by card and partly in cash, the change shown large, in
 * at most 8 user actions from the job's number to the receipt queued; the receipt read back from a
 * loopback printer's bytes; then the blind close, short by more than the note limit, asks for a note
 * and shows expected, counted and the variance; the Z report prints as the drawer closes (its bytes
 * read back from the loopback printer, its PDF read back with pdftotext). A copy of the receipt prints
 * marked as one. And cash without an open drawer is refused in words, with the drawer opened from the till.
 */

const SHOTS = '/tmp/shots-till';
const columnsOf = (line: string) => [...line].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x80 ? 1 : 2), 0);

for (const locale of ['en', 'zh-CN'] as const) {
  test(`till and drawer in ${locale}: float counted, a split card + cash settlement in 8 actions, receipt printed, blind close with a note`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    const printer = await startFakePrinter('status');
    try {
      const url = station.url;
      // The demo's drawer, open since this morning, is closed first: this cashier's day starts with a closed drawer.
      await closeDemoDrawer(request, url);
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      if (zh) await page.getByText('中文', { exact: true }).click();

      // The owner routes receipts to the loopback printer and a customer's job is taken in.
      await signIn(page, zh ? '王店长' : 'Alex Owner', '1111');
      await routeReceipts(page, url, printer);
      const job = await intakeCoveredJob(page, url, zh ? '周八' : 'Chris Wong');
      const quote = await call<{ dueMinor: number; currency: string }>(page, url, 'cashier.quote', {
        source: { kind: 'job', jobId: job.id },
      });
      const settings = await call<{ denominations: number[] }>(page, url, 'cashier.settings.get', {});
      const money = moneyIn(zh ? 'zh-CN' : 'en', quote.currency);
      await forgetSession(page);

      // The cashier's console opens on the till; the drawer is closed.
      await signIn(page, zh ? '陈收银' : 'Casey Cashier', '4444');
      await expect(page).toHaveURL(/#\/cashier$/);
      await expect(page.getByTestId('till-drawer-status')).toHaveAttribute('data-open', 'false');

      // Open the drawer: the float counted by denomination, the running total on the button.
      await page.getByTestId('till-drawer-status').click();
      await expect(page.getByTestId('drawer-state')).toHaveAttribute('data-open', 'false');
      const float = 15_000;
      await fillCount(page, countOf(float, settings.denominations));
      await expect(page.getByTestId('float-count-total')).toHaveText(money(float));
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('drawer-state')).toHaveAttribute('data-open', 'true');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('till-drawer-status')).toHaveAttribute('data-open', 'true');
      await settled(page);

      // The split settlement, counted: the job's number, Enter, 2 (card: opens the bill, the balance filled in),
      // the card's amount, Enter, 1 (cash), what the customer hands over, Enter.
      const card = 30_000;
      const cashLeft = quote.dueMinor - card;
      const tendered = cashLeft + 5_000;
      const keys = new CountedKeys(page);
      let actions = 0;
      await page.getByTestId('till-job-number').fill(job.number);
      actions++;
      await keys.press('Enter');
      await expect(page.getByTestId('bill-draft')).toBeVisible();
      await expect(page.locator('[data-testid="bill-line"][data-covered="true"]')).toHaveCount(1);
      await settled(page);
      await keys.press('2');
      await expect(page.getByTestId('till-amount')).toBeFocused();
      await expect(page.getByTestId('till-amount')).toHaveValue((quote.dueMinor / 100).toFixed(2));
      await page.keyboard.type('300');
      actions++;
      await keys.press('Enter');
      await expect(page.getByTestId('till-tender')).toHaveCount(1);
      await expect(page.getByTestId('till-remaining')).toHaveText(money(cashLeft));
      await keys.press('1');
      await expect(page.getByTestId('till-amount')).toBeFocused();
      await page.keyboard.type((tendered / 100).toFixed(2));
      actions++;
      // Mid-payment: the change, large, before it is paid.
      await expect(page.getByTestId('till-change')).toHaveText(money(5_000));
      await page.screenshot({ path: `${SHOTS}/till-change-${locale}.png` });
      await keys.press('Enter');
      await expect(page.getByTestId('till-paid')).toBeVisible();
      expect(actions + keys.count).toBeLessThanOrEqual(8);
      await expect(page.getByTestId('till-change')).toHaveText(money(5_000));
      await expect(page.getByTestId('till-paid-balance')).toHaveText(zh ? '账单已结清。' : 'The bill is paid in full.');
      const receipt = (await page.getByTestId('till-receipt-number').getAttribute('data-number')) ?? '';
      expect(receipt).toMatch(/^R\d{4}-\d{6}$/);

      // The receipt's bytes reach the loopback printer, and the till says it printed.
      const printed = await printer.nextJob(15_000);
      const text = slipText(printed.bytes);
      expect(text).toContain(receipt);
      expect(text).toContain(job.number);
      // The lines in columns on 80 mm (48 columns, a Chinese character two): quantity, unit price and
      // amount flush right, the covered fitting saying the warranty pays.
      const lines = text.split('\n');
      const header = lines.find((l) => l.startsWith(zh ? '项目' : 'Item')) ?? '';
      expect(header).toMatch(zh ? /^项目\s+数量\s+单价\s+金额$/ : /^Item\s+Qty\s+Price\s+Amount$/);
      const screen = lines.find((l) => l.startsWith('Screen assembly')) ?? '';
      expect(screen).toMatch(/^Screen assembly\s+1\s+450\.00\s+450\.00$/);
      expect(lines.find((l) => l.startsWith('Fitting'))).toMatch(zh ? /\s1\s+100\.00\s+保修$/ : /\s1\s+100\.00\s+Warranty$/);
      expect([header, screen].map(columnsOf)).toEqual([48, 48]);
      await expect(page.locator('[data-testid="print-status"][data-document="receipt"]')).toHaveAttribute('data-status', 'done', {
        timeout: 15_000,
      });
      await page.screenshot({ path: `${SHOTS}/till-paid-${locale}.png` });

      // A copy of the receipt: the same receipt, marked as a reprint, its printing followed on its own line.
      await page.getByTestId('till-reprint').click();
      const copy = slipText((await printer.nextJob(15_000)).bytes);
      expect(copy).toContain(zh ? '*** 重印 ***' : '*** REPRINT ***');
      expect(copy).toContain(receipt);
      expect(copy.split('\n').find((l) => l.startsWith('Screen assembly'))).toBe(screen);
      await expect(page.locator('[data-testid="print-status"][data-document="receiptCopy"]')).toHaveAttribute('data-status', 'done', {
        timeout: 15_000,
      });
      // The receipt as the shop's preview shows it (80 mm), looked at.
      const jobs = await call<{ rows: { id: number; kind: string }[] }>(page, url, 'print.jobs.list', { limit: 5 });
      const original = jobs.rows.filter((r) => r.kind === 'receipt').at(-1)!;
      const preview = await call<{ html: string }>(page, url, 'print.jobs.preview', { id: original.id });
      const receiptPage = await page.context().newPage();
      await receiptPage.setViewportSize({ width: 1366, height: 768 });
      await receiptPage.setContent(preview.html);
      await receiptPage.screenshot({ path: `${SHOTS}/receipt-80mm-${locale}.png`, fullPage: true });
      await receiptPage.close();

      // The blind close: nothing expected on screen until the count is in; 20 short needs a note.
      await page.keyboard.press('n');
      await expect(page.getByTestId('till-screen')).toHaveAttribute('data-stage', 'start');
      await page.getByTestId('till-drawer-status').click();
      await settled(page);
      // C can arrive before the drawer screen listens for it (seen once under load): press again until the count opens.
      await expect(async () => {
        await page.keyboard.press('c');
        await expect(page.getByTestId('blind-close')).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
      const expected = float + cashLeft;
      const counted = Math.floor((expected - 2_000) / 10) * 10;
      await expect(page.getByTestId('drawer-screen')).not.toContainText(money(expected));
      await page.screenshot({ path: `${SHOTS}/drawer-close-count-${locale}.png` });
      await fillCount(page, countOf(counted, settings.denominations));
      await expect(page.getByTestId('close-count-total')).toHaveText(money(counted));
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('close-note-needed')).toBeVisible();
      await expect(page.getByTestId('close-note')).toBeFocused();
      await page.keyboard.type(zh ? '找零时多找了一张' : 'Gave one note too many in change');
      await page.keyboard.press('Enter');
      const z = page.getByTestId('z-report');
      await expect(z).toBeVisible();
      await expect(page.getByTestId('drawer-expected')).toHaveText(money(expected));
      await expect(page.getByTestId('drawer-counted')).toHaveText(money(counted));
      await expect(page.getByTestId('drawer-variance-amount')).toHaveText(`−${money(expected - counted)}`);
      await expect(z).toContainText(zh ? '找零时多找了一张' : 'Gave one note too many in change');
      await expect(z.getByTestId('report-by-method')).toContainText(zh ? '银行卡' : 'Card');

      // The Z report printed as the drawer closed: on the loopback printer, and as a PDF read back.
      const zPrinted = await printer.nextJob(15_000);
      const zText = slipText(zPrinted.bytes);
      expect(zText).toContain(zh ? 'Z 报表' : 'Z REPORT');
      await expect(page.locator('[data-testid="print-status"][data-document="report"]')).toHaveAttribute('data-status', 'done', {
        timeout: 15_000,
      });
      const zJob = (await call<{ rows: { id: number; kind: string }[] }>(page, url, 'print.jobs.list', { limit: 5 })).rows.find(
        (r) => r.kind === 'report',
      );
      const pdf = await call<{ dataBase64: string }>(page, url, 'print.pdf', { jobId: zJob!.id, inline: true });
      const pdfFile = path.join(SHOTS, `z-report-${locale}.pdf`);
      fs.writeFileSync(pdfFile, Buffer.from(pdf.dataBase64, 'base64'));
      const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
      const amount = (minor: number) => (minor / 100).toLocaleString('en', { minimumFractionDigits: 2 });
      expect(pdfText).toContain(zh ? 'Z 报表' : 'Z REPORT');
      expect(pdfText).toContain(zh ? '交班报表：钱箱已关闭' : 'Final: the drawer is closed');
      expect(pdfText).toContain(`${zh ? '应有现金' : 'Expected'} ${money(expected)}`);
      expect(pdfText).toContain(`${zh ? '实点现金' : 'Counted'} ${money(counted)}`);
      expect(pdfText).toContain(`${zh ? '差额' : 'Variance'} -${money(expected - counted)} (${zh ? '短款' : 'short'})`);
      expect(pdfText).toMatch(new RegExp(`${zh ? '银行卡' : 'Card'} 1 ${amount(quote.dueMinor - cashLeft)}`));
      expect(pdfText).toContain(zh ? '陈收银' : 'Casey Cashier');
      await page.screenshot({ path: `${SHOTS}/drawer-close-z-${locale}.png` });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
      await printer.close();
    }
  });
}

test('cash with the drawer closed is refused in words; the till opens the drawer and the cash is taken', async ({
  page,
  request,
  demoStation,
}) => {
  await closeDemoDrawer(request, demoStation.url);
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Casey Cashier', '4444');
  await expect(page.getByTestId('till-screen')).toBeVisible();
  await settled(page);
  await page.keyboard.press('Alt+q');
  await page.getByTestId('quick-item-diagnosis').click();
  await expect(page.getByTestId('bill-line')).toHaveCount(1);
  await settled(page);
  await page.keyboard.press('1');
  const refused = page.getByTestId('till-drawer-closed');
  await expect(refused).toContainText('Cash cannot be taken: the drawer is not open');
  await page.keyboard.press('o');
  await expect(page.getByTestId('float-count')).toBeVisible();
  await page.getByTestId('count-10000').fill('1');
  await page.keyboard.press('Enter');
  await expect(refused).toHaveCount(0);
  await expect(page.getByTestId('till-amount')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('till-paid')).toBeVisible();
  await expect(page.getByTestId('till-paid-balance')).toHaveText('The bill is paid in full.');
  await expect(page.locator('[data-testid="print-status"][data-document="receipt"]')).toHaveAttribute('data-status', 'none');
  expect(watch.problems).toEqual([]);
});
