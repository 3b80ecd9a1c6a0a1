// `npm start [-- --demo --data-dir DIR ...]`: builds and launches the Electron app. Where Electron's
// binary is not on this machine (an offline install), says so in one line and runs the station server
// instead, which prints the URL to open in a browser. Ctrl+C stops either one cleanly.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Runs `npm run <script>` in the project, output visible; resolves with its exit code. */
function npmRun(script) {
  const npmCli = process.env.npm_execpath;
  const child = npmCli
    ? spawn(process.execPath, [npmCli, 'run', script, '--silent'], { cwd: root, stdio: 'inherit' })
    : spawn('npm', ['run', script, '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Runs a long-lived child with our stdio; Ctrl+C and SIGTERM reach it, and we leave with its code. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`);
    process.exit(1);
  });
}

async function main() {
  const binary = electronBinary();
  if (binary) {
    const built = await npmRun('build');
    if (built !== 0) process.exit(built);
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runForeground(binary, ['.', ...args], env);
    return;
  }
  console.log(
    "Electron's binary is not available on this machine, so Frontdesk starts the station server instead (open the URL below in a browser).",
  );
  const built = await npmRun('build:renderer');
  if (built !== 0) process.exit(built);
  runForeground(process.execPath, ['--import', 'tsx', path.join(root, 'electron/core/server/cli.ts'), ...args]);
}

await main();
