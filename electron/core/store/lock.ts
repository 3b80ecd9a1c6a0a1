import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export class StoreLockedError extends Error {
  readonly dataDir: string;
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(`Another Frontdesk (process ${pid}) is already using the data in ${dataDir}. Close it first.`);
    this.name = 'StoreLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

/** The file whose operating-system lock says a Frontdesk is using the folder; it is never deleted. */
const INSTANCE_LOCK_FILE = 'frontdesk.instance-lock';
/** Which process holds it, for the message shown to whoever is refused. */
const LOCK_PID_FILE = 'frontdesk.lock';

function readPid(file: string): number {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return 0;
  }
}

/**
 * Takes the data directory's single-writer lock: an exclusive SQLite lock (an operating-system file
 * lock: fcntl on Linux and macOS, LockFileEx on Windows) on `frontdesk.instance-lock`, held for as long
 * as the core runs. The system drops it when the process ends however it ends (a crash, a power cut,
 * SIGKILL), so a lock is never stale, and a process id reused by an unrelated program cannot block a
 * start. `frontdesk.lock` names the holder's process id for the refusal message only.
 */
export function acquireStoreLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, LOCK_PID_FILE);
  const lock = new Database(path.join(dataDir, INSTANCE_LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('journal_mode = OFF');
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new StoreLockedError(dataDir, readPid(pidFile));
    throw err;
  }
  fs.writeFileSync(pidFile, String(process.pid));
  return () => {
    try {
      if (readPid(pidFile) === process.pid) fs.unlinkSync(pidFile);
    } catch {
      /* already gone */
    }
    lock.close();
  };
}
