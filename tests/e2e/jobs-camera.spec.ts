import { signIn, watchConsole } from './console-pages.ts';
import { test, expect } from './fixtures.ts';
import { sign } from './job-pages.ts';
import { call } from './queue-pages.ts';

/**
 * The condition check's photos from a webcam (getUserMedia): Chromium's fake camera stands in for the
 * desk's, so the whole path runs: the camera button appears because a camera is there, the live picture
 * plays, "Take" grabs a frame as a JPEG, and the photo reaches the job once it is saved.
 */

test.slow();
test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

test('a photo of the screen taken with the webcam is kept on the job as a JPEG', async ({ page, demoStation }) => {
  const watch = watchConsole(page);
  const url = demoStation.url;
  await page.goto(url);
  await signIn(page, 'Riley Reception', '3333');
  await page.goto(`${url}#/jobs/new`);
  await expect(page.getByRole('heading', { name: 'Take an item in' })).toBeVisible();
  await page.keyboard.type('0104');
  await expect(page.getByTestId('customer-option')).toContainText('Pat Kim');
  await page.keyboard.press('Enter');
  await page.getByTestId('asset-select').click();
  await page.getByRole('option', { name: /Pixel 8/ }).click();
  await page.getByTestId('intake-fault').fill('The screen flickers');

  const screen = page.getByTestId('condition-screen');
  await page.getByTestId('photo-screen-camera').click();
  const dialog = page.getByRole('dialog');
  const video = dialog.locator('video');
  await expect.poll(() => video.evaluate((v) => (v as unknown as { videoWidth: number }).videoWidth)).toBeGreaterThan(0);
  await dialog.getByTestId('camera-take').click();
  await expect(screen.getByRole('img', { name: 'Photo 1' })).toBeVisible();
  await expect(screen.getByRole('img', { name: 'Photo 1' })).toHaveAttribute('src', /^data:image\/jpeg;base64,/);

  await page.getByTestId('condition-rest-ok').click();
  await sign(page);
  await page.getByTestId('intake-save').click();
  const number = page.getByTestId('intake-job-number');
  await expect(number).toBeVisible();
  const saved = await call<{ id: number }>(page, url, 'jobs.byNumber', { number: (await number.textContent())! });
  await expect
    .poll(async () =>
      (
        await call<{ media: { kind: string; conditionKey: string | null; mime: string }[] }>(page, url, 'jobs.get', { jobId: saved.id })
      ).media.filter((m) => m.kind === 'photo'),
    )
    .toEqual([expect.objectContaining({ conditionKey: 'screen', mime: 'image/jpeg' })]);
  expect(watch.problems).toEqual([]);
});
