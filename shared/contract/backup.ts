import { z } from 'zod';

export const BACKUP_KINDS = ['daily', 'shift', 'quit', 'manual', 'before-restore'] as const;
const backupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof backupKind>;

export const backupFile = z.strictObject({
  file: z.string(),
  name: z.string(),
  kind: backupKind,
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupFile = z.infer<typeof backupFile>;

/** Why a file cannot be restored; the console says it in words (`backup:restore.problems.<code>`). */
const BACKUP_PROBLEMS = ['missing', 'damaged', 'notFrontdesk', 'newer', 'notSetUp', 'unreadable'] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

export const backupInspection = z.strictObject({
  file: z.string(),
  ok: z.boolean(),
  problem: z.string().nullable(),
  problemCode: z.enum(BACKUP_PROBLEMS).nullable(),
  schemaVersion: z.number().int().nullable(),
  storeName: z.string().nullable(),
  bytes: z.number().int(),
});

/** How a folder came to be approved for backups and exports: picked in the desktop app's dialog, or typed and confirmed with a PIN. */
const FOLDER_APPROVALS = ['dialog', 'typed'] as const;
export type FolderApproval = (typeof FOLDER_APPROVALS)[number];

export const approvedFolder = z.strictObject({
  folder: z.string(),
  via: z.enum(FOLDER_APPROVALS),
  approvedBy: z.number().int().nullable(),
  approvedAt: z.string(),
});
export type ApprovedFolder = z.infer<typeof approvedFolder>;
