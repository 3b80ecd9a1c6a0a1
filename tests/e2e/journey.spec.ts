import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { apiCode, pairTv, spoken, staffToken } from './display-pages.ts';
import { openScreen, routeQueueSlips, slipText } from './queue-pages.ts';
import { startFakePrinter } from '../integration/print-fake-printer.ts';

/**
 * The whole front of the desk in one thread, through the screens staff and customers really use: a
 * walk-in takes a number at reception (one key), the slip prints on a network printer (read back
 * from a loopback one), a counter calls it from the keyboard, and the paired TV shows and speaks it.
 */
test('a walk-in takes a number, the slip prints, a counter calls it, and the TV shows and speaks it', async ({
  page,
  browser,
  request,
  demoStation,
}) => {
  const url = demoStation.url;
  const watch = watchConsole(page);
  const printer = await startFakePrinter('status');
  try {
    await page.goto(url);
    await signIn(page, 'Alex Owner', '1111');
    await routeQueueSlips(page, url, printer);

    const tv = await pairTv(browser, url, await apiCode(request, url, await staffToken(request, url, 1, '1111')));
    await tv.getByTestId('display-enable-sound').click();
    await expect(tv.getByTestId('display-service').first()).toContainText('0 waiting');

    // Reception: the letter key issues the number; the slip comes out of the printer.
    await openScreen(page, /Reception/);
    await page.keyboard.press('a');
    await expect(page.getByTestId('issued-number')).toHaveText('A001');
    const slip = slipText((await printer.nextJob(15_000)).bytes);
    expect(slip).toContain('A001');
    expect(slip).toContain('Repair intake');
    expect(slip).toContain('You are next');
    expect(slip).toContain('A missed number must take a new one');
    await expect(tv.getByTestId('display-service').first()).toContainText('1 waiting');

    // The counter: sit at Counter 1 and call the next number with Space.
    await openScreen(page, /Queue/);
    await page.getByTestId('counter-choice').filter({ hasText: 'Counter 1' }).click();
    await expect(page.getByTestId('counter-name')).toHaveText('Counter 1');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('current-number')).toHaveText('A001');

    // The TV: the number large with its counter, and the call spoken in the store's language.
    await expect(tv.getByTestId('display-current-number')).toHaveText('A001');
    await expect(tv.getByTestId('display-current-counter')).toHaveText('Please go to Counter 1');
    await expect
      .poll(async () => (await spoken(tv)).map((s) => s.text), { timeout: 15_000 })
      .toContain('Number A zero zero one, please go to Counter 1');
    await expect(tv.getByTestId('display-service').first()).toContainText('0 waiting');
    expect(watch.problems).toEqual([]);
    await tv.context().close();
  } finally {
    await printer.close();
  }
});
