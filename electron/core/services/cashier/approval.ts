import type { Approval } from '../../../../shared/contract/fields.ts';
import { AppError } from '../../../../shared/errors.ts';
import { APPROVER_ROLES } from '../../../../shared/roles.ts';
import { requireActor, type Actor, type CallContext } from '../../context.ts';
import { requireApproval } from '../auth.ts';

/**
 * The manager behind a discount above the limit, a refund or a large drawer variance: the caller when
 * they are a manager or admin, else one who approves with their PIN (a wrong PIN is counted and audited
 * by auth). `why` says what needs the approval.
 */
export async function managerFor(ctx: CallContext, approval: Approval | null, why: string): Promise<Actor> {
  const actor = requireActor(ctx);
  if (approval === null) {
    if (APPROVER_ROLES.includes(actor.role)) return actor;
    throw new AppError('APPROVAL_REQUIRED', `A manager or admin must approve this: ${why}`, {
      approval: `a manager approves this with their PIN: ${why}`,
    });
  }
  return requireApproval(ctx, approval);
}
