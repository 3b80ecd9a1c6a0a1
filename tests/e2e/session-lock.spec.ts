import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { header, signIn, watchConsole } from './console-pages.ts';

const SHOTS = '/tmp/shots';

test.use({ viewport: { width: 1366, height: 768 } });

function lockScreen(page: Page) {
  return page.getByTestId('lock-screen');
}

/** Types a PIN on the keyboard at the lock screen, until every digit shows, then Enter. */
async function typeUnlockPin(page: Page, pin: string): Promise<void> {
  await expect(async () => {
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(pin);
    await expect(lockScreen(page).getByTestId('pin-dots')).toHaveAttribute('data-count', String(pin.length), { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

test('the console locks after the admin’s idle minutes and the same PIN resumes on the same screen, as it was', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  // The browser's clock is ours to move: a minute of no activity passes in an instant.
  await page.clock.install();
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');

  await page.goto(`${demoStation.url}#/settings/security`);
  const minutes = page.getByRole('textbox', { name: 'Lock the console after no activity for' });
  await minutes.fill('1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved')).toBeVisible();

  // Somewhere in the middle of something: the customers screen with a search typed.
  await page.keyboard.press('F4');
  await page.getByTestId('customer-search').fill('Smith');
  await expect(page.getByText(/\d+ match(es)?/)).toBeVisible();

  await page.clock.fastForward('01:05');
  await expect(lockScreen(page)).toBeVisible();
  await expect(lockScreen(page).getByTestId('lock-reason')).toHaveText(
    'Locked after 1 minute without activity. The screen is kept just as it was.',
  );
  await expect(lockScreen(page).getByTestId('lock-staff')).toHaveText('Alex Owner');
  // Hidden underneath, and out of reach of the keyboard: F2 does not change the screen.
  await expect(page.getByTestId('customer-search')).toBeHidden();
  await page.keyboard.press('F2');
  await page.screenshot({ path: `${SHOTS}/lock-screen-en.png` });

  // Another staff member's PIN does not open it; a wrong PIN says how many tries are left.
  await typeUnlockPin(page, '3333');
  await expect(lockScreen(page).getByTestId('lock-error')).toHaveText('Wrong PIN. 4 more wrong tries lock the account.');

  await typeUnlockPin(page, '1111');
  await expect(lockScreen(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByTestId('customer-search')).toHaveValue('Smith');
  await expect(header(page).getByTestId('current-staff')).toContainText('Alex Owner');
  expect(watch.problems).toEqual([]);
});

test('a locked console reloaded still asks for the PIN, in Chinese too; someone else may sign in instead', async ({
  page,
  demoStation,
}) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Riley Reception', '3333');
  await page.keyboard.press('F4');
  await expect(page.getByTestId('customer-search')).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(lockScreen(page).getByTestId('lock-reason')).toHaveText('Riley Reception locked it. The screen is kept just as it was.');

  // The station refuses the locked session, so a reload cannot get round the lock.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  await expect(lockScreen(page).getByTestId('lock-staff')).toHaveText('Riley Reception');
  await lockScreen(page).getByText('中文', { exact: true }).click();
  await expect(lockScreen(page).getByRole('heading', { name: '前台已锁定' })).toBeVisible();
  await expect(lockScreen(page).getByTestId('lock-reason')).toHaveText('Riley Reception 的登录已锁定。');
  await lockScreen(page).focus();
  await page.screenshot({ path: `${SHOTS}/lock-screen-zh-CN.png` });
  await typeUnlockPin(page, '3333');
  await expect(page.getByRole('heading', { name: '顾客' })).toBeVisible();
  await expect(page.getByTestId('current-staff')).toContainText('Riley Reception');

  // Lock again, and hand the desk over: the locked session is signed out.
  await page.keyboard.press('Control+l');
  await lockScreen(page).getByTestId('lock-someone-else').click();
  await expect(page.getByRole('heading', { name: '现在谁在前台？' })).toBeVisible();
});
