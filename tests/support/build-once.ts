import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Playwright's global setup for both suites: builds the whole app (`npm run build`: main, preload, the
 * station server and the renderer into out/), which every test loads, unless `npm test` has just built
 * it (it sets FRONTDESK_PREBUILT=1 after its build step). The tests' workers inherit the variable, so
 * they start the built station server (tests/support/station-process.ts).
 */
export default function globalSetup(): void {
  if (process.env.FRONTDESK_PREBUILT === '1') return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  process.env.FRONTDESK_PREBUILT = '1';
}
