import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ApprovedFolder, FolderApproval } from '../../../shared/contract/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CallContext } from '../context.ts';
import type { Core } from '../core.ts';
import { recordAudit } from './audit.ts';

/**
 * Where backups, restores and exported files may be: the data folder, and the folders an admin
 * approved (picked in the system's folder dialog in the desktop app, or typed in the station server
 * and confirmed with an admin's PIN). Every path is resolved against the data folder, with symlinks
 * followed, before it is compared, so `..` and a link that leads elsewhere are refused.
 */

/** The settings row that holds the approved folders; not a setting `store.settings.update` can write. */
const KEY = 'approvedFolders';

const OUTSIDE = 'is outside the data folder and the folders an admin approved';

export function listApprovedFolders(db: Database.Database): ApprovedFolder[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return [];
  try {
    const parsed = JSON.parse(row.value) as unknown;
    return Array.isArray(parsed) ? (parsed as ApprovedFolder[]).filter((f) => typeof f?.folder === 'string') : [];
  } catch {
    return [];
  }
}

/** The real location of a path: symlinks in its existing part followed, the rest (not made yet) appended. */
function realLocation(full: string): string {
  let existing = full;
  const rest: string[] = [];
  while (!fs.existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(fs.realpathSync(existing), ...rest);
}

const inside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
};

/** The roots a path may sit in, as real paths: the data folder and every approved folder that exists. */
function allowedRoots(core: Core): string[] {
  const roots = [fs.realpathSync(core.dataDir)];
  for (const f of listApprovedFolders(core.db)) if (fs.existsSync(f.folder)) roots.push(fs.realpathSync(f.folder));
  return roots;
}

/**
 * Resolves a folder or file the caller named (relative to the data folder) to its real location, and
 * refuses it, naming `field`, unless it sits inside the data folder or an approved folder.
 */
export function confinedPath(core: Core, input: string, field: string): string {
  const real = realLocation(path.resolve(core.dataDir, input));
  if (!allowedRoots(core).some((root) => inside(root, real))) {
    throw new AppError('VALIDATION', `Invalid input: ${field} ${input} ${OUTSIDE}`, { [field]: OUTSIDE });
  }
  return real;
}

/**
 * Adds a folder to the approved ones, audited. `dialog`: an admin picked it in the desktop app's own
 * folder dialog (reachable only over IPC from our window); `typed`: an admin typed it in the station
 * server and confirmed it with their PIN. The folder must exist and must not be a filesystem root.
 */
/**
 * The folder as it would be approved: a full path to an existing folder that is not a whole disk,
 * resolved through links. Refused with VALIDATION naming `folder`. Callers check it before anything
 * that writes (an approver's PIN), so a refused folder leaves no trace.
 */
export function approvableFolder(folder: string): string {
  if (!path.isAbsolute(folder)) {
    throw new AppError('VALIDATION', `Invalid input: folder ${folder} is not a full path`, { folder: 'must be a full path' });
  }
  const full = path.resolve(folder);
  if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) {
    throw new AppError('VALIDATION', `Invalid input: folder ${full} does not exist`, { folder: 'must be an existing folder' });
  }
  const real = fs.realpathSync(full);
  if (path.dirname(real) === real) {
    throw new AppError('VALIDATION', `Invalid input: folder ${real} is a whole disk`, { folder: 'must not be a whole disk' });
  }
  return real;
}

export function approveFolder(ctx: CallContext, folder: string, via: FolderApproval, approverId: number | null = null): ApprovedFolder {
  const real = approvableFolder(folder);
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = listApprovedFolders(db);
      const existing = before.find((f) => f.folder === real);
      if (existing) return existing;
      const approved: ApprovedFolder = { folder: real, via, approvedBy: ctx.actor?.id ?? null, approvedAt: ctx.core.nowIso() };
      const after = [...before, approved];
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        KEY,
        JSON.stringify(after),
      );
      recordAudit(db, {
        at: approved.approvedAt,
        actorId: ctx.actor?.id ?? null,
        approverId,
        action: 'backup.folder.approve',
        entity: 'folder',
        entityId: real,
        after: { folder: real, via },
        origin: ctx.origin,
      });
      return approved;
    })
    .immediate();
}

/** Takes a folder off the approved list, audited; the data folder itself is always allowed. */
export function withdrawFolder(ctx: CallContext, folder: string): ApprovedFolder[] {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = listApprovedFolders(db);
      const after = before.filter((f) => f.folder !== folder);
      if (after.length === before.length) {
        throw new AppError('NOT_FOUND', `The folder ${folder} is not approved`, { folder: 'is not an approved folder' });
      }
      db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(after), KEY);
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'backup.folder.withdraw',
        entity: 'folder',
        entityId: folder,
        before: { folder },
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}
