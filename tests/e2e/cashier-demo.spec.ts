import fs from 'node:fs';
import { startStationProcess } from '../support/station-process.ts';
import { moneyIn, settled } from './cashier-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';

/**
 * The demo's till is lived in, in both languages: the cashier's console opens on a till whose drawer is
 * open since this morning; the drawer screen shows today's X report on X and yesterday's Z report, a
 * little short, with its note. Screenshots at 1366x768.
 */

const SHOTS = '/tmp/shots-till';

for (const locale of ['en', 'zh-CN'] as const)
  test(`the demo's till and drawer in ${locale}: open since this morning, yesterday's Z report short with its note`, async ({ page }) => {
    test.setTimeout(60_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '陈收银' : 'Casey Cashier', '4444');
      await expect(page.getByTestId('till-screen')).toBeVisible();
      await expect(page.getByTestId('till-drawer-status')).toHaveAttribute('data-open', 'true');
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/demo-till-${locale}.png` });

      await page.getByTestId('till-drawer-status').click();
      await expect(page.getByTestId('drawer-state')).toHaveAttribute('data-open', 'true');
      const z = page.getByTestId('z-report');
      await expect(z).toContainText(zh ? '少了 3 元' : 'Short $3.00');
      await expect(page.getByTestId('drawer-variance-amount')).toHaveText(`−${moneyIn(locale, zh ? 'CNY' : 'USD')(300)}`);
      await expect(z.getByTestId('report-by-method')).toContainText(zh ? '微信支付' : 'WeChat Pay');
      await settled(page);
      await page.keyboard.press('x');
      await expect(page.getByTestId('x-report')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/demo-drawer-${locale}.png` });
      await page.screenshot({ path: `${SHOTS}/demo-drawer-full-${locale}.png`, fullPage: true });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
