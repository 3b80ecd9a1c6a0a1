import type { Contract } from '../../../shared/contract/index.ts';
import { acknowledgeCheck, integrityStatus, runCheck } from '../services/cashier/integrity.ts';
import type { HandlerTable } from './types.ts';

export const cashierIntegrityHandlers: HandlerTable<keyof Contract & `cashier.integrity.${string}`> = {
  'cashier.integrity.status': (_input, { core }) => integrityStatus(core.db),
  'cashier.integrity.check': (_input, { core, actor, origin }) => runCheck(core, { trigger: 'manual', actorId: actor?.id ?? null, origin }),
  'cashier.integrity.acknowledge': (input, ctx) => acknowledgeCheck(ctx, input),
};
