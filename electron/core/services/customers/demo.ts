import { assetSaveInput, customerCreateInput } from '../../../../shared/contract/customers.ts';
import type { Locale } from '../../../../shared/contract/fields.ts';
import type { CallContext } from '../../context.ts';
import { saveAssetTx } from './assets.ts';
import { insertCustomer } from './customers.ts';

interface DemoCustomer {
  name: string;
  phones: string[];
  tags?: string[];
  notes?: string;
  device?: { brand: string; model: string; imei: string; purchaseDate: string; proof: 'invoice' | 'receipt' | 'warrantyCard' };
}

const CUSTOMERS: Record<Locale, DemoCustomer[]> = {
  'zh-CN': [
    {
      name: '张三',
      phones: ['13800138000'],
      device: { brand: 'Apple', model: 'iPhone 13', imei: '356938035643809', purchaseDate: '2025-06-18', proof: 'invoice' },
    },
    { name: '李四', phones: ['13912345678', '021-6543-2100'], notes: '周末才有空取件' },
    {
      name: '王五',
      phones: ['13700001234'],
      tags: ['vip'],
      notes: '老客户',
      device: { brand: '华为', model: 'Mate 60', imei: '490154203237518', purchaseDate: '2025-12-01', proof: 'warrantyCard' },
    },
    {
      name: '赵六',
      phones: ['18611112222'],
      device: { brand: '小米', model: '14', imei: '353322112233441', purchaseDate: '2024-09-10', proof: 'receipt' },
    },
    {
      name: '孙七',
      phones: ['15900005678'],
      tags: ['公司客户'],
      device: { brand: 'OPPO', model: 'Find X7', imei: '860123456789014', purchaseDate: '2026-01-20', proof: 'invoice' },
    },
    {
      name: '周八',
      phones: ['13688889999'],
      device: { brand: 'vivo', model: 'X100', imei: '352099001761481', purchaseDate: '2025-03-05', proof: 'warrantyCard' },
    },
  ],
  en: [
    {
      name: 'Jordan Lee',
      phones: ['+1 415 555 0101'],
      device: { brand: 'Apple', model: 'iPhone 13', imei: '356938035643809', purchaseDate: '2025-06-18', proof: 'invoice' },
    },
    { name: 'Sam Patel', phones: ['+1 415 555 0102'], notes: 'Call after 6pm' },
    {
      name: 'Chris Wong',
      phones: ['+1 415 555 0103'],
      tags: ['vip'],
      device: { brand: 'Samsung', model: 'Galaxy S24', imei: '490154203237518', purchaseDate: '2025-12-01', proof: 'receipt' },
    },
    {
      name: 'Pat Kim',
      phones: ['+1 415 555 0104'],
      device: { brand: 'Google', model: 'Pixel 8', imei: '353322112233441', purchaseDate: '2024-09-10', proof: 'receipt' },
    },
    {
      name: 'Drew Garcia',
      phones: ['+1 415 555 0105'],
      tags: ['business'],
      device: { brand: 'Apple', model: 'iPhone 15', imei: '860123456789014', purchaseDate: '2026-01-20', proof: 'invoice' },
    },
    {
      name: 'Jamie Chen',
      phones: ['+1 415 555 0106'],
      device: { brand: 'Samsung', model: 'Galaxy A55', imei: '352099001761481', purchaseDate: '2025-03-05', proof: 'warrantyCard' },
    },
  ],
};

/**
 * The demo shop's customers, written through the customer service (normalised phones, pinyin keys,
 * audit rows) inside the caller's setup transaction; most of them bring a phone in.
 */
export function seedDemoCustomers(ctx: CallContext, locale: Locale): void {
  for (const c of CUSTOMERS[locale]) {
    const created = insertCustomer(
      ctx,
      customerCreateInput.parse({ name: c.name, phones: c.phones, tags: c.tags ?? [], notes: c.notes ?? '' }),
    );
    if (c.device) saveAssetTx(ctx, assetSaveInput.parse({ customerId: created.id, kind: 'device', ...c.device }));
  }
}
