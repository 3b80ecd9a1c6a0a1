import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { startStationProcess, type StationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { apiCode, callOp, pairTv, recordSpeech, spoken, staffToken } from './display-pages.ts';

/**
 * The queue display: an admin shows a pairing code, a TV browser pairs with it and shows the queue; a
 * counter's call appears large, flashes and is spoken (speechSynthesis replaced by a recorder); the TV
 * says so while the station is gone and is right again once it is back; it may not call staff ops.
 */

const SHOTS = '/tmp/shots';

test('an admin pairs a TV with a code; the TV shows the call large, flashes, and speaks it', async ({
  page,
  browser,
  request,
  demoStation,
}) => {
  const url = demoStation.url;
  const watch = watchConsole(page);
  await page.goto(url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${url}#/settings/displays`);
  await expect(page.getByTestId('display-lan-off')).toBeVisible();
  await page.getByTestId('pair-display').click();
  const shown = page.getByTestId('pairing-code-shown');
  await expect(shown).toBeVisible();
  await expect(page.getByTestId('pairing-code-expiry')).toContainText(/10:00|9:5\d/);
  const code = (await shown.getAttribute('data-code')) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/display-settings-code-en.png` });

  // A wrong code first: refused on the code field, nothing paired.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  const tv = await context.newPage();
  const tvWatch = watchConsole(tv);
  await recordSpeech(tv);
  await tv.goto(`${url}#/display`);
  await tv.getByTestId('display-pairing').locator('input').first().click();
  await tv.keyboard.type(code === '000000' ? '000001' : '000000');
  await tv.getByRole('textbox', { name: 'Name of this display' }).fill('Lobby TV');
  await tv.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(tv.getByText(/That code is wrong or has expired\. 4 more wrong tries/)).toBeVisible();

  await tv.getByTestId('display-pairing').locator('input').first().click();
  await tv.keyboard.type(code);
  await tv.getByRole('button', { name: 'Pair', exact: true }).click();
  const display = tv.getByTestId('queue-display');
  await expect(display).toBeVisible();
  await expect(tv.getByTestId('display-store')).toContainText('Demo Phone Repair');
  await expect(tv.getByTestId('display-services').getByTestId('display-service')).toHaveCount(3);
  // The admin's code closes by itself once the TV is paired, and the TV is listed.
  await expect(shown).toBeHidden();
  await expect(page.getByTestId('paired-display')).toContainText('Lobby TV');

  // Typing the code was a tap on the page, so sound may play; a TV that starts up paired (reloaded)
  // asks for one tap first.
  await expect(tv.getByTestId('display-enable-sound')).toHaveCount(0);
  await tv.reload();
  await expect(tv.getByTestId('queue-display')).toBeVisible();
  await tv.getByTestId('display-enable-sound').click();
  await expect(tv.getByTestId('display-enable-sound')).toHaveCount(0);

  // Speak both languages, twice; then a counter calls A001 and, right after, A002.
  const admin = await staffToken(request, url, 1, '1111');
  await callOp(
    request,
    url,
    'store.settings.update',
    { voiceLanguages: 'both', voiceRepeat: 2, voiceVolume: 60, displayNotice: 'Missed numbers must take a new one.' },
    admin,
  );
  await expect(tv.getByTestId('display-notice')).toHaveText('Missed numbers must take a new one.');
  const reception = await staffToken(request, url, 3, '3333');
  await callOp(request, url, 'queue.counters.open', { counterId: 2 }, reception);
  await callOp(request, url, 'queue.issue', { serviceId: 1, print: false }, reception);
  await callOp(request, url, 'queue.issue', { serviceId: 1, print: false }, reception);
  await expect(tv.getByTestId('display-service').first()).toContainText('2 waiting');
  await callOp(request, url, 'queue.callNext', { counterId: 2 }, reception);
  await expect(tv.getByTestId('display-current-number')).toHaveText('A001');
  await expect(tv.getByTestId('display-current-counter')).toHaveText('Please go to Counter 2');
  await expect(tv.getByTestId('display-current')).toHaveAttribute('data-flash', 'true');
  await callOp(request, url, 'queue.callNext', { counterId: 2 }, reception);
  await expect(tv.getByTestId('display-current-number')).toHaveText('A002');
  await expect(tv.getByTestId('display-recent-row').first()).toContainText('A001');
  await expect(tv.getByTestId('display-recent-row').first()).toContainText('Counter 2');

  // Digit by digit, at the volume set: A001 is "A 零 零 一", "A zero zero one".
  const digits = { A001: ['零 零 一', 'zero zero one'], A002: ['零 零 二', 'zero zero two'] } as const;
  const zh = (n: 'A001' | 'A002') => ({ text: `请 A ${digits[n][0]} 号 到 2号窗口`, lang: 'zh-CN', voice: 'Test Mandarin', volume: 0.6 });
  const en = (n: 'A001' | 'A002') => ({
    text: `Number A ${digits[n][1]}, please go to Counter 2`,
    lang: 'en-US',
    voice: 'Test English',
    volume: 0.6,
  });
  await expect.poll(async () => (await spoken(tv)).length, { timeout: 20_000 }).toBe(8);
  const said = await spoken(tv);
  expect(said.map(({ text, lang, voice, volume }) => ({ text, lang, voice, volume }))).toEqual([
    zh('A001'),
    en('A001'),
    zh('A001'),
    en('A001'),
    zh('A002'),
    en('A002'),
    zh('A002'),
    en('A002'),
  ]);
  // One at a time: each starts after the one before has ended (A002's waited for A001's chime and words).
  for (let i = 1; i < said.length; i++) expect(said[i]!.start, `utterance ${i}`).toBeGreaterThanOrEqual(said[i - 1]!.end);

  // The TV holds a display token, not a session: staff operations are refused.
  const refused = await tv.evaluate(async () => {
    const token = localStorage.getItem('frontdesk.displayToken');
    const res = await fetch('./api/queue.callNext', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ counterId: 2 }),
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  });
  expect(refused).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });

  // Revoked in Settings, the TV goes back to the pairing screen.
  await page.getByTestId('paired-display').getByRole('button', { name: 'Remove' }).click();
  await page.getByTestId('confirm-revoke').click();
  await expect(page.getByText('“Lobby TV” was removed.')).toBeVisible();
  await expect(tv.getByTestId('display-pairing')).toBeVisible();
  await expect(tv.getByText('This display was removed by an admin.')).toBeVisible();
  expect(watch.problems).toEqual([]);
  expect(tvWatch.problems).toEqual([]);
  await context.close();
});

test('the display says it is reconnecting while the station is down, and is right again once it is back', async ({ browser, request }) => {
  let station: StationProcess = await startStationProcess({ args: ['--demo', '--locale', 'en'] });
  try {
    const url = station.url;
    const port = new URL(url).port;
    const admin = await staffToken(request, url, 1, '1111');
    const tv = await pairTv(browser, url, await apiCode(request, url, admin));
    await expect(tv.getByTestId('display-reconnecting')).toHaveCount(0);

    await station.stop();
    await expect(tv.getByTestId('display-reconnecting')).toBeVisible();
    await expect(tv.getByTestId('display-reconnecting')).toHaveText('Reconnecting to the station…');

    // A real outage: long enough for the retries to back off as far as they go.
    await tv.waitForTimeout(12_000);
    // Back on the same port and store: the TV finds it again within 3 s.
    station = await startStationProcess({ dataDir: station.dataDir, args: ['--port', port] });
    await expect(tv.getByTestId('display-reconnecting')).toHaveCount(0, { timeout: 3_000 });

    // A number called now reaches it.
    const reception = await staffToken(request, url, 3, '3333');
    await callOp(request, url, 'queue.counters.open', { counterId: 1 }, reception);
    await callOp(request, url, 'queue.issue', { serviceId: 3, print: false }, reception);
    await callOp(request, url, 'queue.callNext', { counterId: 1 }, reception);
    await expect(tv.getByTestId('display-current-number')).toHaveText('C001');
    await expect(tv.getByTestId('display-current-counter')).toHaveText('Please go to Counter 1');
    await tv.context().close();
  } finally {
    await station.stop();
  }
});

/** Fills a station with a busy morning: customers' numbers, several calls, a notice. */
async function busyMorning(request: APIRequestContext, url: string, notice: string): Promise<void> {
  const admin = await staffToken(request, url, 1, '1111');
  const reception = await staffToken(request, url, 3, '3333');
  await callOp(request, url, 'store.settings.update', { displayNotice: notice }, admin);
  for (const counterId of [1, 2, 3])
    await callOp(
      request,
      url,
      'queue.counters.open',
      { counterId },
      counterId === 1 ? admin : counterId === 2 ? reception : await staffToken(request, url, 2, '2222'),
    );
  const customers = await callOp<{ id: number }[]>(request, url, 'customers.search', { q: '', limit: 10 }, reception);
  const issue = (serviceId: number, i: number) =>
    callOp(
      request,
      url,
      'queue.issue',
      // The demo's few customers come back for more than one number (and may have bookings today): confirmed.
      { serviceId, customerId: customers[i % Math.max(1, customers.length)]?.id ?? null, print: false, confirmDuplicate: true },
      reception,
    );
  for (let i = 0; i < 12; i++) await issue(1, i);
  for (let i = 0; i < 5; i++) await issue(2, i + 3);
  for (let i = 0; i < 4; i++) await issue(3, i + 5);
  const counterTokens: Record<number, string> = { 1: admin, 2: reception, 3: await staffToken(request, url, 2, '2222') };
  for (const counterId of [1, 2, 3, 2, 1, 3, 2, 1]) await callOp(request, url, 'queue.callNext', { counterId }, counterTokens[counterId]!);
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`screenshots of the display in ${locale} at 1920x1080 and 1280x720`, async ({ browser, request }) => {
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const admin = await staffToken(request, url, 1, '1111');
      await busyMorning(
        request,
        url,
        locale === 'zh-CN'
          ? '过号无效，请您重新取号。维修完成的设备请凭取件单到 2号窗口 领取，谢谢合作！'
          : 'Missed numbers must take a new one. Finished repairs are collected at Counter 2 with your ticket.',
      );
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
      ]) {
        const tv = await pairTv(browser, url, await apiCode(request, url, admin), size);
        await tv.getByTestId('display-enable-sound').click();
        await expect(tv.getByTestId('display-current-number')).toHaveText(/^[ABC]\d{3}$/);
        await expect(tv.getByTestId('display-recent-row')).toHaveCount(6);
        await expect(tv.getByTestId('display-current')).not.toHaveAttribute('data-flash', 'true', { timeout: 10_000 }); // the picture without the flash
        await tv.screenshot({ path: `${SHOTS}/display-${locale}-${size.width}x${size.height}.png` });
        await tv.context().close();
      }
      // The sound overlay a TV browser shows first.
      const tv = await pairTv(browser, url, await apiCode(request, url, admin), { width: 1280, height: 720 });
      await expect(tv.getByTestId('display-enable-sound')).toBeVisible();
      await tv.screenshot({ path: `${SHOTS}/display-${locale}-tap-for-sound.png` });
      await tv.context().close();
    } finally {
      await station.stop();
    }
  });
}

test('Settings › Displays says which voice each language uses; screenshots in en and zh-CN, and of the pairing screen', async ({
  page,
  browser,
  request,
  demoStation,
}) => {
  const url = demoStation.url;
  const admin = await staffToken(request, url, 1, '1111');
  await callOp(request, url, 'display.pair', { code: await apiCode(request, url, admin), name: 'Lobby TV' }, null);
  await recordSpeech(page);
  await page.goto(url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${url}#/settings/displays`);
  await expect(page.getByTestId('voice-zh-CN')).toContainText('Chinese: Test Mandarin (zh-CN)');
  await expect(page.getByTestId('voice-en')).toContainText('English: Test English (en-US)');
  await expect(page.getByTestId('paired-display')).toContainText('Lobby TV');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/display-settings-en.png`, fullPage: true });
  await page.getByTestId('test-voice').click();
  // An English store speaks English until an admin chooses otherwise; the test plays it as set (twice, full volume).
  const sample = { text: 'Number A zero one two, please go to Counter 2', volume: 1 };
  await expect.poll(async () => (await spoken(page)).map(({ text, volume }) => ({ text, volume }))).toEqual([sample, sample]);

  await page.evaluate(() => localStorage.setItem('frontdesk.language', 'zh-CN'));
  await page.reload();
  await expect(page.getByTestId('voice-zh-CN')).toContainText('中文：Test Mandarin (zh-CN)');
  await page.screenshot({ path: `${SHOTS}/display-settings-zh-CN.png`, fullPage: true });

  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const tv = await context.newPage();
  await tv.goto(`${url}#/display`);
  await expect(tv.getByTestId('display-pairing')).toBeVisible();
  await tv.screenshot({ path: `${SHOTS}/display-pairing-en.png` });
  await context.close();
});
