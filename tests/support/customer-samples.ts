import type { Core } from '../../electron/core/core.ts';
import { op } from './core.ts';

/** A customer with a device (to edit) and a spare device (to remove), for the customer and asset samples. */
export interface CustomerSamples {
  customerId: number;
  assetId: number;
  spareAssetId: number;
}

export async function buildCustomerSamples(core: Core, adminToken: string): Promise<CustomerSamples> {
  const customer = await op(core, 'customers.create', { name: '样例顾客', phones: ['13600001111'], tags: ['vip'] }, adminToken);
  const device = {
    customerId: customer.id,
    kind: 'device',
    brand: 'Apple',
    model: 'iPhone 13',
    imei: '356938035643809',
    purchaseDate: '2025-06-18',
    proof: 'invoice',
  };
  const asset = await op(core, 'assets.save', device, adminToken);
  const spare = await op(core, 'assets.save', { ...device, model: 'iPhone 12', imei: '490154203237518' }, adminToken);
  return { customerId: customer.id, assetId: asset.id, spareAssetId: spare.id };
}
