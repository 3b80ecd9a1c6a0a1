import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { call } from './queue-pages.ts';

/**
 * Settings, Cashier, in both languages: a manager adds a till and a quick-sale item (the till sells it
 * at once); a drawer approval limit below the note limit and notes and coins out of order are named
 * on their fields and not saved; a cashier has no such tab.
 */

const SHOTS = '/tmp/shots-cashier-settings';

type Settings = { tills: { key: string }[]; quickItems: { key: string; unitPriceMinor: number }[] };

const WORDS = {
  en: { manager: 'Morgan Manager', cashier: 'Casey Cashier', save: 'Save', saved: 'Cashier settings saved.', tab: 'Cashier' },
  'zh-CN': { manager: '李经理', cashier: '陈收银', save: '保存', saved: '收银设置已保存。', tab: '收银' },
} as const;

async function saveCard(page: Page, card: string, saved: string, save: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/cashier.settings.set') && r.status() === 200, { timeout: 20_000 });
  await page.getByTestId(`cashier-settings-${card}`).getByRole('button', { name: save }).click();
  await answered;
  await expect(page.getByText(saved).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId(`cashier-settings-${card}`).getByRole('button', { name: save })).toBeDisabled();
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`cashier settings in ${locale}: a till and an item added and used, bad values named on their fields, no tab for a cashier`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const w = WORDS[locale];
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, w.manager, '2222');
      await page.goto(`${url}#/settings/cashier`);
      await expect(page.getByTestId('cashier-settings-tills')).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('main [data-loading]')).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/cashier-settings-${locale}.png` });

      // A second till: its code is offered, the names typed.
      const tills = page.getByTestId('cashier-settings-tills');
      await tills.getByRole('button', { name: zh ? '添加收银台' : 'Add a till' }).click();
      await tills.getByLabel(zh ? '名称（中文） 2' : 'Name (Chinese) 2').fill('收银台 2');
      await tills.getByLabel(zh ? '名称（英文） 2' : 'Name (English) 2').fill('Till 2');
      await saveCard(page, 'tills', w.saved, w.save);

      // A quick-sale item with its price; an item with no name is named on both name fields first.
      const items = page.getByTestId('cashier-settings-items');
      const rows = await items.locator('tbody tr').count();
      await items.getByRole('button', { name: zh ? '添加商品' : 'Add an item' }).click();
      const n = rows + 1;
      await items.getByLabel(zh ? `价格 ${n}` : `Price ${n}`).fill('12.50');
      await items.getByRole('button', { name: w.save }).click();
      await expect(items.getByLabel(zh ? `名称（中文） ${n}` : `Name (Chinese) ${n}`)).toHaveAttribute('aria-invalid', 'true');
      await items.getByLabel(zh ? `名称（中文） ${n}` : `Name (Chinese) ${n}`).fill('数据线');
      await items.getByLabel(zh ? `名称（英文） ${n}` : `Name (English) ${n}`).fill('USB cable');
      await saveCard(page, 'items', w.saved, w.save);

      // An approval limit below the note limit is refused on its field by the station, and not saved.
      const money = page.getByTestId('cashier-settings-money');
      await page.getByTestId('cashier-varianceNoteMinor').fill('100');
      await page.getByTestId('cashier-varianceApprovalMinor').fill('50');
      await money.getByRole('button', { name: w.save }).click();
      await expect(money).toContainText(zh ? '不能低于需要填写说明的差额' : 'Must not be below the limit that needs a note');
      await page.getByTestId('cashier-varianceApprovalMinor').fill('200');
      await page.getByTestId('cashier-discount-limit').fill('12.5');
      await saveCard(page, 'money', w.saved, w.save);

      // Notes and coins out of order are named on the list.
      const coins = page.getByTestId('cashier-settings-denominations');
      await coins.getByRole('button', { name: zh ? '添加面额' : 'Add a note or coin' }).click();
      const last = await coins.locator('input').count();
      await coins.getByLabel(zh ? `面额 ${last}` : `Value ${last}`).fill('200');
      await coins.getByRole('button', { name: w.save }).click();
      await expect(page.getByTestId('denominations-error')).toHaveText(
        zh ? '请从大到小排列，每种面额只列一次。' : 'Run from the largest to the smallest, each once.',
      );
      await page.screenshot({ path: `${SHOTS}/cashier-settings-errors-${locale}.png`, fullPage: true });

      const saved = await call<Settings>(page, url, 'cashier.settings.get', {});
      expect(saved.tills.map((t) => t.key)).toEqual(['till1', 'till2']);
      expect(saved.quickItems.at(-1)).toMatchObject({ key: `item1`, unitPriceMinor: 1_250 });
      expect(saved).toMatchObject({ discountLimitBp: 1_250, varianceNoteMinor: 10_000, varianceApprovalMinor: 20_000 });

      // The till sells the new item at once.
      await page.goto(`${url}#/cashier`);
      await expect(page.getByTestId('till-quick-sale')).toBeVisible();
      await page.getByTestId('till-quick-sale').click();
      await expect(page.getByRole('button', { name: zh ? /数据线/ : /USB cable/ })).toBeVisible();

      // A cashier has no Cashier tab in Settings.
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(url);
      await signIn(page, w.cashier, '4444');
      await page.goto(`${url}#/settings`);
      await expect(page.getByRole('tab').first()).toBeVisible();
      await expect(page.getByRole('tab', { name: w.tab, exact: true })).toHaveCount(0);
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
