import type { Contract } from '../../../shared/contract/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { requireApproval } from '../services/auth.ts';
import { createManualBackup, inspectBackup, listBackups, restorable, restoreBackup } from '../services/backup.ts';
import { approvableFolder, approveFolder, listApprovedFolders, withdrawFolder } from '../services/folders.ts';
import type { HandlerTable } from './types.ts';

type BackupOps = keyof Contract & `backup.${string}`;

export const backupHandlers: HandlerTable<BackupOps> = {
  'backup.list': (_input, { core }) => listBackups(core),
  'backup.create': (input, ctx) => createManualBackup(ctx, input.folder),
  'backup.inspect': (input, { core }) => inspectBackup(core, input.file),
  'backup.restore': async (input, ctx) => {
    // The file and the folder are checked before the approver's PIN, whose check writes (attempts, audit).
    restorable(ctx.core, input.file);
    const approver = await requireApproval(ctx, input.approval);
    return restoreBackup(ctx, input.file, approver.id);
  },
  'backup.folders.list': (_input, { core }) => listApprovedFolders(core.db),
  'backup.folders.approve': async (input, ctx) => {
    approvableFolder(input.folder);
    const approver = await requireApproval(ctx, input.approval);
    if (approver.role !== 'admin') {
      throw new AppError('APPROVAL_REQUIRED', 'An admin must confirm a folder', { 'approval.approverId': 'must be an admin' });
    }
    return approveFolder(ctx, input.folder, 'typed', approver.id);
  },
  'backup.folders.withdraw': (input, ctx) => withdrawFolder(ctx, input.folder),
};
