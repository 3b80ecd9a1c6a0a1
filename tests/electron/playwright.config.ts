import { defineConfig } from '@playwright/test';

/**
 * The Electron shell's tests: `npx playwright test -c tests/electron`. app.spec.ts launches the built
 * app with `_electron.launch` and reports itself skipped, with the reason, where Electron's binary or a
 * display is missing. built-shell.spec.ts (the preload in a sandbox-like context, what gets packaged)
 * and main-wiring.spec.ts (the built main on a stand-in for Electron's API) run everywhere.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: '../support/build-once.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./skip-reasons.ts']],
  outputDir: '../../.test-output/electron',
});
