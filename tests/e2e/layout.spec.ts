import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { apiCode, pairTv, staffToken } from './display-pages.ts';
import { checkScreen, checkToast } from './layout-pages.ts';
import { call, openScreen, serviceByPrefix } from './queue-pages.ts';
import { prepareDeskDay } from './reception-pages.ts';
import { refusedPort } from '../integration/print-fake-printer.ts';
import { startStationProcess } from '../support/station-process.ts';

const SETTINGS_TABS = ['profile', 'staff', 'security', 'backups', 'queue', 'displays', 'printers', 'station', 'myPin'];

/**
 * Every main screen at 1366×768 (the desk's laptop) in both languages, on a busy demo morning: no
 * button, badge, tab or label is cut off ("Start servin") and no short text breaks over two lines
 * ("约 40 分/钟"). Screenshots go to .test-output/layout/ to be looked at.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test(`at 1366x768 in ${locale} no label is cut off or broken: reception, counter, display, appointments, customers, settings, audit`, async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    const zh = locale === 'zh-CN';
    const station = await startStationProcess({ args: ['--demo', '--locale', locale], timeoutMs: 60_000 });
    try {
      const url = station.url;
      const watch = watchConsole(page);
      await prepareDeskDay(url, zh ? ['李四', '赵六', '孙七'] : ['Sam Patel', 'Pat Kim', 'Drew Garcia'], { tomorrow: true });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await page.evaluate((lng) => localStorage.setItem('frontdesk.language', lng), locale);
      await page.goto(url);
      await signIn(page, zh ? '王店长' : 'Alex Owner', '1111');

      // A queue with people in it, so the waits are real figures; and a printer that is off.
      for (const prefix of ['A', 'A', 'A', 'B', 'C', 'C']) {
        const service = await serviceByPrefix(page, url, prefix);
        await call(page, url, 'queue.issue', { serviceId: service.id, print: false });
      }
      const printer = await call<{ id: number }>(page, url, 'print.printers.save', {
        connection: 'network',
        name: zh ? '前台小票机' : 'Desk slip printer',
        host: '127.0.0.1',
        port: await refusedPort(),
        paper: '80mm',
      });
      await call(page, url, 'print.testPage', { printerId: printer.id });

      // Reception: the tiles with their waits, then a number issued.
      await openScreen(page, zh ? /接待/ : /Reception/);
      await expect(page.getByTestId('service-tile')).toHaveCount(3);
      await expect(page.getByTestId('appointment-row')).toHaveCount(3);
      await checkScreen(page, `reception-${locale}`);
      await page.keyboard.press('b');
      await expect(page.getByTestId('issued-panel')).toBeVisible();
      // The printer is off: the desk says why, in its language.
      await expect(page.getByTestId('print-status-reason')).toHaveText(
        zh
          ? '打印机拒绝连接。请检查打印机是否开机、端口是否正确。'
          : 'The printer refused the connection. Is it switched on, and is the port right?',
      );
      await checkScreen(page, `reception-issued-${locale}`);
      await page
        .getByTestId('issued-panel')
        .getByRole('button', { name: zh ? '补打小票' : 'Reprint' })
        .click();
      await checkToast(page, zh ? /重新发送/ : /again/, `reception-toast-${locale}`);

      // The counter: choose one, call the next number, start serving it.
      await openScreen(page, zh ? /排队叫号/ : /Queue/);
      await expect(page.getByTestId('counter-choice').first()).toBeVisible();
      await checkScreen(page, `counter-picker-${locale}`);
      await page.getByTestId('counter-choice').first().click();
      await expect(page.getByTestId('counter-name')).toBeVisible();
      await checkScreen(page, `counter-${locale}`);
      await page.keyboard.press('Space');
      await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'called');
      await checkScreen(page, `counter-called-${locale}`);
      await page.keyboard.press('r');
      await checkToast(page, zh ? /已重呼/ : /called again/, `counter-toast-${locale}`);
      await page.keyboard.press('s');
      await expect(page.getByTestId('current-ticket')).toHaveAttribute('data-status', 'serving');
      await checkScreen(page, `counter-serving-${locale}`);

      // Appointments: the day by service and by counter, the week, tomorrow's confirmations, the calendar.
      await openScreen(page, zh ? /预约/ : /Appointments/);
      await expect(page.getByTestId('booking-card').first()).toBeVisible();
      await checkScreen(page, `appointments-day-${locale}`);
      await page.getByText(zh ? '按窗口' : 'Counters', { exact: true }).click();
      await expect(page.getByTestId('day-column').first()).toBeVisible();
      await checkScreen(page, `appointments-day-counters-${locale}`);
      await page.getByRole('tab', { name: zh ? '周视图' : 'Week' }).click();
      await expect(page.getByTestId('week-view')).toBeVisible();
      await checkScreen(page, `appointments-week-${locale}`);
      await page.getByRole('tab', { name: zh ? '明日预约确认' : "Tomorrow's confirmations" }).click();
      await expect(page.getByTestId('confirmation-row').first()).toBeVisible();
      await checkScreen(page, `appointments-confirmations-${locale}`);
      await page.getByRole('tab', { name: zh ? '日视图' : 'Day' }).click();
      await page.getByTestId('date-picker').click();
      await expect(page.locator('.mantine-DatePickerInput-calendarHeaderLevel')).toHaveText(
        zh ? /^\d{4}年\d{1,2}月$/ : /^[A-Z][a-z]+ \d{4}$/,
      );
      await checkScreen(page, `appointments-calendar-${locale}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      await expect(page.getByTestId('slot-picker')).toBeVisible();
      await checkScreen(page, `appointments-book-${locale}`);
      await expect(async () => {
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('slot-picker')).toBeHidden({ timeout: 1_000 });
      }).toPass();

      // Customers: the list and a customer's page.
      await openScreen(page, zh ? /顾客/ : /Customers/);
      await expect(page.getByTestId('customer-row').first()).toBeVisible();
      await checkScreen(page, `customers-${locale}`);
      await page.getByTestId('customer-row').first().click();
      await expect(page.getByTestId('customer-name')).toBeVisible();
      await checkScreen(page, `customer-page-${locale}`);

      // Every settings tab; the printers tab with the printer that is off among its problems.
      for (const tab of SETTINGS_TABS) {
        await page.goto(`${url}#/settings/${tab}`);
        await expect(page.getByRole('tab', { selected: true })).toBeVisible();
        if (tab === 'backups') await expect(page.getByTestId('backup-list')).toBeVisible();
        await checkScreen(page, `settings-${tab}-${locale}`);
        if (tab === 'printers') {
          await page.getByText(zh ? /^打印问题/ : /^Print problems/).click();
          await expect(page.getByTestId('print-problem').first()).toBeVisible();
          // The reason in the console's language, never the station's English detail.
          await expect(page.getByTestId('print-problem-reason').first()).toHaveText(
            zh
              ? '打印机拒绝连接。请检查打印机是否开机、端口是否正确。'
              : 'The printer refused the connection. Is it switched on, and is the port right?',
          );
          await expect(page.getByTestId('print-problem').first()).not.toContainText('127.0.0.1');
          await checkScreen(page, `settings-print-problems-${locale}`);
        }
      }

      // The audit log, a row opened, and its calendar.
      await page.goto(`${url}#/audit`);
      await expect(page.getByTestId('audit-row').first()).toBeVisible();
      await page.getByTestId('audit-row').first().click();
      await expect(page.getByTestId('audit-diff')).toBeVisible();
      await checkScreen(page, `audit-${locale}`);
      await page.getByRole('button', { name: zh ? '日期' : 'Dates' }).click();
      await expect(page.locator('.mantine-DatePickerInput-calendarHeaderLevel')).toHaveText(
        zh ? /^\d{4}年\d{1,2}月$/ : /^[A-Z][a-z]+ \d{4}$/,
      );
      await checkScreen(page, `audit-calendar-${locale}`);
      expect(watch.problems).toEqual([]);

      // The queue display on a TV of the same size.
      const admin = await staffToken(request, url, 1, '1111');
      const tv = await pairTv(browser, url, await apiCode(request, url, admin), { width: 1366, height: 768 });
      await tv.getByTestId('display-enable-sound').click();
      await expect(tv.getByTestId('display-service').first()).toBeVisible();
      await checkScreen(tv, `display-${locale}`);
      await tv.context().close();
    } finally {
      await station.stop();
    }
  });
}
