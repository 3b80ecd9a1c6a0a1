import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startStationProcess, type StationProcess } from '../support/station-process.ts';
import { forgetSession, settled } from './cashier-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';

/**
 * The money records check in the console, in both languages. The demo's last two money records are
 * deleted from the store file while the station is stopped (the chain's head still says 23 links were
 * written, 21 are left); at the next start the check finds it, and every signed-in user sees the warning on every
 * screen: the cashier is told to tell an admin, the admin is taken to Settings → Backups, where an
 * empty note is refused and a note acknowledges it; then the warning is gone for everyone.
 */

const SHOTS = '/tmp/shots-money-chain';

/** Stops the station, deletes the last money records as someone with a SQLite tool would, and starts it again on the same store. */
async function tamperAndRestart(station: StationProcess): Promise<StationProcess> {
  await station.stop();
  const db = new Database(path.join(station.dataDir, 'frontdesk.sqlite'));
  db.prepare('INSERT OR REPLACE INTO money_chain_head (id, seq, hash, grand_total_minor) VALUES (1, 23, ?, 120000)').run('ab'.repeat(32));
  db.close();
  return startStationProcess({ dataDir: station.dataDir });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`money records changed outside the till: everyone is warned until an admin acknowledges it (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const station = await tamperAndRestart(await startStationProcess({ args: ['--demo', '--locale', locale] }));
    try {
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();

      await signIn(page, zh ? '陈收银' : 'Casey Cashier', '4444');
      const warning = page.getByTestId('integrity-warning');
      await expect(warning).toBeVisible();
      await expect(page.getByTestId('integrity-warning-problem')).toContainText(
        // The last link left: the WeChat Pay deposit of the job taken in minutes ago.
        zh
          ? /记录链止于第 21 位（付款 #9（微信支付 ¥200\.00，收据 R\d{4}-\d{6}）），但最后一环记录为第 23 位：其后的记录已被删除。/
          : /The chain ends at place 21 \(payment #9 \(WeChat Pay \$200\.00, receipt R\d{4}-\d{6}\)\) but its last link was recorded at place 23: the records after it were deleted\./,
      );
      await expect(warning).toContainText(zh ? '请告知店主或管理员' : 'Tell the owner or an admin');
      await expect(page.getByTestId('integrity-open')).toHaveCount(0);
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/warning-cashier-${locale}.png` });

      await forgetSession(page);
      await signIn(page, zh ? '王店长' : 'Alex Owner', '1111');
      await expect(warning).toBeVisible();
      await page.getByTestId('integrity-open').click();
      const card = page.getByTestId('money-chain-card');
      await expect(card.getByTestId('money-chain-problem')).toContainText(zh ? '其后的记录已被删除' : 'the records after it were deleted');
      await expect(card.getByTestId('money-chain-result')).toHaveAttribute('data-ok', 'false');
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/settings-broken-${locale}.png` });

      await card.getByTestId('money-chain-acknowledge').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('money-chain-confirm').click();
      await expect(dialog).toContainText(zh ? '请写明发现的情况或采取的措施' : 'Say what was found or done');
      await page.screenshot({ path: `${SHOTS}/acknowledge-${locale}.png` });
      const note = zh ? '店主昨晚误删了测试数据，已告知会计' : 'The owner deleted test data last night; the accountant was told';
      await dialog.getByTestId('money-chain-note').fill(note);
      await dialog.getByTestId('money-chain-confirm').click();
      await expect(dialog).toBeHidden();
      await expect(warning).toBeHidden();
      await expect(card.getByTestId('money-chain-acknowledged')).toContainText(note);

      // A manager's check from Settings finds the same break: recorded, no warning again.
      await card.getByTestId('money-chain-run').click();
      await expect(card.getByTestId('money-chain-result')).toContainText(zh ? '从设置中' : 'from Settings');
      await expect(card.getByTestId('money-chain-acknowledged')).toContainText(zh ? '同一处断开已由' : 'The same break was acknowledged');
      await expect(warning).toBeHidden();
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/settings-acknowledged-${locale}.png` });

      await forgetSession(page);
      await signIn(page, zh ? '陈收银' : 'Casey Cashier', '4444');
      await settled(page);
      await expect(warning).toHaveCount(0);
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
