import { expect, type Page } from '@playwright/test';

/**
 * Page helpers shared by the console's end-to-end specs. Every helper acts as a person at the desk
 * would (click a tile, type the PIN) and waits for what they would see.
 */

/** Fails the test on any i18n key missing from the catalogues, or an uncaught page error. */
export function watchConsole(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('[i18n] missing key')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}

export function staffTile(page: Page, name: string) {
  return page.getByTestId('staff-tile').filter({ hasText: name });
}

/** Picks a staff tile and types the PIN on the keyboard, then Enter. */
export async function enterPin(page: Page, name: string, pin: string): Promise<void> {
  await staffTile(page, name).click();
  await expect(page.getByText(new RegExp(`PIN for ${name}|${name} 的 PIN 码`))).toBeVisible();
  // Keys typed in the instant the pad appears can arrive before it listens (seen under load): clear
  // and type again until every digit shows.
  await expect(async () => {
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(pin);
    await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', String(pin.length), { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await enterPin(page, name, pin);
  await expect(page.getByTestId('current-staff')).toContainText(name);
}

export function header(page: Page) {
  return page.getByTestId('console-header');
}

export function nav(page: Page) {
  return page.getByRole('navigation');
}
