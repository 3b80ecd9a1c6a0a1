import fs from 'node:fs';
import { startStationProcess } from '../support/station-process.ts';
import { settled } from './cashier-pages.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { callOp, staffToken } from './display-pages.ts';
import { test, expect } from './fixtures.ts';

/**
 * Reminders in the console, in both languages. A receptionist sets a call-back from a customer's page.
 * A wake-up call falls due a few seconds later: the station's alarm tells the console, which shows it on
 * whatever screen is open until someone takes it; "no answer" (the shop allows one try here) escalates
 * it to the duty manager in red; "done" closes it and the alert goes.
 */

const SHOTS = '/tmp/shots-reminders';

interface Listed {
  kind: string;
  note: string;
  customerName: string | null;
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`a reminder falls due on every screen, escalates after its tries and is done (${locale})`, async ({ page, request }) => {
    test.setTimeout(90_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const zh = locale === 'zh-CN';
    const station = await startStationProcess({ args: ['--demo', '--locale', locale] });
    try {
      const url = station.url;
      const watch = watchConsole(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      if (zh) await page.getByText('中文', { exact: true }).click();
      await signIn(page, zh ? '张前台' : 'Riley Reception', '3333');

      // A call-back set from a customer's page, for tomorrow at 10:00.
      await page.keyboard.press('F4');
      await page.getByTestId('customer-row').first().click();
      const customer = (await page.getByTestId('customer-name').textContent()) ?? '';
      await page.getByTestId('remind-me').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: zh ? '明天 10:00' : 'Tomorrow 10:00' }).click();
      await dialog.getByTestId('reminder-note').fill(zh ? '告知新屏幕报价' : 'the quote for the new screen');
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/set-${locale}.png` });
      await dialog.getByTestId('reminder-save').click();
      await expect(dialog).toBeHidden();
      const admin = await staffToken(request, url, 1, '1111');
      const day = 86_400_000;
      const listed = await callOp<Listed[]>(
        request,
        url,
        'reminders.list',
        { from: new Date(Date.now()).toISOString(), to: new Date(Date.now() + 2 * day).toISOString() },
        admin,
      );
      expect(listed).toEqual([expect.objectContaining({ kind: 'callback', customerName: customer })]);

      // A wake-up call due in two seconds; this shop escalates after one unanswered try.
      await callOp(request, url, 'reminders.settings.set', { attemptLimit: 1 }, admin);
      await callOp(
        request,
        url,
        'reminders.create',
        {
          kind: 'wakeUp',
          concerns: { room: '302' },
          dueAt: new Date(Date.now() + 2_000).toISOString(),
          note: zh ? '赶早班飞机' : 'early flight',
        },
        admin,
      );
      await page.keyboard.press('F2');
      const alerts = page.getByTestId('reminder-alerts');
      await expect(alerts).toBeVisible({ timeout: 15_000 });
      const alert = alerts.getByTestId('reminder-alert');
      await expect(alert).toContainText(zh ? '叫醒服务' : 'Wake-up call');
      await expect(alert.getByTestId('reminder-whom')).toHaveText(zh ? '302 房间' : 'Room 302');
      await settled(page);
      await page.screenshot({ path: `${SHOTS}/due-${locale}.png` });

      await alert.getByTestId('reminder-take').click();
      await alert.getByTestId('reminder-no-answer').click();
      await expect(alert).toContainText(zh ? '已上报值班经理' : 'Escalated to the duty manager');
      await expect(alert).toContainText(zh ? '已 1 次无人应答' : 'No answer 1 time');
      await page.screenshot({ path: `${SHOTS}/escalated-${locale}.png` });
      await alert.getByTestId('reminder-done').click();
      await expect(alerts).toBeHidden();
      expect(watch.problems).toEqual([]);
    } finally {
      await station.stop();
    }
  });
}
