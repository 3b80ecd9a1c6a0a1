import { IconBuildingBank, IconBrandAlipay, IconBrandWechat, IconCash, IconCreditCard, IconDots, type Icon } from '@tabler/icons-react';
import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';

const ICONS: Record<PaymentMethod, Icon> = {
  cash: IconCash,
  card: IconCreditCard,
  wechat: IconBrandWechat,
  alipay: IconBrandAlipay,
  bank: IconBuildingBank,
  other: IconDots,
};

/** The payment methods in the order of their number keys: 1 cash, 2 card, 3 WeChat Pay, 4 Alipay, 5 transfer, 6 other. */
export const METHOD_KEYS: readonly { method: PaymentMethod; key: string; icon: Icon }[] = (
  ['cash', 'card', 'wechat', 'alipay', 'bank', 'other'] as const
).map((method, i) => ({ method, key: String(i + 1), icon: ICONS[method] }));
