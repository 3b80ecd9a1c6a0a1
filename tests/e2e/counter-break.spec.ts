import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { startFakePrinter } from '../integration/print-fake-printer.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { apiCode, pairTv, staffToken } from './display-pages.ts';
import { test, expect } from './fixtures.ts';
import { call, issue, routeQueueSlips, sitAt, slipText } from './queue-pages.ts';

/**
 * The counter as a receptionist lives it: Space on a number called but never started asks what
 * happened; nobody waiting is a calm word; B puts the counter on break and the TV says so at once;
 * a slip is printed again from the counter. Every key is pressed for real.
 */

const SHOTS = '/tmp/shots';

// Many keys, each waiting for the station's answer, on a machine that may be busy.
test.slow();
const current = (page: Page) => page.getByTestId('current-number');
const listed = (page: Page, testId: string, number: string) => page.locator(`[data-testid="${testId}"][data-number="${number}"]`);

/** Waits until no counter action is still running (a key pressed meanwhile is ignored, as a double press should be). */
const settled = (page: Page) => expect(page.locator('main [data-loading]')).toHaveCount(0);

/** Presses a key once the counter is ready for it. */
async function press(page: Page, key: string): Promise<void> {
  await settled(page);
  await page.keyboard.press(key);
}

/** Every API answer the console gets that is an error, and every error the page logs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('Space on a number called but never started asks: S starts, N is a no-show, F finishes; nobody waiting is calm', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const errors = watchErrors(page);
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  const [a1, a2, a3, a4] = await issue(page, url, 'A', 'A', 'A', 'A');
  await sitAt(page, 'Counter 1');

  // Nobody at the counter: Space calls at once.
  await press(page, 'Space');
  await expect(current(page)).toHaveText('A001');
  const asked = (number: string) => page.getByRole('dialog', { name: `${number} was called but never started` });

  // S: they are here. A001 is served; Space then calls the next as before.
  await press(page, 'Space');
  await expect(asked('A001')).toBeVisible();
  await expect(asked('A001')).toContainText('What happened with this customer?');
  await press(page, 's');
  await expect(asked('A001')).toBeHidden();
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
  await press(page, 'Space');
  await expect(current(page)).toHaveText('A002');

  // N: they did not come. A002 waits among the no-shows and A003 is called.
  await press(page, 'Space');
  await expect(asked('A002')).toBeVisible();
  await press(page, 'n');
  await expect(current(page)).toHaveText('A003');
  await expect(listed(page, 'noshow-ticket', 'A002')).toBeVisible();

  // F: already served. A003 is finished (not as a side effect of the next call), and A004 is called.
  await press(page, 'Space');
  await expect(asked('A003')).toBeVisible();
  await press(page, 'f');
  await expect(current(page)).toHaveText('A004');

  // The last one: F finishes it and the call finds nobody, which is said calmly, in place of a number.
  await press(page, 'Space');
  await expect(asked('A004')).toBeVisible();
  await press(page, 'f');
  await expect(page.getByTestId('current-empty')).toHaveAttribute('data-nobody-waiting', 'true');
  await press(page, 'Space');
  await expect(page.getByTestId('current-empty')).toContainText('Nobody is waiting');

  const trail = async (id: number) =>
    (await call<{ events: { action: string; detail: unknown }[] }>(page, url, 'queue.ticket', { ticketId: id })).events;
  expect((await trail(a1!.id)).map((e) => e.action)).toEqual(['issue', 'call', 'start', 'finish']);
  expect((await trail(a2!.id)).map((e) => e.action)).toEqual(['issue', 'call', 'skip']);
  expect((await trail(a3!.id)).at(-1)).toEqual(expect.objectContaining({ action: 'finish', detail: { from: 'called' } }));
  expect((await trail(a4!.id)).map((e) => e.action)).toEqual(['issue', 'call', 'finish']);
  // No refusal reached the console and nothing was logged as an error, the empty queue included.
  expect(errors).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('B puts the counter on break and the TV shows it at once; Space asks to come back; Enter comes back and calls', async ({
  page,
  browser,
  request,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const url = demoStation.url;
  const tv = await pairTv(browser, url, await apiCode(request, url, await staffToken(request, url, 1, '1111')));
  await expect(tv.getByTestId('queue-display')).toBeVisible();
  await expect(tv.getByTestId('display-breaks')).toHaveCount(0);

  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  await issue(page, url, 'A');
  await sitAt(page, 'Counter 1');

  // With a customer called, a break waits: the button is off and B does nothing.
  await press(page, 'Space');
  await expect(current(page)).toHaveText('A001');
  await expect(page.getByTestId('counter-break')).toBeDisabled();
  await press(page, 's');
  await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
  await press(page, 'b');
  await press(page, 'f');
  await expect(page.getByTestId('current-empty')).toBeVisible();
  await expect(page.getByTestId('counter-break-badge')).toHaveCount(0);

  await press(page, 'b');
  await expect(page.getByTestId('counter-break-badge')).toHaveText('On break');
  await expect(page.getByTestId('counter-on-break')).toContainText(/On break since \d\d:\d\d/);
  // The TV updates from the live stream, without a reload: the counter's name with "On break".
  const onTv = tv.getByTestId('display-break');
  await expect(onTv).toHaveCount(1);
  await expect(onTv).toContainText('Counter 1');
  await expect(onTv).toContainText('On break');

  // Space on break asks; Esc stays on break.
  await issue(page, url, 'A');
  await expect(page.getByTestId('counter-waiting')).toHaveText('1');
  await press(page, 'Space');
  const ask = page.getByRole('dialog', { name: 'You are on break' });
  await expect(ask).toBeVisible();
  await press(page, 'Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('counter-on-break')).toBeVisible();

  // Enter comes back and calls the next number; the TV drops the break and shows the call.
  await press(page, 'Space');
  await expect(ask).toBeVisible();
  await press(page, 'Enter');
  await expect(current(page)).toHaveText('A002');
  await expect(page.getByTestId('counter-break-badge')).toHaveCount(0);
  await expect(tv.getByTestId('display-breaks')).toHaveCount(0);
  await expect(tv.getByTestId('display-current-number')).toHaveText('A002');
  expect(watch.problems).toEqual([]);
  await tv.context().close();
});

test('the counter prints a slip again: the current number and a waiting one; without a slip printer it says so', async ({
  page,
  demoStation,
}) => {
  const printer = await startFakePrinter('status');
  try {
    const url = demoStation.url;
    await page.goto(url);
    await signIn(page, 'Alex Owner', '1111');
    await issue(page, url, 'A', 'A');
    await sitAt(page, 'Counter 1');
    await press(page, 'Space');
    await expect(current(page)).toHaveText('A001');

    // No printer takes queue slips yet: a red message, and nothing is printed.
    await page.getByTestId('current-reprint').click();
    await expect(page.getByText('No printer prints queue slips, so nothing was printed.')).toBeVisible();

    await routeQueueSlips(page, url, printer);
    await page.getByTestId('current-reprint').click();
    await expect(page.getByText('The slip for A001 went to the printer.')).toBeVisible();
    const again = slipText((await printer.nextJob(15_000)).bytes);
    expect(again).toContain('A001');
    expect(again).toContain('REPRINT');

    await listed(page, 'waiting-ticket', 'A002').getByRole('button', { name: 'Reprint slip' }).click();
    await expect(page.getByText('The slip for A002 went to the printer.')).toBeVisible();
    expect(slipText((await printer.nextJob(15_000)).bytes)).toContain('A002');
  } finally {
    await printer.close();
  }
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`screenshots at 1366x768 in ${locale}: the question on Space, the counter on break, the TV showing it`, async ({
    browser,
    request,
  }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const tv = await pairTv(browser, url, await apiCode(request, url, await staffToken(request, url, 1, '1111')), {
        width: 1366,
        height: 768,
      });
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate((language) => localStorage.setItem('frontdesk.language', language), locale);
      await page.reload();
      await signIn(page, locale === 'en' ? 'Riley Reception' : '张前台', '3333');
      await issue(page, url, 'A', 'A', 'C');
      const counters = await call<{ id: number; nameEn: string }[]>(page, url, 'queue.counters.list', {});
      const counter1 = counters.find((c) => c.nameEn === 'Counter 1')!;
      await page.evaluate((id) => localStorage.setItem('frontdesk.counterId', String(id)), counter1.id);
      await page.goto(`${url}#/queue`);
      // Seated: the counter remembered on this computer is taken by whoever signed in.
      await expect(page.getByTestId('counter-break')).toBeEnabled();
      fs.mkdirSync(SHOTS, { recursive: true });

      await press(page, 'Space');
      await expect(current(page)).toHaveText('A001');
      await press(page, 'Space');
      const asked = page.getByRole('dialog');
      await expect(asked).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/counter-not-started-${locale}.png` });
      await press(page, 'f');
      await expect(current(page)).toHaveText('A002');
      await press(page, 's');
      await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
      await press(page, 'f');
      await expect(page.getByTestId('current-empty')).toBeVisible();

      await press(page, 'b');
      await expect(page.getByTestId('counter-on-break')).toBeVisible();
      await expect(tv.getByTestId('display-break')).toHaveCount(1);
      // Let the "on break" toast go, so the picture is the screen as it stays.
      await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 10_000 });
      await page.screenshot({ path: `${SHOTS}/counter-on-break-${locale}.png` });
      await press(page, 'Space');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/counter-break-ask-${locale}.png` });
      await tv.getByTestId('display-enable-sound').click();
      await tv.screenshot({ path: `${SHOTS}/display-break-${locale}-1366x768.png` });
      await context.close();
      await tv.context().close();
    } finally {
      await station.stop();
    }
  });
}
