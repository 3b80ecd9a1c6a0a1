import { test, expect } from './fixtures.ts';
import { signIn } from './console-pages.ts';

test('a change made at another counter shows up on screen without a reload', async ({ page, request, demoStation }) => {
  await page.goto(demoStation.url);
  await signIn(page, 'Alex Owner', '1111');
  await page.goto(`${demoStation.url}#/settings/staff`);
  await expect(page.getByTestId('staff-row')).toHaveCount(5);

  // A second counter (another session on the same station) adds a staff member.
  const signedIn = await request.post(`${demoStation.url}api/auth.signIn`, { data: { staffId: 1, pin: '1111' } });
  expect(signedIn.ok()).toBe(true);
  const { token } = (await signedIn.json()) as { token: string };
  const created = await request.post(`${demoStation.url}api/staff.create`, {
    data: { name: 'Jordan Second Counter', role: 'reception', pin: '8642' },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(created.ok()).toBe(true);

  await expect(page.getByTestId('staff-row').filter({ hasText: 'Jordan Second Counter' })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByTestId('staff-row')).toHaveCount(6);
});
