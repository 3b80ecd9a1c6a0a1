import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors.ts';
import { defaultDataDir } from '../data-dir.ts';
import { openCore } from '../open-core.ts';
import { recoverAdminPin } from '../services/pin-recovery.ts';
import { StoreLockedError } from '../store/lock.ts';

const HELP = `Usage: npm run reset-pin -- --staff "<admin's name>" [--data-dir DIR]

Sets a new PIN for an admin who forgot theirs, on the shop's PC, and unlocks the account. The new PIN
is asked for twice (or read from the first line of standard input when it is not a terminal), never
taken on the command line. Frontdesk (the app or the station server) must be closed first. The audit
log records the recovery with this computer's user account.`;

/** Reads one line without echoing it (a terminal), or the first line of piped input. */
async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) {
      lines.close();
      return line.trim();
    }
    return '';
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(new Error('Cancelled; nothing was changed.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    const done = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
    };
    input.on('data', onData);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { staff: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.staff) {
    console.error(`--staff is required: the name of the admin whose PIN is reset.\n\n${HELP}`);
    return 2;
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  if (!fs.existsSync(path.join(dataDir, 'frontdesk.sqlite'))) {
    console.error(`There is no Frontdesk store in ${dataDir}. Pass the data folder with --data-dir.`);
    return 1;
  }
  const newPin = await readSecret(`New PIN for ${values.staff} (4 to 8 digits): `);
  if (process.stdin.isTTY && (await readSecret('The same PIN again: ')) !== newPin) {
    console.error('The two PINs are not the same; nothing was changed.');
    return 1;
  }

  let core;
  try {
    core = openCore({ dataDir });
  } catch (err) {
    if (err instanceof StoreLockedError) {
      console.error(`${err.message}\nQuit Frontdesk (the app or the station server) on this computer, then run this again.`);
      return 1;
    }
    throw err;
  }
  try {
    const operator = { user: os.userInfo().username, host: os.hostname() };
    const admin = await recoverAdminPin({ core, actor: null, origin: 'cli' }, values.staff, newPin, operator);
    console.log(`The PIN of ${admin.name} is reset and the account unlocked; the audit log records it. Start Frontdesk and sign in.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${err.message} Nothing was changed.`);
      return 1;
    }
    throw err;
  } finally {
    core.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`The PIN could not be reset: ${err.message}`);
    process.exit(1);
  },
);
