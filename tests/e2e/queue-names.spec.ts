import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startStationProcess } from '../support/station-process.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { openScreen } from './queue-pages.ts';

const SHOTS = '/tmp/shots';

/** Adds service D named in one language only, after trying to save it with no name at all. */
async function addServiceNamedOnce(
  page: Page,
  words: Record<'add' | 'dialog' | 'letter' | 'zh' | 'en' | 'save' | 'error', string>,
  name: { zh: string; en: string },
  shot: string,
) {
  await page.getByRole('button', { name: words.add }).click();
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.getByRole('textbox', { name: words.letter }).fill('d');
  await dialog.getByRole('textbox', { name: words.zh }).fill('');
  await dialog.getByRole('textbox', { name: words.en }).fill('');
  await dialog.getByRole('button', { name: words.save }).click();
  // Both fields say one name is enough; nothing was saved.
  await expect(dialog.getByText(words.error)).toHaveCount(2);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/queue-name-required-${shot}.png` });
  await dialog.getByRole('textbox', { name: words.zh }).fill(name.zh);
  await dialog.getByRole('textbox', { name: words.en }).fill(name.en);
  await dialog.getByRole('button', { name: words.save }).click();
  await expect(dialog).toBeHidden();
}

test('a service named only in Chinese saves, and the English console shows its Chinese name on reception', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/queue`);
  await addServiceNamedOnce(
    page,
    {
      add: 'Add service',
      dialog: 'Add a service',
      letter: 'Letter',
      zh: 'Name in Chinese',
      en: 'Name in English',
      save: 'Save',
      error: 'Enter the name in Chinese or in English (one is enough).',
    },
    { zh: '贴膜', en: '' },
    'en',
  );
  await expect(page.getByTestId('service-row').filter({ hasText: '贴膜' })).toHaveCount(1);

  await openScreen(page, /Reception/);
  const tile = page.getByTestId('service-tile').filter({ hasText: '贴膜' });
  await expect(tile).toHaveCount(1);
  await tile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/queue-name-fallback-reception-en.png` });
  expect(watch.problems).toEqual([]);
});

test('a service named only in English, in the Chinese console: the refusal and the reception tile', async ({ page }) => {
  const station = await startStationProcess({ args: ['--demo', '--locale', 'zh-CN'] });
  try {
    const watch = watchConsole(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(station.url);
    await signIn(page, '王店长', '1111');
    await page.goto(`${station.url}#/settings/queue`);
    await addServiceNamedOnce(
      page,
      {
        add: '添加业务',
        dialog: '添加业务',
        letter: '字母',
        zh: '中文名称',
        en: '英文名称',
        save: '保存',
        error: '请填写中文或英文名称（填一个即可）。',
      },
      { zh: '', en: 'Screen film' },
      'zh-CN',
    );
    await openScreen(page, /接待/);
    const tile = page.getByTestId('service-tile').filter({ hasText: 'Screen film' });
    await expect(tile).toHaveCount(1);
    await tile.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/queue-name-fallback-reception-zh-CN.png` });
    expect(watch.problems).toEqual([]);
  } finally {
    await station.stop();
  }
});
