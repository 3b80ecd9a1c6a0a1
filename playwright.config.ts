import { defineConfig } from '@playwright/test';

/** End-to-end tests drive Debian's Chromium against real station servers (see tests/e2e/fixtures.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/support/build-once.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.test-output/playwright.json' }]] : [['list']],
  outputDir: '.test-output/playwright',
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 800 },
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
  },
});
