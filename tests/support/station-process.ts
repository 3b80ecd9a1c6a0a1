import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StationProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

function tempDataDir(prefix = 'frontdesk-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * The station server to start: the built one (out/main/station.js) once `npm test` or Playwright's
 * global setup has built the app, which starts in about a second; else its source under tsx.
 */
function stationEntry(): string[] {
  if (process.env.FRONTDESK_PREBUILT === '1') return [path.join(ROOT, 'out/main/station.js')];
  return ['--import', 'tsx', path.join(ROOT, 'electron/core/server/cli.ts')];
}

/**
 * Starts the real station server on a free port with its own data directory, and resolves once it
 * prints its URL. The renderer must be built (out/renderer).
 */
export async function startStationProcess(
  options: { dataDir?: string; args?: string[]; timeoutMs?: number } = {},
): Promise<StationProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [...stationEntry(), '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FRONTDESK_DATA_DIR: dataDir },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The station server did not start in time:\n${out}`)), options.timeoutMs ?? 30_000);
    const check = () => {
      const match = /ready at (http:\/\/\S+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The station server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
