import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openCore } from '../open-core.ts';
import { defaultDataDir } from '../data-dir.ts';
import { backupOnQuit, checkMoneyChain, loadDemoIfEmpty, startDailyBackups, startReaders, startReminderAlarm } from '../lifecycle.ts';
import { startPrinting } from '../printing/index.ts';
import { startStation } from './station.ts';

/**
 * Run from source under tsx (`npm run serve`), or built beside the Electron main as out/main/station.js
 * with the migrations and the reader worker next to it, as main finds them. The built code of this
 * file sits in a chunk (out/main/chunks) that station.js loads, so the layout is found from the
 * script Node was started with, not from this file.
 */
const entry = path.resolve(process.argv[1] ?? fileURLToPath(import.meta.url));
const here = path.dirname(entry);
const built = entry.endsWith('.js');
const root = path.resolve(here, built ? '../..' : '../../..');
const builtLayout = built ? { migrationsDir: path.join(here, 'migrations'), readerEntry: path.join(here, 'reader-worker.js') } : {};

const HELP = `Usage: npm run serve -- [--port 4780] [--host 127.0.0.1] [--data-dir DIR] [--demo] [--locale zh-CN|en]

Runs the Frontdesk station server: the console over HTTP and WebSocket for browsers on this
machine (and, when an admin turns it on in Settings, the shop's LAN).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.FRONTDESK_PORT ?? '4780' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      locale: { type: 'string', default: 'zh-CN' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  if (values.locale !== 'zh-CN' && values.locale !== 'en') throw new Error('--locale must be zh-CN or en');
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

  const core = openCore({ dataDir, version, ...builtLayout });
  startReaders(core);
  if (values.demo && (await loadDemoIfEmpty(core, values.locale, 'cli')))
    console.log('Loaded the demo store (clearly marked DEMO in the console).');
  checkMoneyChain(core, 'cli');
  const stopBackups = startDailyBackups(core);
  const stopAlarm = startReminderAlarm(core);
  const printing = startPrinting(core);
  const station = await startStation({ core, host: values.host, port, rendererDir: path.join(root, 'out', 'renderer') });
  console.log(`Frontdesk station server ready at ${station.url} (data: ${dataDir})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopBackups();
    stopAlarm();
    await station.close();
    await printing.stop();
    try {
      await backupOnQuit(core);
    } catch (err) {
      console.error('The quit backup failed:', (err as Error).message);
    }
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: Error) => {
  console.error(`Frontdesk station server could not start: ${err.message}`);
  process.exit(1);
});
