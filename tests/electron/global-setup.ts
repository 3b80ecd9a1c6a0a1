import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the whole app (`npm run build`: main, preload and renderer into out/), which every test here
 * loads, unless `npm test` has just built it (it sets FRONTDESK_PREBUILT=1 after its build step).
 */
export default function globalSetup(): void {
  if (process.env.FRONTDESK_PREBUILT === '1') return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
