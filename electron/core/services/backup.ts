import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupFile, BackupKind, BackupProblem } from '../../../shared/contract/backup.ts';
import { BACKUP_KINDS } from '../../../shared/contract/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import { businessDate, formatInstant } from '../../../shared/time.ts';
import type { CallContext } from '../context.ts';
import type { Core } from '../core.ts';
import { recordAudit } from './audit.ts';
import { confinedPath } from './folders.ts';
import { findProfile } from './profile.ts';
import { getSettings } from './settings.ts';

/**
 * `frontdesk-<kind>-20261203-171836-695+0800.sqlite`: when it was made on the store's wall clock (UTC
 * before setup), with that clock's offset so the name still says the exact instant. Names without an
 * offset (earlier versions) are UTC.
 */
const NAME_PATTERN = /^frontdesk-([a-z-]+)-(\d{8})-(\d{6})-(\d{3})([+-]\d{4})?\.sqlite$/;
/** Automatic kinds rotate; manual and before-restore copies are kept until someone deletes them. */
const ROTATED: readonly BackupKind[] = ['daily', 'shift', 'quit'];

function backupDir(core: Core): string {
  return path.join(core.dataDir, 'backups');
}

function stamp(core: Core, ms: number): string {
  return formatInstant(ms, findProfile(core.db)?.timeZone ?? 'UTC', 'yyyyMMdd-HHmmss-SSSxx');
}

function describe(file: string): BackupFile | null {
  const match = NAME_PATTERN.exec(path.basename(file));
  if (!match || !(BACKUP_KINDS as readonly string[]).includes(match[1] as string)) return null;
  const [, kind, d, t, ms, offset] = match as unknown as [string, BackupKind, string, string, string, string | undefined];
  const zone = offset ? `${offset.slice(0, 3)}:${offset.slice(3)}` : 'Z';
  const local = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}${zone}`;
  const at = Date.parse(local);
  if (Number.isNaN(at)) return null;
  return { file, name: path.basename(file), kind, createdAt: new Date(at).toISOString(), bytes: fs.statSync(file).size };
}

/** Where manual backups go when no folder is chosen. */
function manualBackupDir(core: Core): string {
  return path.join(backupDir(core), 'manual');
}

function backupsIn(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => describe(path.join(dir, f)))
    .filter((b): b is BackupFile => b !== null);
}

/** The backups in the data folder, automatic and default-folder manual ones, newest first. */
export function listBackups(core: Core): BackupFile[] {
  return [...backupsIn(backupDir(core)), ...backupsIn(manualBackupDir(core))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * An online copy of the live store through SQLite's backup API, written to a temporary name and
 * renamed when complete, with progress pushed as events.
 */
export async function runBackup(core: Core, kind: BackupKind, folder?: string): Promise<BackupFile> {
  const dir = folder ? path.resolve(folder) : backupDir(core);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('VALIDATION', `Cannot write to the folder ${dir}`, { folder: 'is not a writable folder' });
  }
  const target = path.join(dir, `frontdesk-${kind}-${stamp(core, core.clock.now())}.sqlite`);
  const partial = `${target}.partial`;
  const id = randomUUID();
  try {
    await core.db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        core.events.emit({ type: 'backup.progress', id, done: totalPages - remainingPages, total: totalPages });
        return 200;
      },
    });
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  if (ROTATED.includes(kind) && !folder) rotate(core, kind);
  return describe(target) as BackupFile;
}

function rotate(core: Core, kind: BackupKind): void {
  const keep = getSettings(core.db).backupKeepDaily;
  for (const old of listBackups(core)
    .filter((b) => b.kind === kind)
    .slice(keep))
    fs.rmSync(old.file, { force: true });
}

/** Runs the start-of-day backup if today's (in the store's time zone) has not been taken yet. */
export async function ensureDailyBackup(core: Core): Promise<BackupFile | null> {
  const profile = findProfile(core.db);
  if (!profile) return null;
  const today = businessDate(core.clock.now(), profile.timeZone);
  const done = listBackups(core).some((b) => b.kind === 'daily' && businessDate(Date.parse(b.createdAt), profile.timeZone) === today);
  return done ? null : runBackup(core, 'daily');
}

/** A manual backup into the default folder, or a folder inside the data folder or one an admin approved. */
export async function createManualBackup(ctx: CallContext, folder: string | undefined): Promise<BackupFile> {
  const made = await runBackup(ctx.core, 'manual', folder ? confinedPath(ctx.core, folder, 'folder') : manualBackupDir(ctx.core));
  const { db } = ctx.core;
  db.transaction(() => {
    recordAudit(db, {
      at: ctx.core.nowIso(),
      actorId: ctx.actor?.id ?? null,
      action: 'backup.create',
      entity: 'backup',
      entityId: made.name,
      after: made,
      origin: ctx.origin,
    });
  }).immediate();
  return made;
}

export interface Inspection {
  file: string;
  ok: boolean;
  /** What is wrong, in English for logs and the command line; the console shows `problemCode`'s sentence. */
  problem: string | null;
  problemCode: BackupProblem | null;
  schemaVersion: number | null;
  storeName: string | null;
  bytes: number;
}

/** Opens a backup read-only and checks it is a whole Frontdesk store this version can open. */
export function inspectBackup(core: Core, file: string): Inspection {
  const full = confinedPath(core, file, 'file');
  const result: Inspection = { file: full, ok: false, problem: null, problemCode: null, schemaVersion: null, storeName: null, bytes: 0 };
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return { ...result, problem: 'The file does not exist', problemCode: 'missing' };
  result.bytes = fs.statSync(full).size;
  let db: Database.Database | null = null;
  try {
    db = new Database(full, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ...result, problem: `The integrity check failed: ${String(integrity)}`, problemCode: 'damaged' };
    const version = db.pragma('user_version', { simple: true }) as number;
    result.schemaVersion = version;
    if (version < 1) return { ...result, problem: 'This is not a Frontdesk store', problemCode: 'notFrontdesk' };
    if (version > core.schemaVersion)
      return { ...result, problem: `It was written by a newer Frontdesk (schema ${version})`, problemCode: 'newer' };
    const row = db.prepare('SELECT name FROM store_profile WHERE id = 1').get() as { name: string } | undefined;
    if (!row) return { ...result, problem: 'The store in this file was never set up', problemCode: 'notSetUp' };
    return { ...result, ok: true, storeName: row.name };
  } catch (err) {
    return { ...result, problem: `This is not a readable Frontdesk store (${(err as Error).message})`, problemCode: 'unreadable' };
  } finally {
    db?.close();
  }
}

/** Writes the restore's audit row into the copy about to be swapped in, naming only staff it knows. */
function recordRestore(ctx: CallContext, staging: string, r: { file: string; keptAside: string; approverId: number }): void {
  const db = new Database(staging, { fileMustExist: true });
  try {
    // A rollback journal rather than WAL: nothing is left beside the copy when it is renamed into place.
    db.pragma('journal_mode = DELETE');
    const known = (id: number | null) => id !== null && db.prepare('SELECT id FROM staff WHERE id = ?').get(id) !== undefined;
    const actorId = ctx.actor?.id ?? null;
    db.transaction(() => {
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: known(actorId) ? actorId : null,
        approverId: known(r.approverId) ? r.approverId : null,
        action: 'backup.restore',
        entity: 'backup',
        entityId: path.basename(r.file),
        after: { restoredFrom: r.file, keptAside: r.keptAside, by: ctx.actor?.name ?? null },
        origin: ctx.origin,
      });
    }).immediate();
  } finally {
    db.close();
  }
}

/**
 * Restores a backup: checks the file, keeps the current store aside as a before-restore backup,
 * then swaps the file in and reopens (migrating an older backup forward).
 */
/** The backup file checked as restorable, else refused with BAD_BACKUP naming `file`: before anything writes (an approver's PIN). */
export function restorable(core: Core, file: string): Inspection {
  const inspection = inspectBackup(core, file);
  if (!inspection.ok)
    throw new AppError('BAD_BACKUP', `This backup cannot be restored: ${inspection.problem}`, {
      file: inspection.problem ?? 'is not a backup',
    });
  return inspection;
}

export async function restoreBackup(
  ctx: CallContext,
  file: string,
  approverId: number,
): Promise<{ restoredFrom: string; keptAside: string }> {
  const { core } = ctx;
  const inspection = restorable(core, file);
  const aside = await runBackup(core, 'before-restore');
  const staging = `${core.dbFile}.restoring`;
  fs.copyFileSync(inspection.file, staging);
  try {
    // The restore's audit row goes into the copy before it is swapped in: the store comes back with
    // its record or not at all.
    recordRestore(ctx, staging, { file: inspection.file, keptAside: aside.file, approverId });
  } catch (err) {
    fs.rmSync(staging, { force: true });
    throw err;
  }
  await core.replaceStoreWith(staging);
  core.events.emit({ type: 'store.restored', from: 'backup' });
  return { restoredFrom: inspection.file, keptAside: aside.file };
}
