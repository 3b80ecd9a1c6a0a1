import { z } from 'zod';

export const BACKUP_KINDS = ['daily', 'shift', 'quit', 'manual', 'before-restore'] as const;
const backupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof backupKind>;

export const backupFile = z.object({
  file: z.string(),
  name: z.string(),
  kind: backupKind,
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupFile = z.infer<typeof backupFile>;

export const backupInspection = z.object({
  file: z.string(),
  ok: z.boolean(),
  problem: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  storeName: z.string().nullable(),
  bytes: z.number().int(),
});
