import type { Contract } from '../../../shared/contract/index.ts';
import { requireApproval } from '../services/auth.ts';
import { createManualBackup, inspectBackup, listBackups, restoreBackup } from '../services/backup.ts';
import type { HandlerTable } from './types.ts';

type BackupOps = keyof Contract & `backup.${string}`;

export const backupHandlers: HandlerTable<BackupOps> = {
  'backup.list': (_input, { core }) => listBackups(core),
  'backup.create': (input, ctx) => createManualBackup(ctx, input.folder),
  'backup.inspect': (input, { core }) => inspectBackup(core, input.file),
  'backup.restore': async (input, ctx) => {
    const approver = await requireApproval(ctx, input.approval);
    return restoreBackup(ctx, input.file, approver.id);
  },
};
