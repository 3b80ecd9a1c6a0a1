import type { Contract } from '../../../shared/contract/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { requireApproval } from '../services/auth.ts';
import { createManualBackup, inspectBackup, listBackups, restoreBackup } from '../services/backup.ts';
import { approveFolder, listApprovedFolders, withdrawFolder } from '../services/folders.ts';
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
  'backup.folders.list': (_input, { core }) => listApprovedFolders(core.db),
  'backup.folders.approve': async (input, ctx) => {
    const approver = await requireApproval(ctx, input.approval);
    if (approver.role !== 'admin') {
      throw new AppError('APPROVAL_REQUIRED', 'An admin must confirm a folder', { 'approval.approverId': 'must be an admin' });
    }
    return approveFolder(ctx, input.folder, 'typed', approver.id);
  },
  'backup.folders.withdraw': (input, ctx) => withdrawFolder(ctx, input.folder),
};
