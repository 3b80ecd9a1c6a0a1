import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Builds what the tests load: the whole app (`npm run build`) where Electron can run it; otherwise only
 * main and preload, which the build checks read without launching anything.
 */
export default function globalSetup(): void {
  if (electronBinary()) run('npm', ['run', 'build', '--silent']);
  else run(process.execPath, [fileURLToPath(new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), 'build', '--ignoreConfigWarning', '--logLevel', 'warn']);
}
