import fs from 'node:fs';
import { expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { startStationProcess } from '../support/station-process.ts';

const SHOTS = '/tmp/shots';

const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

function column(page: Page, status: string) {
  return page.getByTestId(`column-${status}`);
}

function card(page: Page, number: string) {
  return page.locator(`[data-testid="job-card"][data-number="${number}"]`);
}

/** A new console window signed in as someone else (each window has its own session). */
async function signedIn(browser: Browser, url: string, name: string, pin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await signIn(page, name, pin);
  return page;
}

/** Presses arrows until the card has the focus (the board's first arrow focuses its first card). */
async function focusCard(page: Page, number: string): Promise<void> {
  await settled(page);
  await expect(async () => {
    if (!(await card(page, number).evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowRight');
    await baseExpect(card(page, number)).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`screenshots of the board and a job page in ${locale}`, async ({ page }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const watch = watchConsole(page);
      const zh = locale === 'zh-CN';
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(station.url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '李经理' : 'Morgan Manager', '2222');
      await page.keyboard.press('F5');
      await expect(page.getByTestId('job-card')).toHaveCount(4);
      await focusCard(page, (await column(page, 'inRepair').getByTestId('job-card').first().getAttribute('data-number')) ?? '');
      await page.screenshot({ path: `${SHOTS}/jobs-board-${locale}.png` });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('job-page')).toBeVisible();
      await expect(page.getByTestId('job-photo').first().locator('img')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/jobs-page-${locale}.png`, fullPage: true });
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
