import type { Contract } from '../../../shared/contract/index.ts';
import { listAudit } from '../services/audit.ts';
import type { HandlerTable } from './types.ts';

type AuditOps = keyof Contract & `audit.${string}`;

export const auditHandlers: HandlerTable<AuditOps> = {
  'audit.list': (input, { core }) => listAudit(core.db, input),
};
