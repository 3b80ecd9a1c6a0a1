import type { MainOpName } from '../../../shared/contract/index.ts';
import { listAssets, removeAsset, saveAsset } from '../services/customers/assets.ts';
import { createCustomer, getCustomer, updateCustomer } from '../services/customers/customers.ts';
import { searchCustomers } from '../services/customers/search.ts';
import type { HandlerTable } from './types.ts';

/** `customers.history` is a heavy read: it runs in the reader workers (`readers.ts`). */
type CustomerOps = MainOpName & (`customers.${string}` | `assets.${string}`);

export const customersHandlers: HandlerTable<CustomerOps> = {
  'customers.search': (input, { core }) => searchCustomers(core.db, input.q, input.limit),
  'customers.get': (input, { core }) => getCustomer(core.db, input.id),
  'customers.create': (input, ctx) => createCustomer(ctx, input),
  'customers.update': (input, ctx) => updateCustomer(ctx, input),
  'assets.list': (input, { core }) => listAssets(core.db, input.customerId, input.includeInactive),
  'assets.save': (input, ctx) => saveAsset(ctx, input),
  'assets.remove': (input, ctx) => removeAsset(ctx, input.id),
};
